/**
 * Statistics figures an extension contributes to the host's statistics page.
 *
 * <p>Statistics are data, not HTML: the host passes a
 * {@link se.delaktig.host.api.statistics.StatisticsQuery} (unit, period, gender, age band) to
 * every registered {@link se.delaktig.host.api.statistics.StatisticsContributor} and renders the
 * {@link se.delaktig.host.api.statistics.FigureTable}s it gets back beside its own figures.
 * Cells arrive already disclosure-controlled: a suppressed cell carries no value at all, so the
 * host cannot show it by mistake.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package se.delaktig.host.api.statistics;
