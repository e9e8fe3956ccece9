package se.delaktig.api.invitation;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard: register a service of this type to hear when an invitation reaches a status that
 * matters to others (statistics count an invitation as sent once it has reached a child). The
 * invitation bundle calls every registered listener after the change is durably stored, on the
 * thread that made it (a caseworker's request, the reminder sweep): return quickly, and do not
 * throw (a thrown exception is logged and affects neither the sending nor other listeners).
 *
 * <p>Today the invitation bundle reports each successful delivery ({@link InvitationStatus#SENT},
 * also a resend, a reminder and a printed or in-person hand-over); an answered invitation is reported
 * by the portal through {@code se.delaktig.api.response.ResponseListener}. A listener may hear the
 * same invitation more than once and must count it once.
 *
 * @since 1.2
 */
@ConsumerType
public interface InvitationListener {

    /** @param event what happened */
    void changed(InvitationEvent event);
}
