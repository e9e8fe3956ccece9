package se.delaktig.referencehost.messaging;

import java.util.List;

/**
 * Who is told about a case: its responsible caseworkers who are not away; when none is, the unit's
 * other caseworkers who are not away; when none is, the on-call team. Only caseworkers who may see
 * the case are candidates (the caller selects them).
 */
final class AlertRouting {
    /** A caseworker who may see the case. */
    record Candidate(String name, boolean responsible, boolean away) { }

    private AlertRouting() { }

    /** @return the recipients' internal addresses; empty when nobody can be told */
    static List<String> recipients(List<Candidate> candidates, String onCall) {
        List<String> responsible = candidates.stream().filter(c -> c.responsible() && !c.away())
                .map(Candidate::name).toList();
        if (!responsible.isEmpty()) {
            return responsible;
        }
        List<String> available = candidates.stream().filter(c -> !c.away()).map(Candidate::name).toList();
        if (!available.isEmpty()) {
            return available;
        }
        return onCall == null || onCall.isBlank() ? List.of() : List.of(onCall.strip());
    }
}
