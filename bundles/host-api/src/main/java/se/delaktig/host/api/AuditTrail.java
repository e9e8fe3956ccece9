package se.delaktig.host.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The host's audit trail (loggning av åtkomst). Implemented by the host.
 *
 * <p>Synchronous and fail-closed: {@link #record(AuditEvent)} returns only once the event is
 * durably stored. When it throws, the plugin does not show the child's answers.
 */
@ProviderType
public interface AuditTrail {

    /**
     * Stores an event durably before returning.
     *
     * @param event the event
     * @throws HostException when the event was not stored; the caller must then refuse the access
     */
    void record(AuditEvent event) throws HostException;
}
