package se.delaktig.host.api.events;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Registered by the plugin (whiteboard): the host calls every registered listener after a case
 * event is committed. A listener must return quickly and must not throw; the host logs and
 * ignores a failing listener, which catches up through {@link CaseEventLog}.
 */
@ConsumerType
public interface CaseEventListener {

    /** @param event a committed case event */
    void caseChanged(CaseEvent event);
}
