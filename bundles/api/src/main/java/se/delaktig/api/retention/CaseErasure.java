package se.delaktig.api.retention;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.osgi.annotation.versioning.ProviderType;
import se.delaktig.api.statistics.RecordedFacts;

/**
 * Erases everything the plugin holds for one case, for the host's retention rules (gallring): the
 * host reported the case deleted ({@code CaseEventType.DELETED}), so the plugin's copy goes with it.
 * Implemented by the store bundle; database failures are unchecked exceptions, and then nothing was
 * erased.
 *
 * <p>In <strong>one transaction</strong>, in dependency order: the portal sessions of the case's
 * invitations; the answers (free text included) and the responses of its invitations and the
 * follow-up forms staff filled in on it; the result view's rows (filings, alerts, answering together,
 * staff follow-up links); the statistics' recorded facts; the invitations themselves.
 *
 * <p>Before deleting, in the same transaction, it keeps the <em>anonymised statistical extract</em>
 * that statistics need to show the same figures after a restart: for each sent response of a child
 * and each invitation that reached the child (the rules of {@link
 * se.delaktig.api.statistics.StatisticsSource}), one row under a <strong>new random id</strong> that
 * no other row shares, with the questionnaire and version, the calendar month (Europe/Stockholm) of
 * sending instead of the time, and the unit, gender and age band codes statistics recorded for it;
 * for responses, the chosen option codes per question (never a text, a "tell me more" text or a
 * declined answer); for invitations, whether it was answered. A response or invitation for which
 * statistics recorded no facts takes them from {@code factsOn} (the caller asks the host, which may no
 * longer know the case); when neither has them, it leaves nothing behind, as statistics could not
 * count it either. Follow-up forms filled in by staff are never kept: statistics count children's
 * answers only.
 *
 * <p>Idempotent: erasing a case that has nothing left (already erased, or never known) changes
 * nothing and returns {@link ErasedCase#nothing()}, so case events can be handled again after a
 * restart.
 */
@ProviderType
public interface CaseErasure {

    /**
     * @param caseId  the host's opaque case id
     * @param factsOn for a response or invitation without recorded facts: the unit, gender and age
     *                band of the child at that moment (sending time), or empty when unknown; called
     *                inside the transaction, so it should answer quickly
     * @return how much was erased and kept
     */
    ErasedCase erase(String caseId, Function<Instant, Optional<RecordedFacts>> factsOn);
}
