package se.delaktig.portal.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.delaktig.api.invitation.AnsweringGrant;
import se.delaktig.api.invitation.InvitationRedemption;
import se.delaktig.api.invitation.InvitationStatus;
import se.delaktig.api.questionnaire.Answer;
import se.delaktig.api.questionnaire.CatalogEntry;
import se.delaktig.api.questionnaire.Questionnaire;
import se.delaktig.api.questionnaire.QuestionnaireCatalog;
import se.delaktig.api.response.PortalSession;
import se.delaktig.api.response.PortalSessionRepository;
import se.delaktig.api.response.ResponseRepository;
import se.delaktig.api.response.StoredAnswer;
import se.delaktig.api.response.StoredResponse;
import se.delaktig.questionnaire.internal.osgi.EngineComponent;
import se.delaktig.web.api.CsrfTokens;

/**
 * The portal's pages over in-memory stores (one invitation, one questionnaire), for tests that
 * drive the page classes as the resource does. The services are proxies that answer by method
 * name, so a method added to an interface later does not break them.
 */
final class PortalFakes {

    final Questionnaire questionnaire;
    final Map<String, StoredAnswer> answers = new HashMap<>();
    final Map<String, PortalSession> sessions = new HashMap<>();
    /** How often each store method was called, as {@code sessions.find}, {@code responses.answers}. */
    final Map<String, Integer> calls = new HashMap<>();
    final Pages pages = new Pages(PortalFakes.class.getClassLoader());
    final Answering answering;
    final PortalRequests requests;
    final ReviewPages review;
    final QuestionPages questions;
    /** The client address of the latest redemption, as the portal handed it to the redemption service. */
    String redeemedFrom;
    private StoredResponse response;

    PortalFakes(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
        Clock clock = Clock.systemUTC();
        Sessions s = new Sessions(proxy(PortalSessionRepository.class, this::sessionCall), clock, Duration.ofMinutes(30),
                Duration.ofHours(12));
        answering = new Answering(proxy(InvitationRedemption.class, this::redemptionCall),
                proxy(ResponseRepository.class, this::responseCall), proxy(QuestionnaireCatalog.class, this::catalogCall),
                new EngineComponent(), s, clock, pages.languages());
        requests = new PortalRequests(answering, proxy(PortalSessionRepository.class, this::sessionCall),
                proxy(CsrfTokens.class, (m, a) -> m.equals("issue") ? "t:" + a[0] : ("t:" + a[0]).equals(a[1])), pages,
                false, ClientAddress.trusting(new String[] {"10.0.0.0/8"}, ClientAddress.Header.X_FORWARDED_FOR,
                        bad -> { }));
        review = new ReviewPages(requests, submitted -> { });
        questions = new QuestionPages(requests, review);
    }

    /** @return a child's session cookie value after typing the code */
    String start(String language) {
        return answering.redeemCode("K7XP-M4QA", "127.0.0.1", language).orElseThrow().cookieValue();
    }

    String csrf(String cookieValue) {
        return "t:portal:" + Sessions.hash(cookieValue);
    }

    static HttpServletRequest request(String cookieValue) {
        return proxy(HttpServletRequest.class, (m, a) -> switch (m) {
            case "getCookies" -> new Cookie[] {new Cookie(Sessions.COOKIE, cookieValue)};
            case "isSecure" -> false;
            case "getRemoteAddr" -> "127.0.0.1";
            default -> null;
        });
    }

    /** @param nameValue header names and values; Sec-Fetch-Site is same-origin unless given */
    static HttpHeaders headers(String... nameValue) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            map.put(nameValue[i].toLowerCase(), nameValue[i + 1]);
        }
        map.putIfAbsent("sec-fetch-site", "same-origin");
        return proxy(HttpHeaders.class, (m, a) -> m.equals("getHeaderString") ? map.get(((String) a[0]).toLowerCase()) : null);
    }

    interface Call {
        Object on(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    static <T> T proxy(Class<T> type, Call call) {
        return (T) Proxy.newProxyInstance(PortalFakes.class.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
            if (method.getName().equals("toString")) {
                return type.getSimpleName() + " fake";
            }
            Object[] a = args == null ? new Object[0] : args;
            Object result = call.on(method.getName(), a);
            if (result == null && method.getReturnType() == boolean.class) {
                return false;
            }
            if (result == null && method.getReturnType() == int.class) {
                return 0;
            }
            return result;
        });
    }

    private Object redemptionCall(String method, Object[] a) {
        calls.merge("redemption." + method, 1, Integer::sum);
        if (method.startsWith("redeem")) {
            redeemedFrom = (String) a[1];
        }
        return switch (method) {
            case "redeemShortCode", "redeemLinkToken" -> Optional.of(new AnsweringGrant("inv-1", questionnaire.id(),
                    questionnaire.version().toString(), "sv", Instant.now().plusSeconds(3600), InvitationStatus.OPENED));
            case "stillValid" -> response == null || !response.submitted();
            default -> null;
        };
    }

    private Object catalogCall(String method, Object[] a) {
        calls.merge("catalog." + method, 1, Integer::sum);
        if (method.equals("find")) {
            return Optional.of(new CatalogEntry(questionnaire, "{}", "sha", "test", null, true, false));
        }
        throw new UnsupportedOperationException(method);
    }

    private Object sessionCall(String method, Object[] a) {
        calls.merge("sessions." + method, 1, Integer::sum);
        switch (method) {
            case "create" -> sessions.put(((PortalSession) a[0]).idHash(), (PortalSession) a[0]);
            case "find" -> {
                return Optional.ofNullable(sessions.get((String) a[0]));
            }
            case "delete" -> sessions.remove((String) a[0]);
            case "deleteForInvitation" -> sessions.clear();
            default -> { }
        }
        return null;
    }

    private Object responseCall(String method, Object[] a) {
        calls.merge("responses." + method, 1, Integer::sum);
        switch (method) {
            case "startOrFind" -> {
                if (response == null) {
                    response = new StoredResponse("resp-1", (String) a[0], (String) a[1], (String) a[2], (Instant) a[3],
                            null, false, null);
                }
                return response;
            }
            case "find" -> {
                return Optional.ofNullable(response);
            }
            case "answers" -> {
                return new ArrayList<>(answers.values());
            }
            case "saveAnswer" -> {
                Answer answer = (Answer) a[1];
                StoredAnswer before = answers.get(answer.linkId());
                StoredAnswer saved = new StoredAnswer(answer, (Instant) a[2], before == null ? 1 : before.revision() + 1);
                answers.put(answer.linkId(), saved);
                return Optional.of(saved);
            }
            case "deleteAnswers" -> {
                int n = 0;
                for (Object o : (List<?>) a[1]) {
                    n += answers.remove(((StoredAnswer) o).answer().linkId()) == null ? 0 : 1;
                }
                return n;
            }
            case "markSubmitted" -> {
                response = new StoredResponse(response.id(), response.invitationId(), response.questionnaireId(),
                        response.questionnaireVersion(), response.startedAt(), (Instant) a[1], false, null);
                return true;
            }
            default -> {
                return null;
            }
        }
    }
}
