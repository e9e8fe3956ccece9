/**
 * What happens to cases in the host, for the plugin to act on (revoke invitations when a case is
 * closed, erase data when it is deleted under retention rules, follow a case to its new unit).
 *
 * <p>Events reach the plugin two ways, and it must handle both: at once through
 * {@link se.delaktig.host.api.events.CaseEventListener} services (whiteboard), and on demand
 * through {@link se.delaktig.host.api.events.CaseEventLog#changesSince(String, int)}, so that
 * what happened while the plugin was stopped is not missed. Handling an event twice must be
 * harmless. {@link se.delaktig.host.api.events.CaseEventLog#eventsOfCase(String)} (since 1.1)
 * reads one case's events, for showing its history.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package se.delaktig.host.api.events;
