package se.delaktig.statistics.disclosure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of disclosure control on one cell system.
 *
 * @param k          the threshold used
 * @param suppressed the suppressed cells and why
 * @param published  the published cells and their values
 * @param equations  the equations the published tables reveal
 */
public record Suppression(int k, Map<String, Reason> suppressed, Map<String, Long> published, List<Equation> equations) {
    /** Copies the maps, keeping their order. */
    public Suppression {
        suppressed = Collections.unmodifiableMap(new LinkedHashMap<>(suppressed));
        published = Collections.unmodifiableMap(new LinkedHashMap<>(published));
        equations = List.copyOf(equations);
    }

    /** @param id a cell id @return whether it is suppressed */
    public boolean isSuppressed(String id) {
        return suppressed.containsKey(id);
    }

    /** @return what the verifier finds in the published figures; empty by construction */
    public List<Finding> verify() {
        return new Verifier(k).verify(published, suppressed.keySet(), equations);
    }
}
