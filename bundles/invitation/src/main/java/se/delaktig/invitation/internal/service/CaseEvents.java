package se.delaktig.invitation.internal.service;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalInt;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.delaktig.api.invitation.InvitationException;
import se.delaktig.api.retention.CaseErasure;
import se.delaktig.api.retention.ErasedCase;
import se.delaktig.api.statistics.RecordedFacts;
import se.delaktig.host.api.CaseFacts;
import se.delaktig.host.api.codes.AgeBand;
import se.delaktig.host.api.events.CaseChanges;
import se.delaktig.host.api.events.CaseEvent;
import se.delaktig.host.api.events.CaseEventListener;
import se.delaktig.host.api.events.CaseEventLog;

/**
 * The case decides: a closed, moved or deleted case has its live invitations revoked, and a deleted
 * one (retention, gallring) is then erased: everything the plugin holds for it goes in one store
 * transaction ({@link CaseErasure}), leaving only the anonymised statistical extract. Events arrive
 * through the whiteboard listener and through {@link #catchUp()} from the stored cursor, so events
 * while the plugin was stopped are handled too; handling one twice is harmless (a second erasure
 * finds nothing and is not audited again), and an old close or move never touches an invitation
 * created after it.
 *
 * <p>Revoking and erasing protect the child, so they are not held back when the audit trail is
 * unavailable: the audit event is then logged as missing instead.
 */
@Component(service = {CaseEventListener.class, CaseEvents.class})
public class CaseEvents implements CaseEventListener {

    /** The cursor's name in the repository. */
    static final String CURSOR = "case-events";
    /** The audit action of erasing a deleted case. */
    static final String ERASE = "case.erase";
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final int PAGE = 100;
    private static final Logger LOG = LoggerFactory.getLogger(CaseEvents.class);

    private final InvitationCore core;
    private final CaseErasure erasure;
    private volatile CaseEventLog log;

    @Activate
    public CaseEvents(@Reference InvitationCore core, @Reference CaseErasure erasure) {
        this.core = core;
        this.erasure = erasure;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void bindLog(CaseEventLog eventLog) {
        this.log = eventLog;
    }

    public void unbindLog(CaseEventLog eventLog) {
        if (this.log == eventLog) {
            this.log = null;
        }
    }

    @Override
    public void caseChanged(CaseEvent event) {
        try {
            handle(event);
        } catch (RuntimeException e) {
            LOG.warn("Case event {} on case {} not handled now; the catch-up will: {}", event.type(), event.caseId(),
                    e.toString());
        }
    }

    /** Reads every event after the stored cursor, handles it and stores the new cursor; page by page. */
    public synchronized void catchUp() {
        CaseEventLog current = log;
        if (current == null) {
            return;
        }
        String cursor = core.repository.cursor(CURSOR).orElse(CaseEventLog.BEGINNING);
        for (int pages = 0; pages < 1000; pages++) {
            CaseChanges changes;
            try {
                changes = current.changesSince(cursor, PAGE);
            } catch (IllegalArgumentException e) {
                LOG.warn("The host does not know the stored case-event cursor; reading its log from the beginning");
                cursor = CaseEventLog.BEGINNING;
                core.repository.saveCursor(CURSOR, cursor);
                continue;
            } catch (IllegalStateException e) {
                LOG.info("The host's case event log is unavailable; trying again later: {}", e.getMessage());
                return;
            }
            for (CaseEvent event : changes.events()) {
                handle(event);
            }
            if (!changes.cursor().equals(cursor)) {
                cursor = changes.cursor();
                core.repository.saveCursor(CURSOR, cursor);
            }
            if (!changes.more() || changes.events().isEmpty()) {
                return;
            }
        }
    }

    void handle(CaseEvent event) {
        switch (event.type()) {
            case CLOSED, MOVED -> revoke(event.caseId(), event.occurredAt(), "case " + event.type().name().toLowerCase());
            case DELETED -> {
                revoke(event.caseId(), Instant.MAX, "case deleted");
                erase(event.caseId());
            }
            default -> {
                // reopened, interventions: nothing to do for invitations
            }
        }
    }

    /** Erases the case in one store transaction; audited once, when there was something to erase. */
    private void erase(String caseId) {
        ErasedCase erased = erasure.erase(caseId, at -> factsOn(caseId, at));
        if (erased.nothing()) {
            return;
        }
        LOG.info("Erased deleted case {}: {} invitation(s), {} response(s), {} answer(s), {} session(s), {} result row(s);"
                + " kept {} response(s) and {} invitation(s) in the anonymised statistical extract", caseId,
                erased.invitations(), erased.responses(), erased.answers(), erased.sessions(), erased.resultRows(),
                erased.retainedResponses(), erased.retainedInvitations());
        try {
            core.audit(InvitationCore.SYSTEM, caseId, ERASE);
        } catch (InvitationException e) {
            LOG.warn("Audit event {} for case {} could not be recorded; the erasure stands", ERASE, caseId);
        }
    }

    /**
     * The child's unit, gender and age band at a moment, for a response or invitation that statistics
     * never recorded facts for; a host that already forgot the deleted case answers empty.
     */
    private Optional<RecordedFacts> factsOn(String caseId, Instant at) {
        Optional<CaseFacts> facts = core.cases.find(caseId);
        if (facts.isEmpty()) {
            return Optional.empty();
        }
        OptionalInt age = core.cases.ageOn(caseId, at.atZone(STOCKHOLM).toLocalDate());
        Optional<AgeBand> band = age.isPresent() ? AgeBand.ofAge(age.getAsInt()) : Optional.empty();
        return band.map(b -> new RecordedFacts(facts.get().unitId(), facts.get().gender().code(), b.code(),
                core.now()));
    }

    private void revoke(String caseId, Instant createdUpTo, String why) {
        int revoked = core.revokeLive(caseId, createdUpTo, why);
        if (revoked > 0) {
            try {
                core.audit(InvitationCore.SYSTEM, caseId, "invitation.revoke");
            } catch (InvitationException e) {
                LOG.warn("Audit event invitation.revoke for case {} ({}) could not be recorded; the revocation stands",
                        caseId, why);
            }
        }
    }
}
