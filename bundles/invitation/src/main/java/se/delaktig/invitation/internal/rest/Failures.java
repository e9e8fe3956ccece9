package se.delaktig.invitation.internal.rest;

import se.delaktig.api.invitation.InvitationException;
import se.delaktig.api.invitation.InvitationException.Reason;
import se.delaktig.invitation.internal.panel.Notice;
import se.delaktig.web.api.WebError;
import se.delaktig.web.render.Messages;

/** How a refused invitation action reaches a JSON client (a {@link WebError}) or the panel (a {@link Notice}). */
final class Failures {

    private Failures() {
    }

    /**
     * The status is the API's {@link Reason#httpStatus()}; an unknown case answers exactly like
     * {@code StaffAccess.requireCase} (404 {@code not_found}, standard text), so nobody learns
     * which cases exist.
     */
    static WebError json(InvitationException e) {
        if (e.reason() == Reason.CASE_NOT_FOUND) {
            return notFound();
        }
        String message = e.problem() == null ? e.getMessage() : e.getMessage() + " (" + e.problem() + ")";
        return new WebError(e.reason().httpStatus(), e.reason().code(), message);
    }

    static WebError notFound() {
        return new WebError(404, "not_found", null);
    }

    /** The most specific text the panel has: the channel's problem (such as phone.invalid), else the reason. */
    static Notice notice(InvitationException e, Messages texts) {
        if (e.problem() != null && texts.has("problem." + e.problem())) {
            return Notice.error("problem." + e.problem());
        }
        return Notice.error("error." + e.reason().code());
    }
}
