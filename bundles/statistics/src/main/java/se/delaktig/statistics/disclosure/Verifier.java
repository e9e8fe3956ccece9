package se.delaktig.statistics.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plays the attacker: given only what is published (the published values, which cells are
 * suppressed, and the equations the tables reveal), it works out every suppressed cell it can by
 * (1) an equation with a single unknown, (2) non-negativity: an equation whose unknown parts must sum
 * to 0 makes them all 0, and (3) exact elimination over all equations at once; it repeats these
 * until nothing more follows. It also reports published cells under k and equations whose suppressed
 * parts hold together fewer than k children. It does not use bounds beyond non-negativity (integer
 * programming could narrow a suppressed cell to an interval; it cannot make it exact).
 */
public final class Verifier {
    private final int k;

    /** @param k the threshold */
    public Verifier(int k) {
        if (k < 2) {
            throw new IllegalArgumentException("k must be at least 2");
        }
        this.k = k;
    }

    /**
     * @param published  the published cells and their values
     * @param suppressed the suppressed cells
     * @param equations  the equations the published tables reveal
     * @return the findings; empty when nothing leaks
     */
    public List<Finding> verify(Map<String, Long> published, Set<String> suppressed, List<Equation> equations) {
        List<Finding> findings = new ArrayList<>();
        published.forEach((id, value) -> {
            if (value > 0 && value < k) {
                findings.add(new Finding(Finding.Kind.PUBLISHED_UNDER_K, id, value, "published " + value + " < k=" + k));
            }
        });
        Map<String, Long> known = new HashMap<>(published);
        Map<String, String> recovered = new LinkedHashMap<>();
        boolean changed = true;
        while (changed) {
            changed = propagate(known, recovered, equations);
            if (!changed) {
                changed = eliminate(known, recovered, equations);
            }
        }
        for (Map.Entry<String, String> entry : recovered.entrySet()) {
            if (suppressed.contains(entry.getKey())) {
                findings.add(new Finding(Finding.Kind.RECOVERED, entry.getKey(), known.get(entry.getKey()), entry.getValue()));
            }
        }
        for (Equation equation : equations) {
            Long total = known.get(equation.total());
            if (total == null) {
                continue;
            }
            long residual = total;
            int unknown = 0;
            for (String part : equation.parts()) {
                Long value = known.get(part);
                if (value == null) {
                    unknown++;
                } else {
                    residual -= value;
                }
            }
            if (unknown > 0 && residual < k) {
                findings.add(new Finding(Finding.Kind.GROUP_UNDER_K, equation.total(), residual,
                        unknown + " suppressed parts of " + equation.total() + " hold " + residual + " < k=" + k));
            }
        }
        return findings;
    }

    private static boolean propagate(Map<String, Long> known, Map<String, String> recovered, List<Equation> equations) {
        boolean any = false;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Equation equation : equations) {
                List<String> unknown = new ArrayList<>();
                long knownParts = 0;
                for (String part : equation.parts()) {
                    Long value = known.get(part);
                    if (value == null) {
                        unknown.add(part);
                    } else {
                        knownParts += value;
                    }
                }
                Long total = known.get(equation.total());
                if (total == null && unknown.isEmpty()) {
                    learn(known, recovered, equation.total(), knownParts, "sum of the parts of " + equation.total());
                    changed = true;
                } else if (total != null && unknown.size() == 1) {
                    learn(known, recovered, unknown.get(0), total - knownParts, "total minus the other parts of " + equation.total());
                    changed = true;
                } else if (total != null && !unknown.isEmpty() && total - knownParts == 0) {
                    for (String part : unknown) {
                        learn(known, recovered, part, 0, "the suppressed parts of " + equation.total() + " must sum to 0");
                    }
                    changed = true;
                }
            }
            any |= changed;
        }
        return any;
    }

    private static boolean eliminate(Map<String, Long> known, Map<String, String> recovered, List<Equation> equations) {
        Set<String> unknowns = new LinkedHashSet<>();
        List<Equation> open = new ArrayList<>();
        for (Equation equation : equations) {
            boolean hasUnknown = !known.containsKey(equation.total());
            for (String part : equation.parts()) {
                if (!known.containsKey(part)) {
                    unknowns.add(part);
                    hasUnknown = true;
                }
            }
            if (hasUnknown) {
                if (!known.containsKey(equation.total())) {
                    unknowns.add(equation.total());
                }
                open.add(equation);
            }
        }
        if (open.isEmpty()) {
            return false;
        }
        Elimination elimination = new Elimination(new ArrayList<>(unknowns));
        for (Equation equation : open) {
            Map<String, Long> coefficients = new HashMap<>();
            long rhs = 0;
            // total - sum(parts) = 0, with the known values moved to the right
            Long total = known.get(equation.total());
            if (total == null) {
                coefficients.merge(equation.total(), 1L, Long::sum);
            } else {
                rhs -= total;
            }
            for (String part : equation.parts()) {
                Long value = known.get(part);
                if (value == null) {
                    coefficients.merge(part, -1L, Long::sum);
                } else {
                    rhs += value;
                }
            }
            elimination.row(coefficients, rhs);
        }
        boolean changed = false;
        for (Map.Entry<String, Long> entry : elimination.determined().entrySet()) {
            learn(known, recovered, entry.getKey(), entry.getValue(), "elimination over all published equations");
            changed = true;
        }
        return changed;
    }

    private static void learn(Map<String, Long> known, Map<String, String> recovered, String id, long value, String how) {
        known.put(id, value);
        recovered.putIfAbsent(id, how);
    }
}
