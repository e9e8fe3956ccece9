/**
 * What other Delaktig bundles need to attach to the plugin's web layer: the names of the Jakarta
 * REST applications and the filters that select them ({@link se.delaktig.web.api.DelaktigApplications}),
 * the access checks every staff endpoint starts with ({@link se.delaktig.web.api.StaffAccess}), the
 * exception that becomes a JSON error ({@link se.delaktig.web.api.WebError}), and since 1.1 static
 * files served fingerprinted and compressed ({@link se.delaktig.web.api.StaticAssets}, contributed as
 * {@link se.delaktig.web.api.AssetBundle} services).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package se.delaktig.web.api;
