package se.delaktig.statistics.disclosure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The cells of a set of published tables that share margins, with their true counts of children
 * and the equations the tables reveal. Cells are identified by canonical ids, so a margin that
 * appears in several tables is one cell. Not thread-safe; built once per publication.
 */
public final class CellSystem {
    private final Map<String, Long> values = new LinkedHashMap<>();
    private final Set<Equation> equations = new LinkedHashSet<>();
    private final Map<String, String> disclosing = new LinkedHashMap<>();

    /**
     * Adds a cell, or checks that a shared cell has the same value as before.
     *
     * @param id    the canonical cell id
     * @param value the number of children, at least 0
     * @return this
     */
    public CellSystem cell(String id, long value) {
        Objects.requireNonNull(id, "id");
        if (value < 0) {
            throw new IllegalArgumentException("negative count in " + id);
        }
        Long before = values.putIfAbsent(id, value);
        if (before != null && before != value) {
            throw new IllegalStateException("cell " + id + " has two values: " + before + " and " + value);
        }
        return this;
    }

    /**
     * Adds the equation {@code total = sum(parts)}; all cells must exist and the sum must hold.
     *
     * @param total the total's id @param parts the parts' ids @return this
     */
    public CellSystem equation(String total, List<String> parts) {
        Equation equation = new Equation(total, parts);
        long sum = 0;
        for (String part : parts) {
            sum += value(part);
        }
        if (sum != value(total)) {
            throw new IllegalStateException("not additive: " + total + " = " + value(total) + " but parts sum to " + sum);
        }
        equations.add(equation);
        return this;
    }

    /**
     * Marks a cell as disclosing whatever its size (e.g. every child in a group gave the same answer).
     *
     * @param id the cell @param reason why, for the record @return this
     */
    public CellSystem disclosing(String id, String reason) {
        value(id);
        disclosing.putIfAbsent(id, reason);
        return this;
    }

    /** @param id a cell id @return its true value */
    public long value(String id) {
        Long value = values.get(id);
        if (value == null) {
            throw new IllegalArgumentException("no cell " + id);
        }
        return value;
    }

    /** @return every cell and its true value, in the order added */
    public Map<String, Long> values() {
        return Collections.unmodifiableMap(values);
    }

    /** @return the equations, in the order added */
    public List<Equation> equations() {
        return List.copyOf(equations);
    }

    /** @return cells marked disclosing, with the reason */
    public Map<String, String> disclosingCells() {
        return Collections.unmodifiableMap(disclosing);
    }

    /** @return a list of the equations that involve a cell */
    List<Equation> equationsOf(String id) {
        List<Equation> result = new ArrayList<>();
        for (Equation equation : equations) {
            if (equation.involves(id)) {
                result.add(equation);
            }
        }
        return result;
    }
}
