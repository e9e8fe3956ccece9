package se.delaktig.host.api;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the host's audit trail: who did what with which child's case, when, and through
 * which view.
 *
 * @param staffId the acting staff member's id, or {@code "delaktig"} for the plugin's own work
 * @param caseId  the opaque case id, or {@code null} for actions that concern no single case
 * @param action  what was done, a stable code such as {@code "answers.read"} or
 *                {@code "invitation.create"}
 * @param view    through which view or endpoint, such as {@code "case-panel"} or {@code "rest"}
 * @param at      when
 */
public record AuditEvent(String staffId, String caseId, String action, String view, Instant at) {
    /** Checks the components. */
    public AuditEvent {
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(at, "at");
    }
}
