/**
 * What other Delaktig bundles need to attach to the plugin's web layer: the names of the Jakarta
 * REST applications and the filters that select them ({@link se.delaktig.web.api.DelaktigApplications}),
 * the access checks every staff endpoint starts with ({@link se.delaktig.web.api.StaffAccess}), the
 * exception that becomes a JSON error ({@link se.delaktig.web.api.WebError}), and since 1.1 static
 * files served fingerprinted and compressed ({@link se.delaktig.web.api.StaticAssets}, contributed as
 * {@link se.delaktig.web.api.AssetBundle} services), and since 1.2 health checks shown on the
 * status endpoint ({@link se.delaktig.web.api.HealthCheck} services returning a
 * {@link se.delaktig.web.api.HealthResult}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package se.delaktig.web.api;
