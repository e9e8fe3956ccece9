package se.delaktig.statistics.disclosure;

import java.util.List;
import java.util.Objects;

/**
 * An additive relation that the published tables make public: {@code total = sum(parts)}. Every
 * row and column of a table with a margin is one; a margin shared by two tables is the same cell
 * id in both, which is how the tables are linked.
 *
 * @param total the total cell's id
 * @param parts the part cells' ids
 */
public record Equation(String total, List<String> parts) {
    /** Checks the components and copies the parts. */
    public Equation {
        Objects.requireNonNull(total, "total");
        parts = List.copyOf(parts);
        if (parts.isEmpty() || parts.contains(total)) {
            throw new IllegalArgumentException("an equation needs parts other than its total: " + total);
        }
    }

    /** @param id a cell id @return whether the cell takes part */
    public boolean involves(String id) {
        return total.equals(id) || parts.contains(id);
    }
}
