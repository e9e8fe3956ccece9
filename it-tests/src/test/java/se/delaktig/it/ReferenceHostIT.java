package se.delaktig.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.inject.Inject;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import se.delaktig.host.api.CaseDirectory;
import se.delaktig.host.api.HostException;
import se.delaktig.host.api.MessageChannel;
import se.delaktig.host.api.MessageGateway;
import se.delaktig.host.api.OutgoingMessage;
import se.delaktig.host.api.codes.AgeBand;
import se.delaktig.host.api.codes.Gender;
import se.delaktig.host.api.events.CaseChanges;
import se.delaktig.host.api.events.CaseEvent;
import se.delaktig.host.api.events.CaseEventLog;
import se.delaktig.host.api.panel.CasePanel;
import se.delaktig.host.api.panel.PanelContent;
import se.delaktig.host.api.panel.PanelRequest;
import se.delaktig.host.api.statistics.FigureCell;
import se.delaktig.host.api.statistics.FigureRow;
import se.delaktig.host.api.statistics.FigureTable;
import se.delaktig.host.api.statistics.StatisticsContributor;
import se.delaktig.host.api.statistics.StatisticsQuery;

/**
 * The reference host as people use it, with panels registered by this test bundle: access (protected
 * identities need protected access), alert routing (responsible, away, on-call) and the outbox's rule.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ReferenceHostIT {

    private static final Pattern CASE_LINK = Pattern.compile("href=\"/host/cases/([^\"/]+)\"");
    private static final Pattern PROTECTED_ROW = Pattern.compile("href=\"/host/cases/([^\"/]+)\">[^<]*</a></th>\\s*<td><em>");

    @Inject
    private BundleContext context;
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

    @Configuration
    public Option[] configuration() {
        return ExamOptions.demo("reference-host");
    }

    @Before
    public void ready() {
        FrameworkReady.await(context);
    }

    @After
    public void unregisterPanels() {
        registrations.forEach(ServiceRegistration::unregister);
    }

    @Test
    public void signInLandsEachRoleOnItsPageAndWrongPasswordsAreRefused() {
        HttpClientSession session = new HttpClientSession(context);
        assertEquals(303, session.get("/host/").status());
        HttpClientSession.Response form = session.get("/host/login");
        assertEquals(200, form.status());
        assertTrue(form.header("Content-Security-Policy").contains("default-src 'none'"));
        HttpClientSession.Response wrong = session.post("/host/login", Map.of("username", "anna", "password", "nope",
                "login_token", loginToken(form.body())));
        assertTrue("wrong password answered " + wrong.status(), wrong.status() == 200 || wrong.status() == 401 || wrong.status() == 400);
        assertEquals(303, session.get("/host/").status());

        assertEquals(200, new HttpClientSession(context).signIn("anna").get("/host/").status());
        assertEquals(200, new HttpClientSession(context).signIn("maria").get("/host/statistics").status());
        assertEquals(200, new HttpClientSession(context).signIn("admin").get("/host/audit").status());
    }

    @Test
    public void aCaseworkerSeesOnlyTheCasesOfTheirUnits() {
        Set<String> anna = caseIds(new HttpClientSession(context).signIn("anna").get("/host/").body());
        Set<String> bjorn = caseIds(new HttpClientSession(context).signIn("bjorn").get("/host/").body());
        assertFalse("anna has cases", anna.isEmpty());
        assertFalse("bjorn has cases", bjorn.isEmpty());
        assertTrue("units are disjoint, so lists must be: " + anna + " / " + bjorn, anna.stream().noneMatch(bjorn::contains));

        HttpClientSession annaSession = new HttpClientSession(context).signIn("anna");
        String foreign = bjorn.iterator().next();
        HttpClientSession.Response other = annaSession.get("/host/cases/" + foreign);
        assertEquals(404, other.status());
        HttpClientSession.Response unknown = annaSession.get("/host/cases/NO-SUCH-CASE");
        assertEquals(404, unknown.status());
        assertEquals("another unit's case and an unknown case look the same", stripIds(other.body()), stripIds(unknown.body()));
        assertFalse(other.body().contains("Exception"));
        assertEquals(200, annaSession.get("/host/cases/" + anna.iterator().next()).status());
        HttpClientSession maria = new HttpClientSession(context).signIn("maria");
        assertEquals("a manager gets no case page", 403, maria.get("/host/cases/" + foreign).status());
        assertEquals("whether the case exists or not", 403, maria.get("/host/cases/NO-SUCH-CASE").status());
    }

    @Test
    public void theCasePageRendersRegisteredPanelsAndSurvivesOneThatThrows() {
        register("it-good", 10, request -> Optional.of(new PanelContent("Testpanel",
                "<p class=\"it-panel\">case " + request.caseId() + " for " + request.staff().id() + " in " + request.locale()
                        + " back to " + request.returnUrl() + "</p>", List.of("/host/static/it.css"))));
        register("it-broken", 5, request -> {
            throw new IllegalStateException("boom from a test panel");
        });
        HttpClientSession anna = new HttpClientSession(context).signIn("anna");
        String caseId = caseIds(anna.get("/host/").body()).iterator().next();
        HttpClientSession.Response page = anna.get("/host/cases/" + caseId);
        assertEquals(200, page.status());
        assertTrue(page.body(), page.body().contains("<p class=\"it-panel\">case " + caseId + " for staff-01"));
        assertTrue(page.body(), page.body().contains("back to /host/cases/" + caseId));
        assertTrue("panel stylesheet in head", page.body().contains("/host/static/it.css"));
        assertTrue("a section per panel", page.body().contains("id=\"panel-it-broken\""));
        assertFalse("no stack trace", page.body().contains("boom from a test panel"));
        assertTrue("ordered by ranking", page.body().indexOf("panel-it-good") < page.body().indexOf("panel-it-broken"));
    }

    @Test
    public void badInputGetsAClearErrorAndChangesNothing() {
        HttpClientSession anna = new HttpClientSession(context).signIn("anna");
        HttpClientSession bjorn = new HttpClientSession(context).signIn("bjorn");
        CaseDirectory directory = FrameworkReady.service(context, CaseDirectory.class);
        String caseId = caseIds(anna.get("/host/").body()).iterator().next();
        String foreign = caseIds(bjorn.get("/host/").body()).stream()
                .filter(id -> directory.find(id).map(c -> c.open()).orElse(false)).findFirst()
                .orElseThrow(() -> new AssertionError("bjorn has an open case"));
        String page = anna.get("/host/cases/" + caseId).body();
        String csrf = HttpClientSession.csrf(page);
        String foreignFacts = facts(bjorn.get("/host/cases/" + foreign).body());
        CaseEventLog log = FrameworkReady.service(context, CaseEventLog.class);
        List<CaseEvent> annasEvents = log.eventsOfCase(caseId);
        List<CaseEvent> foreignEvents = log.eventsOfCase(foreign);
        String end = endOf(log);

        assertEquals("missing CSRF token", 403, anna.post("/host/cases/" + caseId + "/close", Map.of()).status());
        assertEquals("wrong CSRF token", 403, anna.post("/host/cases/" + caseId + "/close", Map.of("csrf", "forged")).status());
        HttpClientSession.Response badUnit = anna.post("/host/cases/" + caseId + "/move", Map.of("csrf", csrf, "unit", "no-such-unit"));
        assertEquals(400, badUnit.status());
        assertNoStackTrace(badUnit);
        HttpClientSession.Response missingField = anna.post("/host/cases/" + caseId + "/move", Map.of("csrf", csrf));
        assertEquals("missing field", 400, missingField.status());
        assertNoStackTrace(missingField);
        HttpClientSession.Response oversized = anna.postRaw("/host/cases/" + caseId + "/close",
                "application/x-www-form-urlencoded", "csrf=" + csrf + "&pad=" + "x".repeat(70_000));
        assertEquals("oversized body", 413, oversized.status());
        assertNoStackTrace(oversized);
        HttpClientSession.Response other = anna.post("/host/cases/" + foreign + "/close", Map.of("csrf", csrf));
        assertEquals("another unit's case", 404, other.status());
        assertNoStackTrace(other);
        HttpClientSession.Response otherMove = anna.post("/host/cases/" + foreign + "/move", Map.of("csrf", csrf, "unit", "unit-norra"));
        assertEquals("moving another unit's case into one's own", 404, otherMove.status());
        assertNoStackTrace(otherMove);

        assertEquals("no event was written for anna's case", annasEvents, log.eventsOfCase(caseId));
        assertEquals("no event was written for bjorn's case", foreignEvents, log.eventsOfCase(foreign));
        List<CaseEvent> since = changesSince(log, end).stream()
                .filter(e -> e.caseId().equals(caseId) || e.caseId().equals(foreign)).toList();
        assertEquals("nothing new in the host's case event log", List.of(), since);
        String after = anna.get("/host/cases/" + caseId).body();
        assertEquals("anna's case was not touched (status, unit)", facts(page), facts(after));
        assertEquals("anna's case was not closed", page.contains("/reopen"), after.contains("/reopen"));
        String foreignAfter = bjorn.get("/host/cases/" + foreign).body();
        assertEquals("bjorn's case was not touched (status, unit)", foreignFacts, facts(foreignAfter));
        assertTrue("bjorn's case is still open", foreignAfter.contains("action=\"/host/cases/" + foreign + "/close\""));
        assertFalse(foreignAfter.contains("action=\"/host/cases/" + foreign + "/reopen\""));
        assertTrue("bjorn's case is still in bjorn's list", caseIds(bjorn.get("/host/").body()).contains(foreign));
        assertTrue("and still open there", directory.find(foreign).orElseThrow().open());
    }

    /** The facts list of a case page (status, unit, dates, responsible), without the page's tokens. */
    private static String facts(String page) {
        Matcher matcher = Pattern.compile("(?s)<dl class=\"facts\">.*?</dl>").matcher(page);
        assertTrue("a case page with its facts: " + page, matcher.find());
        return matcher.group();
    }

    /** @return the cursor after the last event of the log */
    private static String endOf(CaseEventLog log) {
        String cursor = CaseEventLog.BEGINNING;
        CaseChanges page;
        do {
            page = log.changesSince(cursor, 1000);
            cursor = page.cursor();
        } while (page.more());
        return cursor;
    }

    private static List<CaseEvent> changesSince(CaseEventLog log, String cursor) {
        List<CaseEvent> out = new ArrayList<>();
        CaseChanges page;
        do {
            page = log.changesSince(cursor, 1000);
            out.addAll(page.events());
            cursor = page.cursor();
        } while (page.more());
        return out;
    }

    private static void assertNoStackTrace(HttpClientSession.Response response) {
        for (String leak : List.of("Exception", "at se.", "at org.", "at java.")) {
            assertFalse("'" + leak + "' in " + response.status() + ": " + response.body(), response.body().contains(leak));
        }
    }

    @Test
    public void rolesGetTheirPagesAndNoOneElse() {
        HttpClientSession anna = new HttpClientSession(context).signIn("anna");
        assertEquals(403, anna.get("/host/audit").status());
        assertEquals(403, anna.get("/host/statistics").status());
        HttpClientSession maria = new HttpClientSession(context).signIn("maria");
        HttpClientSession.Response statistics = maria.get("/host/statistics");
        assertEquals(200, statistics.status());
        assertTrue(statistics.body().contains("<table"));
        assertEquals(200, new HttpClientSession(context).signIn("admin").get("/host/outbox").status());
        assertEquals(200, new HttpClientSession(context).signIn("admin").get("/host/audit?lang=en").status());
    }

    @Test
    public void theStatisticsPageShowsContributedFiguresFilteredLikeItsOwnAndNeverASuppressedValue() {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_RANKING, 1);
        registrations.add(context.registerService(StatisticsContributor.class, new StatisticsContributor() {
            @Override
            public String id() {
                return "it-figures";
            }

            @Override
            public List<FigureTable> figures(StatisticsQuery query) {
                String filter = query.unit().orElse("municipality") + "/" + query.genderFilter().map(Gender::code).orElse("all")
                        + "/" + query.ageBandFilter().map(AgeBand::code).orElse("all") + "/" + query.from() + "/" + query.to();
                return List.of(new FigureTable("it-table", "IT-tabell " + filter, List.of("Svarat", "Inte svarat"),
                        List.of(new FigureRow("Rad", List.of(FigureCell.of(42), FigureCell.suppressedCell()))), "IT-not"));
            }
        }, properties));
        registrations.add(context.registerService(StatisticsContributor.class, new StatisticsContributor() {
            @Override
            public String id() {
                return "it-broken";
            }

            @Override
            public List<FigureTable> figures(StatisticsQuery query) {
                throw new IllegalStateException("boom from a test contributor");
            }
        }, new Hashtable<>()));
        HttpClientSession maria = new HttpClientSession(context).signIn("maria");
        HttpClientSession.Response all = maria.get("/host/statistics?from=2026-01-01&to=2026-06-30");
        assertEquals(200, all.status());
        assertTrue(all.body(), all.body().contains("IT-tabell municipality/all/all/2026-01-01/2026-06-30"));
        assertTrue(all.body().contains(">42<"));
        assertTrue("suppressed cell shown as ..", all.body().contains(">..<"));
        assertFalse(all.body().contains("boom from a test contributor"));
        HttpClientSession.Response filtered = maria.get("/host/statistics?unit=unit-norra&gender=girl&age=8-12&from=2026-01-01&to=2026-06-30");
        assertEquals(200, filtered.status());
        assertTrue(filtered.body(), filtered.body().contains("IT-tabell unit-norra/girl/8-12/2026-01-01/2026-06-30"));
        assertEquals("a bad date is a clear 400", 400, maria.get("/host/statistics?from=yesterday").status());
    }

    @Test
    public void aCaseworkerWithoutProtectedAccessNeitherListsNorOpensAProtectedCase() {
        HttpClientSession anna = new HttpClientSession(context).signIn("anna");
        Set<String> hidden = protectedCaseIds(anna.get("/host/").body());
        assertFalse("anna (protected access) lists Norra's protected cases", hidden.isEmpty());
        HttpClientSession david = new HttpClientSession(context).signIn("david");
        String davidsList = david.get("/host/").body();
        assertFalse("david lists Norra's other cases", caseIds(davidsList).isEmpty());
        for (String id : hidden) {
            assertFalse("not in david's list: " + id, davidsList.contains(id));
            HttpClientSession.Response page = david.get("/host/cases/" + id);
            assertEquals(404, page.status());
            assertEquals("a protected case looks like an unknown one", stripIds(david.get("/host/cases/NO-SUCH-CASE").body()),
                    stripIds(page.body()));
            assertEquals(200, anna.get("/host/cases/" + id).status());
        }
    }

    @Test
    public void anAlertGoesToTheResponsibleCaseworkerAndWhileAwayToTheUnitThenTheOnCallTeam() {
        HttpClientSession anna = new HttpClientSession(context).signIn("anna");
        HttpClientSession david = new HttpClientSession(context).signIn("david");
        String caseId = caseWithResponsible(anna, "Anna Lindqvist");
        MessageGateway gateway = FrameworkReady.service(context, MessageGateway.class);
        HttpClientSession admin = new HttpClientSession(context).signIn("admin");
        String tag = "IT-larm-" + UUID.randomUUID();
        try {
            notify(gateway, caseId, tag + "-1");
            assertEquals(List.of("Anna Lindqvist"), recipients(admin.get("/host/outbox").body(), tag + "-1"));

            setAway(anna, true);
            assertTrue(david.get("/host/cases/" + caseId).body().contains("Anna Lindqvist (frånvarande)"));
            notify(gateway, caseId, tag + "-2");
            assertEquals(List.of("David Nyström"), recipients(admin.get("/host/outbox").body(), tag + "-2"));

            setAway(david, true);
            notify(gateway, caseId, tag + "-3");
            assertEquals(List.of("Socialjouren"), recipients(admin.get("/host/outbox").body(), tag + "-3"));
        } finally {
            setAway(anna, false);
            setAway(david, false);
        }
        assertTrue("anna reads the alerts about her case", anna.get("/host/outbox").body().contains(tag + "-1"));
        assertFalse("bjorn does not", new HttpClientSession(context).signIn("bjorn").get("/host/outbox").body().contains(tag));
    }

    @Test
    public void theOutboxShowsACaseworkerOnlyMessagesAboutCasesTheyMaySee() throws Exception {
        HttpClientSession anna = new HttpClientSession(context).signIn("anna");
        String list = anna.get("/host/").body();
        Set<String> protectedIds = protectedCaseIds(list);
        String annasCase = caseIds(list).stream().filter(id -> !protectedIds.contains(id)).findFirst().orElseThrow();
        String hidden = protectedIds.iterator().next();
        MessageGateway gateway = FrameworkReady.service(context, MessageGateway.class);
        String tag = "IT-utkorg-" + UUID.randomUUID();
        // as the plugin does: the message names its case (host-api 1.1.0)
        gateway.send(new OutgoingMessage(MessageChannel.SMS, "+46700000001", "", tag + "-sms", annasCase));
        gateway.send(new OutgoingMessage(MessageChannel.SMS, "+46700000002", "", tag + "-nocase"));
        notify(gateway, hidden, tag + "-protected");

        String annas = anna.get("/host/outbox").body();
        assertTrue("the SMS about anna's case", annas.contains(tag + "-sms"));
        assertFalse("a message about no case", annas.contains(tag + "-nocase"));
        assertTrue(annas.contains(tag + "-protected"));
        String davids = new HttpClientSession(context).signIn("david").get("/host/outbox").body();
        assertTrue("david works in Norra too", davids.contains(tag + "-sms"));
        assertFalse("but may not see the protected case", davids.contains(tag + "-protected"));
        assertFalse(new HttpClientSession(context).signIn("bjorn").get("/host/outbox").body().contains(tag));
        String all = new HttpClientSession(context).signIn("admin").get("/host/outbox").body();
        assertTrue(all.contains(tag + "-sms") && all.contains(tag + "-nocase") && all.contains(tag + "-protected"));
    }

    private String caseWithResponsible(HttpClientSession session, String name) {
        String list = session.get("/host/").body();
        Set<String> hidden = protectedCaseIds(list);
        for (String id : caseIds(list)) {
            if (!hidden.contains(id) && session.get("/host/cases/" + id).body().contains("id=\"responsible\">" + name + "</dd>")) {
                return id;
            }
        }
        throw new AssertionError("no unprotected case with " + name + " alone responsible");
    }

    private static void notify(MessageGateway gateway, String caseId, String subject) {
        try {
            gateway.notifyCaseStaff(caseId, subject, "Ett svar behöver ses över.");
        } catch (HostException e) {
            throw new AssertionError(e);
        }
    }

    private static void setAway(HttpClientSession session, boolean away) {
        String csrf = HttpClientSession.csrf(session.get("/host/").body());
        assertEquals(303, session.post("/host/away", Map.of("csrf", csrf, "away", String.valueOf(away))).status());
    }

    /** The recipients of the outbox rows with {@code subject}, sorted. */
    private static List<String> recipients(String outbox, String subject) {
        Matcher m = Pattern.compile("<td>([^<]*)</td>\\s*<td>" + Pattern.quote(subject) + "</td>").matcher(outbox);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        out.sort(null);
        return out;
    }

    /** Case ids whose name is masked in the list (protected identity). */
    private static Set<String> protectedCaseIds(String html) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        Matcher matcher = PROTECTED_ROW.matcher(html);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    private void register(String id, int ranking, java.util.function.Function<PanelRequest, Optional<PanelContent>> render) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_RANKING, ranking);
        registrations.add(context.registerService(CasePanel.class, new CasePanel() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Optional<PanelContent> render(PanelRequest request) {
                return render.apply(request);
            }
        }, properties));
    }

    private static Set<String> caseIds(String html) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        Matcher matcher = CASE_LINK.matcher(html);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    private static String stripIds(String html) {
        return html.replaceAll("/host/cases/[^\"]+", "").replaceAll("value=\"[^\"]*\"", "");
    }

    private static String loginToken(String html) {
        Matcher matcher = Pattern.compile("name=\"login_token\" value=\"([^\"]+)\"").matcher(html);
        assertTrue(matcher.find());
        return matcher.group(1);
    }
}
