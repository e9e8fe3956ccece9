package se.delaktig.caseworker.internal.result;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.delaktig.api.questionnaire.Answer;
import se.delaktig.api.questionnaire.CatalogEntry;
import se.delaktig.api.questionnaire.Questionnaire;
import se.delaktig.api.questionnaire.QuestionnaireCatalog;
import se.delaktig.api.questionnaire.Respondent;
import se.delaktig.api.response.ResponseRepository;
import se.delaktig.api.response.StoredAnswer;
import se.delaktig.api.response.StoredResponse;
import se.delaktig.api.result.ResultRepository;
import se.delaktig.host.api.AuditEvent;
import se.delaktig.host.api.AuditTrail;
import se.delaktig.host.api.HostException;
import se.delaktig.host.api.Staff;
import se.delaktig.host.api.events.CaseEvent;
import se.delaktig.host.api.events.CaseEventLog;
import se.delaktig.host.api.events.CaseEventType;

/**
 * Reads a case's sent responses with their pinned questionnaire versions, writes the audit event
 * every view of them starts with, and reads the case's interventions. Checks no access: callers
 * have asked the host ({@code StaffAccess.requireCase}, or the host before rendering a panel).
 */
@Component(service = CaseResults.class)
public class CaseResults {

    /** The audit action of every view of a child's answers. */
    public static final String READ_ACTION = "answers.read";
    private static final Logger LOG = LoggerFactory.getLogger(CaseResults.class);

    private final ResultRepository results;
    private final ResponseRepository responses;
    private final QuestionnaireCatalog catalog;
    private final AuditTrail audit;
    private final Clock clock;
    private volatile CaseEventLog events;

    @Activate
    public CaseResults(@Reference ResultRepository results, @Reference ResponseRepository responses,
            @Reference QuestionnaireCatalog catalog, @Reference AuditTrail audit) {
        this(results, responses, catalog, audit, Clock.systemUTC());
    }

    CaseResults(ResultRepository results, ResponseRepository responses, QuestionnaireCatalog catalog,
            AuditTrail audit, Clock clock) {
        this.results = results;
        this.responses = responses;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setEvents(CaseEventLog log) {
        this.events = log;
    }

    void unsetEvents(CaseEventLog log) {
        if (this.events == log) {
            this.events = null;
        }
    }

    /**
     * Writes the one audit event of a view, before anything of the answers is shown. Fails closed.
     *
     * @param staff  who reads
     * @param caseId which case
     * @param view   through which view ({@code case-panel}, {@code history}, {@code compare},
     *               {@code print}, {@code export}, {@code rest})
     * @return whether the host stored the event; when {@code false}, show nothing of the answers
     */
    public boolean audit(Staff staff, String caseId, String view) {
        try {
            audit.record(new AuditEvent(staff.id(), caseId, READ_ACTION, view, Instant.now(clock)));
            return true;
        } catch (HostException | RuntimeException e) {
            LOG.warn("The host's audit trail refused the {} view of case {}; answers not shown: {}", view, caseId,
                    e.toString());
            return false;
        }
    }

    /**
     * @param caseId   a case the caller may see
     * @param language the page's language
     * @return every sent response of the case, oldest first; responses whose questionnaire version
     *         cannot be found are left out (and logged)
     */
    public List<ResponseResult> all(String caseId, String language) {
        List<ResponseResult> out = new ArrayList<>();
        for (StoredResponse response : results.submittedForCase(caseId)) {
            read(response, language).ifPresent(out::add);
        }
        return out;
    }

    /** @return whether the case has any sent response (no answer content is read) */
    public boolean hasAny(String caseId) {
        return !results.submittedForCase(caseId).isEmpty();
    }

    /**
     * @param response a sent response
     * @param language the page's language
     * @return it with its rows, what matters first
     */
    public Optional<ResponseResult> read(StoredResponse response, String language) {
        Optional<Questionnaire> q = questionnaire(response);
        if (q.isEmpty()) {
            LOG.warn("Response {} names questionnaire {} {}, which the catalog does not have", response.id(),
                    response.questionnaireId(), response.questionnaireVersion());
            return Optional.empty();
        }
        List<AnswerRow> rows = ResultOrdering.rows(q.get(), answers(response.id()), language);
        return Optional.of(new ResponseResult(response, q.get().title().get(language, q.get().defaultLanguage()),
                q.get().respondent(), ResultOrdering.order(rows)));
    }

    /** @return the pinned version of a response's questionnaire */
    public Optional<Questionnaire> questionnaire(StoredResponse response) {
        return catalog.find(response.questionnaireId(), response.questionnaireVersion()).map(CatalogEntry::questionnaire);
    }

    /** @return a response's answers as given */
    public List<Answer> answers(String responseId) {
        return responses.answers(responseId).stream().map(StoredAnswer::answer).toList();
    }

    /**
     * Whether the case's danger flag shows: the child's latest sent response has an answer that
     * signals danger. Decided from the answers, not from the alert, so it shows also while the
     * host refuses the alert (nobody to notify) or has no message gateway. The answers are read
     * only to decide this and nothing of them is shown (the flag says what the content-free alert
     * says), so it needs no audit event and shows even when the audit trail refuses. Deliberately
     * the child's latest state: a later child response without danger lowers the flag (earlier
     * ones stay marked in the history and the case record); a follow-up form does not.
     *
     * @param caseId a case the caller may see
     * @return whether the child's latest sent response signals danger
     */
    public boolean latestChildResponseSignalsDanger(String caseId) {
        List<StoredResponse> sent = results.submittedForCase(caseId);
        for (int i = sent.size() - 1; i >= 0; i--) {
            StoredResponse r = sent.get(i);
            Optional<Questionnaire> q = questionnaire(r);
            if (q.isPresent() && q.get().respondent() == Respondent.CHILD) {
                return read(r, q.get().defaultLanguage()).map(ResponseResult::signalsDanger).orElse(false);
            }
        }
        return false;
    }

    /**
     * @param caseId a case
     * @return its interventions from the host's case events (asked for this case only, so a busy
     *         log hides none), oldest first; empty when the host provides no event log or cannot
     *         read it now
     */
    public List<Intervention> interventions(String caseId) {
        CaseEventLog log = events;
        if (log == null) {
            return List.of();
        }
        try {
            return interventions(log.eventsOfCase(caseId));
        } catch (RuntimeException e) {
            LOG.warn("The host's case events could not be read for the timeline: {}", e.toString());
            return List.of();
        }
    }

    /** @return the interventions of a case's events, an end paired with the latest open start of its label */
    static List<Intervention> interventions(List<CaseEvent> caseEvents) {
        List<Intervention> out = new ArrayList<>();
        for (CaseEvent e : caseEvents) {
            if (e.type() == CaseEventType.INTERVENTION_STARTED) {
                out.add(new Intervention(e.label(), e.occurredAt(), null));
            } else if (e.type() == CaseEventType.INTERVENTION_ENDED) {
                end(out, e);
            }
        }
        return out;
    }

    private static void end(List<Intervention> list, CaseEvent e) {
        for (int i = list.size() - 1; i >= 0; i--) {
            Intervention open = list.get(i);
            if (open.ended() == null && (e.label() == null || e.label().equals(open.label()))) {
                list.set(i, new Intervention(open.label(), open.started(), e.occurredAt()));
                return;
            }
        }
        list.add(new Intervention(e.label(), null, e.occurredAt()));
    }
}
