/**
 * Counts about the plugin's background work, for health checks: how many invitation deliveries
 * failed lately, how many case-record filings wait and since when. Counts and times only, never a
 * case id, code or address.
 *
 * <p>Implemented by the store bundle ({@link se.delaktig.api.operations.OperationalFigures}); read by
 * the invitation and caseworker bundles' health checks.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package se.delaktig.api.operations;
