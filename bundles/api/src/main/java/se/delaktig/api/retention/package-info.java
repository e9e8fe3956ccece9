/**
 * Retention (gallring): erasing what the plugin holds about a case when the host reports it deleted.
 *
 * <p>{@link se.delaktig.api.retention.CaseErasure} removes, in one transaction, every row the plugin
 * keeps for one case (portal sessions, answers including free text, responses, the result view's rows,
 * the statistics' recorded facts, invitations) and, in the same transaction, keeps an
 * <em>anonymised statistical extract</em> of what the statistics counted: coded rows under new random
 * ids, with the month instead of the time and no case, response or invitation id, so that published
 * figures do not change when old cases are erased. The extract is read back only through
 * {@link se.delaktig.api.statistics.StatisticsSource}.
 *
 * <p>Implemented by the store bundle (migration V007); used by the invitation bundle, which receives
 * the host's case events.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package se.delaktig.api.retention;
