/**
 * The contract between the Delaktig plugin and the host case system it runs inside.
 *
 * <p>The host (for example Stockholm's Esset, or the project's reference host) implements the
 * services in this package and registers them in the OSGi service registry; the plugin only
 * consumes them. The plugin never sees a child's name or personal identity number: it knows a
 * case by its opaque {@link se.delaktig.host.api.CaseFacts#caseId() case id} and a handful of
 * facts the host chooses to share.
 *
 * <p>Rules every implementation must keep:
 * <ul>
 * <li>The host decides who may see what. The plugin asks on every request and caches nothing
 *     ({@link se.delaktig.host.api.StaffContext}).</li>
 * <li>Case ids are opaque strings. The plugin stores and compares them but never parses them.</li>
 * <li>The audit trail is synchronous and fails closed ({@link se.delaktig.host.api.AuditTrail}).</li>
 * </ul>
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package se.delaktig.host.api;
