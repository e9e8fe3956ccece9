package se.delaktig.api.invitation;

import java.util.Objects;

/**
 * Why the {@link InvitationService} refused an action. {@link #getMessage()} is a clear English
 * explanation for logs and API clients that never contains a code, a link or an address;
 * {@link #reason()} is stable for a REST status code and a translated message, and
 * {@link #problem()} names the finer fault where there is one (such as the channel's
 * {@link AddressCheck#problem()} {@code "phone.invalid"}).
 */
public class InvitationException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The kinds of refusal, with the HTTP status a REST resource should answer. */
    public enum Reason {
        /** The request is malformed (missing or too long idempotency key, unknown language code...). 400 */
        INVALID_REQUEST(400),
        /** The host has no such case. 404 */
        CASE_NOT_FOUND(404),
        /** The staff member may not see the case, or lacks the caseworker role. 403 */
        NOT_PERMITTED(403),
        /** The case is closed: it takes no new invitations, sends, or extensions. 409 */
        CASE_CLOSED(409),
        /** The host does not know the child's age, so no questionnaire can be chosen or checked. 422 */
        AGE_UNKNOWN(422),
        /** No active child questionnaire fits the child's age. 422 */
        NO_QUESTIONNAIRE_FITS(422),
        /** The named questionnaire (or version) does not exist or is not active. 422 */
        QUESTIONNAIRE_NOT_FOUND(422),
        /** The named questionnaire is not for children, or not for the child's age. 422 */
        QUESTIONNAIRE_DOES_NOT_FIT(422),
        /** Neither the message texts nor the questionnaire exist in the requested language. 422 */
        LANGUAGE_NOT_SUPPORTED(422),
        /** No delivery channel has that id. 422 */
        UNKNOWN_CHANNEL(422),
        /** The channel exists but cannot deliver now (such as the host's gateway missing). 503 */
        CHANNEL_UNAVAILABLE(503),
        /** The channel refused the address; {@link #problem()} is its stable code. 422 */
        INVALID_ADDRESS(422),
        /** SMS or e-mail to a child with a protected identity needs the caseworker's confirmation. 422 */
        PROTECTED_IDENTITY_CONFIRMATION_REQUIRED(422),
        /** The idempotency key was used before by the same person for a different request. 409 */
        IDEMPOTENCY_CONFLICT(409),
        /** No such invitation (or not one the staff member may see). 404 */
        NOT_FOUND(404),
        /** The invitation's status does not allow the action (resend after opening, revoke after answering...). 409 */
        NOT_ALLOWED_IN_STATE(409),
        /** The new expiry is not later than the current one, or beyond the configured maximum. 422 */
        INVALID_EXPIRY(422),
        /** The host's audit trail did not accept the event, so the action was not taken. 503 */
        AUDIT_UNAVAILABLE(503),
        /** A required service (codes configuration, questionnaire catalog) is missing. 503 */
        SERVICE_UNAVAILABLE(503);

        private final int httpStatus;

        Reason(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        /** @return the HTTP status a REST resource should answer with */
        public int httpStatus() {
            return httpStatus;
        }

        /** @return the reason as a lower-case code for JSON, such as {@code "invalid_address"} */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Reason reason;
    private final String problem;

    /**
     * @param reason  the kind of refusal
     * @param message a clear explanation without codes, links or addresses
     */
    public InvitationException(Reason reason, String message) {
        this(reason, null, message, null);
    }

    /**
     * @param reason  the kind of refusal
     * @param problem a finer stable code (such as {@code "phone.invalid"}), or {@code null}
     * @param message a clear explanation without codes, links or addresses
     * @param cause   the underlying failure, or {@code null}
     */
    public InvitationException(Reason reason, String problem, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.problem = problem;
    }

    /** @return the kind of refusal */
    public Reason reason() {
        return reason;
    }

    /** @return the finer stable code, or {@code null} */
    public String problem() {
        return problem;
    }
}
