package se.delaktig.referencehost.web;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.delaktig.host.api.AuditTrail;
import se.delaktig.host.api.CaseDirectory;
import se.delaktig.host.api.HostLinks;
import se.delaktig.host.api.StaffRole;
import se.delaktig.host.api.panel.CasePanel;
import se.delaktig.host.api.statistics.StatisticsContributor;
import se.delaktig.referencehost.ReferenceHostConfiguration;
import se.delaktig.referencehost.Whiteboard;
import se.delaktig.referencehost.auth.StaffFlags;
import se.delaktig.referencehost.auth.StaffService;
import se.delaktig.referencehost.cases.CaseActions;
import se.delaktig.referencehost.cases.CaseEventService;
import se.delaktig.referencehost.cases.CaseQueries;
import se.delaktig.referencehost.db.HostDatabase;
import se.delaktig.referencehost.stats.HostFigures;
import se.delaktig.referencehost.view.Messages;
import se.delaktig.referencehost.view.Templates;

/**
 * Every page under {@code /host/}: security headers, language, sign-in, routing and error pages.
 * The extensions shown on the pages (case panels, statistics contributors) come from the whiteboard.
 */
@Component(service = Servlet.class, configurationPid = ReferenceHostConfiguration.PID)
@HttpWhiteboardServletPattern("/host/*")
public class HostServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(HostServlet.class);
    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self';"
            + " frame-ancestors 'none'; base-uri 'none'";
    static final String LANG_COOKIE = "lang";

    private final transient StaffService staff;
    private final transient Renderer renderer;
    private final transient Isolation isolation = new Isolation(16, Duration.ofSeconds(3));
    private final transient Whiteboard<CasePanel> panels = new Whiteboard<>();
    private final transient Whiteboard<StatisticsContributor> contributors = new Whiteboard<>();
    private final transient LoginHandler login;
    private final transient CaseHandler cases;
    private final transient StatisticsHandler statistics;
    private final transient AdminHandler admin;
    private final String defaultLanguage;
    private final transient ClassLoader loader = HostServlet.class.getClassLoader();

    @Activate
    public HostServlet(@Reference StaffService staff, @Reference HostDatabase db, @Reference CaseEventService events,
                       @Reference AuditTrail audit, @Reference CaseDirectory directory, @Reference HostLinks links,
                       ReferenceHostConfiguration config) {
        this.staff = staff;
        this.defaultLanguage = Messages.LANGUAGES.contains(config.default_language()) ? config.default_language() : "sv";
        this.renderer = new Renderer(new Templates(loader), new StaticAssets(loader), config.plugin_status_url());
        Clock clock = Clock.systemDefaultZone();
        this.login = new LoginHandler(staff, audit, renderer);
        CaseActions actions = new CaseActions(events, clock);
        this.cases = new CaseHandler(staff, new StaffFlags(db), new CaseQueries(db, clock), actions, audit,
                directory, links, renderer, isolation, panels);
        this.statistics = new StatisticsHandler(staff, directory, new HostFigures(db), renderer, isolation, contributors);
        this.admin = new AdminHandler(db, renderer, actions, audit);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addPanel(CasePanel panel, Map<String, Object> properties) {
        panels.add(panel, properties);
    }

    void removePanel(CasePanel panel) {
        panels.remove(panel);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addContributor(StatisticsContributor contributor, Map<String, Object> properties) {
        contributors.add(contributor, properties);
    }

    void removeContributor(StatisticsContributor contributor) {
        contributors.remove(contributor);
    }

    @Deactivate
    void deactivate() {
        isolation.close();
    }

    static void securityHeaders(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        securityHeaders(response);
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        String method = request.getMethod();
        if (path.equals("/health") && (method.equals("GET") || method.equals("HEAD"))) {
            response.setContentType("text/plain");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader("Cache-Control", "no-store");
            response.getWriter().write("ok");
            return;
        }
        if (path.startsWith("/static/") && method.equals("GET")
                && renderer.assets().serve(path.substring("/static/".length()), response)) {
            return;
        }
        Page page = null;
        try {
            page = new Page(request, response, language(request, response), staff.session(request), path);
            if (method.equals("POST")) {
                checkOrigin(request);
            }
            route(page, method);
        } catch (HttpError e) {
            error(page, request, response, e.status(), e.messageKey());
        } catch (Exception | LinkageError e) {
            LOG.error("Page {} {} failed", method, path, e);
            error(page, request, response, 500, "error.500");
        }
    }

    private void route(Page page, String method) throws Exception {
        String path = page.path;
        if (path.equals("/login")) {
            allow(method, "GET", "POST");
            if (method.equals("GET")) {
                login.form(page);
            } else {
                login.submit(page);
            }
            return;
        }
        if (!path.equals("/") && !path.equals("/logout") && !path.equals("/away") && !path.equals("/statistics")
                && !path.equals("/outbox") && !path.equals("/audit") && !path.equals("/retention")
                && !path.startsWith("/cases/")) {
            throw HttpError.notFound();
        }
        if (page.session.isEmpty()) {
            page.redirect("/host/login");
            return;
        }
        if (path.equals("/logout")) {
            allow(method, "POST");
            login.logout(page);
        } else if (path.equals("/")) {
            allow(method, "GET");
            if (page.staff().hasRole(StaffRole.CASEWORKER)) {
                cases.list(page);
            } else {
                page.redirect(LoginHandler.landing(page.staff()));
            }
        } else if (path.equals("/away")) {
            allow(method, "POST");
            cases.setAway(page);
        } else if (path.equals("/statistics")) {
            allow(method, "GET");
            statistics.show(page);
        } else if (path.equals("/outbox")) {
            allow(method, "GET");
            admin.outbox(page);
        } else if (path.equals("/audit")) {
            allow(method, "GET");
            admin.audit(page);
        } else if (path.equals("/retention")) {
            allow(method, "GET", "POST");
            if (method.equals("GET")) {
                admin.retention(page);
            } else {
                admin.deleteCase(page);
            }
        } else {
            String rest = path.substring("/cases/".length());
            int slash = rest.indexOf('/');
            if (slash < 0) {
                allow(method, "GET");
                cases.show(page, rest);
            } else {
                allow(method, "POST");
                cases.act(page, rest.substring(0, slash), rest.substring(slash + 1));
            }
        }
    }

    private static void allow(String method, String... allowed) throws HttpError {
        if (!List.of(allowed).contains(method)) {
            throw new HttpError(405, "error.405");
        }
    }

    /**
     * A form posted from another site is refused, whatever its token. A browser's
     * {@code Sec-Fetch-Site} decides when it is sent; only without it is {@code Origin} compared
     * with the host, by host name and port alone, since behind a TLS-terminating proxy the request
     * arrives as http while the browser's origin is https.
     */
    static void checkOrigin(HttpServletRequest request) throws HttpError {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            if (!site.equals("same-origin") && !site.equals("none")) {
                throw new HttpError(403, "error.csrf");
            }
            return;
        }
        String origin = request.getHeader("Origin");
        String host = request.getHeader("Host");
        if (origin != null && (host == null
                || !(origin.equals("http://" + host) || origin.equals("https://" + host)))) {
            throw new HttpError(403, "error.csrf");
        }
    }

    private Messages language(HttpServletRequest request, HttpServletResponse response) throws HttpError {
        String raw = request.getQueryString();
        String asked = raw == null ? "" : FormBody.parse(raw).optional("lang");
        if (Messages.LANGUAGES.contains(asked)) {
            Cookies.set(response, LANG_COOKIE, asked, "/", Duration.ofDays(365).toSeconds(), staff.secureCookies(), "Lax");
            return Messages.load(asked, loader);
        }
        String cookie = Cookies.get(request, LANG_COOKIE);
        return Messages.load(cookie != null && Messages.LANGUAGES.contains(cookie) ? cookie : defaultLanguage, loader);
    }

    private void error(Page page, HttpServletRequest request, HttpServletResponse response, int status, String key)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        securityHeaders(response);
        if (status == 405) {
            response.setHeader("Allow", "GET, POST");
        }
        Page target = page != null ? page : new Page(request, response, Messages.load(defaultLanguage, loader),
                java.util.Optional.empty(), "/");
        try {
            renderer.page(target, status, "error.vm", target.msg.get("error.title." + status),
                    Map.of("status", status, "messageKey", key), List.of());
        } catch (RuntimeException e) {
            LOG.error("Error page failed", e);
            response.setStatus(status);
        }
    }
}
