/**
 * Statistics: the persistence contracts between the statistics bundle and the store.
 *
 * <p>{@link se.delaktig.api.statistics.StatisticsSource} is a read-only, <em>coded</em> view of sent
 * responses and of invitations: option codes only, never a text answer, a "tell me more" text or a
 * declined answer, so statistics cannot receive free text even by mistake. It names the case of each
 * response only so that the statistics bundle can ask the host for the unit, gender and age band; the
 * case id is never stored in or published from the statistics. Since 1.1 the source also keeps the
 * {@link se.delaktig.api.statistics.RecordedFacts} (unit, gender and age band when a response or an
 * invitation was first counted), so that a case moving unit does not move its old answers. Since 1.2
 * the source also streams the anonymised statistical extract that
 * {@link se.delaktig.api.retention.CaseErasure} keeps of erased cases (no case id, random ids, months
 * instead of times), so that erasing a case does not change the figures.
 * {@link se.delaktig.api.statistics.ImportedStatisticsRepository} keeps other municipalities'
 * imported export files ({@code delaktig-statistics/1}) durably, one per municipality.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package se.delaktig.api.statistics;
