package se.delaktig.statistics.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Primary and complementary suppression over a {@link CellSystem}, deterministic:
 * <ol>
 * <li>primary: every cell with 1 to k-1 children, and every cell marked disclosing;</li>
 * <li>complementary, to a fixed point over all equations of all linked tables: an equation with
 * exactly one suppressed cell (total or part) gets a second one; an equation with a published total
 * whose suppressed parts hold together fewer than k children gets another part, so the attacker
 * never learns a group under k and never meets a residual of 0; the cell chosen is the smallest
 * published part with children (then the smallest empty part, then the total), ties by id;</li>
 * <li>the {@link Verifier} then attacks the result with elimination over all equations; for every
 * cell it recovers, one more cell of an equation through that cell is suppressed, and step 2 runs
 * again, until the verifier finds nothing.</li>
 * </ol>
 * Suppression only ever grows, so this terminates.
 */
public final class Suppressor {
    private final int k;

    /** @param k the threshold: cells of 1 to k-1 children are suppressed */
    public Suppressor(int k) {
        if (k < 2) {
            throw new IllegalArgumentException("k must be at least 2");
        }
        this.k = k;
    }

    /** @param system the cells and equations of linked tables @return the suppression */
    public Suppression suppress(CellSystem system) {
        Map<String, Reason> suppressed = new LinkedHashMap<>();
        system.values().forEach((id, value) -> {
            if (value > 0 && value < k) {
                suppressed.put(id, Reason.UNDER_K);
            }
        });
        system.disclosingCells().keySet().forEach(id -> suppressed.putIfAbsent(id, Reason.HOMOGENEOUS));
        List<Equation> equations = system.equations();
        Verifier verifier = new Verifier(k);
        while (true) {
            complementToFixedPoint(system, equations, suppressed);
            Map<String, Long> published = published(system, suppressed);
            List<Finding> findings = verifier.verify(published, suppressed.keySet(), equations);
            if (findings.isEmpty()) {
                return new Suppression(k, suppressed, published, equations);
            }
            boolean grew = false;
            for (Finding finding : findings) {
                for (Equation equation : system.equationsOf(finding.cell())) {
                    Optional<String> extra = choose(system, equation, suppressed);
                    if (extra.isPresent()) {
                        suppressed.put(extra.get(), Reason.COMPLEMENTARY);
                        grew = true;
                        break;
                    }
                }
            }
            if (!grew) {
                throw new IllegalStateException("cannot protect the tables: " + findings);
            }
        }
    }

    private void complementToFixedPoint(CellSystem system, List<Equation> equations, Map<String, Reason> suppressed) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Equation equation : equations) {
                if (needsMore(system, equation, suppressed)) {
                    Optional<String> extra = choose(system, equation, suppressed);
                    if (extra.isPresent()) {
                        suppressed.put(extra.get(), Reason.COMPLEMENTARY);
                        changed = true;
                    }
                }
            }
        }
    }

    private boolean needsMore(CellSystem system, Equation equation, Map<String, Reason> suppressed) {
        int count = suppressed.containsKey(equation.total()) ? 1 : 0;
        long mass = 0;
        for (String part : equation.parts()) {
            if (suppressed.containsKey(part)) {
                count++;
                mass += system.value(part);
            }
        }
        if (count == 0) {
            return false;
        }
        if (count == 1) {
            return true;
        }
        return !suppressed.containsKey(equation.total()) && mass < k;
    }

    private static Optional<String> choose(CellSystem system, Equation equation, Map<String, Reason> suppressed) {
        Comparator<String> order = Comparator.<String>comparingInt(id -> system.value(id) == 0 ? 1 : 0)
                .thenComparingLong(system::value)
                .thenComparing(Comparator.naturalOrder());
        List<String> candidates = new ArrayList<>();
        for (String part : equation.parts()) {
            if (!suppressed.containsKey(part)) {
                candidates.add(part);
            }
        }
        if (!candidates.isEmpty()) {
            return candidates.stream().min(order);
        }
        return suppressed.containsKey(equation.total()) ? Optional.empty() : Optional.of(equation.total());
    }

    private static Map<String, Long> published(CellSystem system, Map<String, Reason> suppressed) {
        Map<String, Long> published = new LinkedHashMap<>();
        system.values().forEach((id, value) -> {
            if (!suppressed.containsKey(id)) {
                published.put(id, value);
            }
        });
        return published;
    }
}
