package se.delaktig.referencehost.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.delaktig.host.api.events.CaseEvent;
import se.delaktig.host.api.events.CaseEventLog;
import se.delaktig.host.api.events.CaseEventType;
import se.delaktig.host.api.panel.CasePanel;
import se.delaktig.host.api.panel.PanelContent;
import se.delaktig.host.api.panel.PanelRequest;
import se.delaktig.referencehost.TestDatabases;
import se.delaktig.referencehost.audit.AuditService;
import se.delaktig.referencehost.auth.StaffFlags;
import se.delaktig.referencehost.auth.StaffService;
import se.delaktig.referencehost.auth.StaffSession;
import se.delaktig.referencehost.cases.CaseEventService;
import se.delaktig.referencehost.cases.CaseService;
import se.delaktig.referencehost.db.DemoSeed;
import se.delaktig.referencehost.db.HostDatabase;

/** The servlet end to end over fake requests: routing, sign-in, access, panels, headers. */
class HostServletTest {
    private final HostDatabase db = TestDatabases.fresh(true);
    private final StaffService staff = new StaffService(db, TestDatabases.config(Map.of()));
    private final CaseService cases = new CaseService(db);
    private final HostServlet servlet = new HostServlet(staff, db, new CaseEventService(db), new AuditService(db),
            cases, cases, TestDatabases.config(Map.of()));

    record Answer(int status, Map<String, List<String>> headers, String body) { }

    @AfterEach
    void close() {
        servlet.deactivate();
        db.close();
    }

    private Answer call(String method, String path, String cookie, String body) throws Exception {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        ServletInputStream stream = new ServletInputStream() {
            @Override public boolean isFinished() { return in.available() == 0; }
            @Override public boolean isReady() { return true; }
            @Override public void setReadListener(ReadListener l) { }
            @Override public int read() { return in.read(); }
        };
        int q = path.indexOf('?');
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (p, m, a) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getPathInfo" -> q < 0 ? path : path.substring(0, q);
                    case "getQueryString" -> q < 0 ? null : path.substring(q + 1);
                    case "getCookies" -> cookie == null ? null : new Cookie[] {new Cookie(staff.cookieName(), cookie)};
                    case "getHeader" -> a[0].equals("Host") ? "localhost" : null;
                    case "getScheme" -> "http";
                    case "getContentType" -> "application/x-www-form-urlencoded";
                    case "getContentLengthLong" -> (long) bytes.length;
                    case "getInputStream" -> stream;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        StringWriter out = new StringWriter();
        Map<String, List<String>> headers = new HashMap<>();
        int[] status = {200};
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (p, m, a) -> {
                    switch (m.getName()) {
                        case "setStatus" -> status[0] = (Integer) a[0];
                        case "setHeader" -> headers.put((String) a[0], new ArrayList<>(List.of((String) a[1])));
                        case "addHeader" -> headers.computeIfAbsent((String) a[0], k -> new ArrayList<>()).add((String) a[1]);
                        case "setContentType" -> headers.put("Content-Type", List.of((String) a[0]));
                        case "getWriter" -> {
                            return new PrintWriter(out);
                        }
                        case "isCommitted" -> {
                            return false;
                        }
                        default -> { }
                    }
                    return null;
                });
        servlet.service(request, response);
        return new Answer(status[0], headers, out.toString());
    }

    private StaffSession signIn(String user) throws Exception {
        return staff.signIn(user, DemoSeed.PASSWORD).orElseThrow();
    }

    private String caseOf(String unit) throws Exception {
        return db.withConnection(c -> {
            try (var s = c.prepareStatement("SELECT id FROM cases WHERE unit_id = ? AND is_open ORDER BY id LIMIT 1")) {
                s.setString(1, unit);
                try (var rs = s.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
    }

    @Test
    void healthLoginAndRedirects() throws Exception {
        Answer health = call("GET", "/health", null, null);
        assertEquals("ok", health.body());
        Answer login = call("GET", "/login", null, null);
        assertEquals(200, login.status());
        assertEquals(HostServlet.CSP, login.headers().get("Content-Security-Policy").get(0));
        assertEquals("no-store", login.headers().get("Cache-Control").get(0));
        assertTrue(login.body().contains("name=\"login_token\""));
        assertEquals("/host/login", call("GET", "/", null, null).headers().get("Location").get(0));
        assertEquals(404, call("GET", "/nothing-here", null, null).status());
        assertEquals(400, call("POST", "/login", null, "username=anna&password=x").status(), "no login token");
    }

    @Test
    void caseworkerSeesOwnCasesOnlyAndPanelsAreIsolated() throws Exception {
        String token = signIn("anna").token();
        servlet.addPanel(new CasePanel() {
            public String id() { return "answers"; }
            public Optional<PanelContent> render(PanelRequest r) {
                return Optional.of(new PanelContent("Barnets svar", "<p class=\"answers\">Svar för " + r.caseId() + "</p>",
                        List.of("/delaktig/static/panel-1.css")));
            }
        }, Map.of("service.ranking", 10));
        servlet.addPanel(new CasePanel() {
            public String id() { return "broken"; }
            public Optional<PanelContent> render(PanelRequest r) { throw new IllegalStateException("boom"); }
        }, Map.of());
        String own = caseOf("unit-norra");
        Answer page = call("GET", "/cases/" + own, token, null);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("<p class=\"answers\">Svar för " + own + "</p>"));
        assertTrue(page.body().contains("href=\"/delaktig/static/panel-1.css\""));
        assertTrue(page.body().contains("Tillägget kunde inte visas just nu."));
        assertTrue(page.body().indexOf("panel-answers") < page.body().indexOf("panel-broken"));
        String sodra = caseOf("unit-sodra");
        Answer other = call("GET", "/cases/" + sodra, token, null);
        Answer unknown = call("GET", "/cases/NOPE-NOPE", token, null);
        assertEquals(404, other.status());
        assertEquals(other.body().replace(sodra, "X"), unknown.body().replace("NOPE-NOPE", "X"),
                "no hint whether the case exists");
        assertEquals(200, call("GET", "/", token, null).status());
        assertEquals(403, call("GET", "/statistics", token, null).status());
        assertEquals(403, call("GET", "/audit", token, null).status());
    }

    @Test
    void actionsNeedTheCsrfToken() throws Exception {
        StaffSession anna = signIn("anna");
        String id = caseOf("unit-norra");
        assertEquals(403, call("POST", "/cases/" + id + "/close", anna.token(), "csrf=wrong").status());
        Answer closed = call("POST", "/cases/" + id + "/close", anna.token(), "csrf=" + anna.csrfToken());
        assertEquals(303, closed.status());
        assertFalse(cases.find(id).orElseThrow().open());
        assertEquals(400, call("POST", "/cases/" + id + "/move", anna.token(),
                "csrf=" + anna.csrfToken() + "&unit=unit-nowhere").status());
        assertEquals(405, call("GET", "/logout", anna.token(), null).status());
    }

    @Test
    void anAdministratorDeletesACaseUnderRetentionAndExtensionsHearOfIt() throws Exception {
        StaffSession admin = signIn("admin");
        StaffSession anna = signIn("anna");
        String id = caseOf("unit-norra");
        Answer form = call("GET", "/retention", admin.token(), null);
        assertEquals(200, form.status());
        assertTrue(form.body().contains("action=\"/host/retention\""));
        assertTrue(form.body().contains("href=\"/host/retention\""), "in the administrator's menu");
        assertEquals(403, call("GET", "/retention", anna.token(), null).status());
        assertEquals(403, call("POST", "/retention", anna.token(), "csrf=" + anna.csrfToken() + "&case=" + id).status(),
                "a caseworker may not delete cases");
        assertEquals(403, call("POST", "/retention", admin.token(), "csrf=wrong&case=" + id).status());
        assertTrue(cases.find(id).isPresent());

        Answer deleted = call("POST", "/retention", admin.token(), "csrf=" + admin.csrfToken() + "&case=" + id);
        assertEquals(303, deleted.status());
        assertEquals("/host/retention?deleted=" + id, deleted.headers().get("Location").get(0));
        assertTrue(cases.find(id).isEmpty());
        var events = new CaseEventService(db).changesSince(CaseEventLog.BEGINNING, 1000).events();
        CaseEvent last = events.get(events.size() - 1);
        assertEquals(CaseEventType.DELETED, last.type());
        assertEquals(id, last.caseId());
        assertEquals("unit-norra", last.unitId());
        Answer again = call("POST", "/retention", admin.token(), "csrf=" + admin.csrfToken() + "&case=" + id);
        assertEquals("/host/retention?unknown=" + id, again.headers().get("Location").get(0));
        assertEquals(events.size(), new CaseEventService(db).changesSince(CaseEventLog.BEGINNING, 1000).events().size(),
                "no second event for a case already gone");
        assertTrue(call("GET", "/retention?deleted=" + id, admin.token(), null).body().contains(id));
    }

    private String protectedCaseOf(String unit) throws Exception {
        return TestDatabases.caseOf(db, unit, true);
    }

    @Test
    void protectedIdentitiesNeedProtectedAccess() throws Exception {
        String hidden = protectedCaseOf("unit-norra");
        String david = signIn("david").token();
        assertEquals(404, call("GET", "/cases/" + hidden, david, null).status());
        Answer list = call("GET", "/", david, null);
        assertFalse(list.body().contains(hidden), "not in david's list");
        assertTrue(list.body().contains("/host/cases/" + caseOf("unit-norra")));
        assertTrue(list.body().contains("class=\"notice\""), "told why some cases are missing");
        Answer anna = call("GET", "/cases/" + hidden, signIn("anna").token(), null);
        assertEquals(200, anna.status());
        assertTrue(anna.body().contains("id=\"responsible\">Anna Lindqvist</dd>"), anna.body());
        assertTrue(call("GET", "/", signIn("anna").token(), null).body().contains(hidden));
    }

    @Test
    void aCaseworkerMarksThemselvesAwayAndBackWithTheCsrfTokenAndItIsAudited() throws Exception {
        StaffSession anna = signIn("anna");
        StaffFlags flags = new StaffFlags(db);
        assertEquals(403, call("POST", "/away", anna.token(), "csrf=wrong&away=true").status());
        assertEquals(400, call("POST", "/away", anna.token(), "csrf=" + anna.csrfToken() + "&away=maybe").status());
        assertEquals(405, call("GET", "/away", anna.token(), null).status());
        assertEquals(403, call("POST", "/away", signIn("maria").token(), "csrf=" + signIn("maria").csrfToken()
                + "&away=true").status(), "only caseworkers");
        assertFalse(flags.away("staff-01"));
        Answer away = call("POST", "/away", anna.token(), "csrf=" + anna.csrfToken() + "&away=true");
        assertEquals(303, away.status());
        assertEquals("/host/", away.headers().get("Location").get(0));
        assertTrue(flags.away("staff-01"));
        assertTrue(call("GET", "/", anna.token(), null).body().contains("name=\"away\" value=\"false\""));
        String annas = db.withConnection(c -> {
            try (var q = c.createStatement(); var rs = q.executeQuery("SELECT a.case_id FROM case_assignments a"
                    + " JOIN cases c ON c.id = a.case_id WHERE a.staff_id = 'staff-01' AND NOT c.protected_identity"
                    + " ORDER BY a.case_id LIMIT 1")) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertTrue(call("GET", "/cases/" + annas, signIn("david").token(), null).body()
                .contains("Anna Lindqvist (frånvarande)"), "colleagues see who is away");
        assertEquals(303, call("POST", "/away", anna.token(), "csrf=" + anna.csrfToken() + "&away=false").status());
        assertFalse(flags.away("staff-01"));
        List<String> actions = new se.delaktig.referencehost.audit.AdminQueries(db).audit(0, 10).stream()
                .filter(r -> r.staffId().equals("staff-01")).map(r -> r.action()).toList();
        assertTrue(actions.containsAll(List.of("staff.away", "staff.back")), actions.toString());
    }

    @Test
    void panelStylesheetsMustBeSameSitePaths() throws Exception {
        assertTrue(CaseHandler.sameSitePath("/delaktig/static/panel-3f2a.css"));
        assertTrue(CaseHandler.sameSitePath("/host/static/it.css"));
        assertFalse(CaseHandler.sameSitePath("//evil.example/x.css"), "protocol-relative: another site");
        assertFalse(CaseHandler.sameSitePath("///evil.example/x.css"));
        assertFalse(CaseHandler.sameSitePath("https://evil.example/x.css"));
        assertFalse(CaseHandler.sameSitePath("/a\\b.css"));
        assertFalse(CaseHandler.sameSitePath("x.css"));
        assertFalse(CaseHandler.sameSitePath(null));
        servlet.addPanel(new CasePanel() {
            public String id() { return "styled"; }
            public Optional<PanelContent> render(PanelRequest r) {
                return Optional.of(new PanelContent("P", "<p>p</p>", List.of("//evil.example/x.css", "/delaktig/static/ok.css")));
            }
        }, Map.of());
        String page = call("GET", "/cases/" + caseOf("unit-norra"), signIn("anna").token(), null).body();
        assertFalse(page.contains("evil.example"));
        assertTrue(page.contains("href=\"/delaktig/static/ok.css\""));
    }

    @Test
    void managerSeesStatisticsAndBadFiltersAreRefused() throws Exception {
        String token = signIn("maria").token();
        Answer stats = call("GET", "/statistics?lang=en", token, null);
        assertEquals(200, stats.status());
        assertTrue(stats.body().contains("<html lang=\"en\">"));
        assertTrue(stats.body().contains("Whole municipality"));
        assertEquals(400, call("GET", "/statistics?from=2026-13-01", token, null).status());
        assertEquals(400, call("GET", "/statistics?from=2026-05-01&to=2026-01-01", token, null).status());
        assertEquals(400, call("GET", "/statistics?gender=x", token, null).status());
        assertEquals(403, call("GET", "/cases/" + caseOf("unit-norra"), token, null).status());
        assertEquals("/host/statistics", call("GET", "/", token, null).headers().get("Location").get(0));
    }
}
