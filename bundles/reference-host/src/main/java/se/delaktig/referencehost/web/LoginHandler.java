package se.delaktig.referencehost.web;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.delaktig.host.api.AuditEvent;
import se.delaktig.host.api.AuditTrail;
import se.delaktig.host.api.HostException;
import se.delaktig.host.api.Staff;
import se.delaktig.host.api.StaffRole;
import se.delaktig.referencehost.auth.StaffService;
import se.delaktig.referencehost.auth.StaffSession;
import se.delaktig.referencehost.auth.Tokens;

/**
 * Sign-in and sign-out. The sign-in form has no session yet, so it is protected by a double-submit
 * token: a short-lived cookie that must match the hidden field.
 */
final class LoginHandler {
    private static final long LOGIN_TOKEN_SECONDS = 15 * 60;
    private static final int MAX_FIELD = 200;

    private final StaffService staff;
    private final AuditTrail audit;
    private final Renderer renderer;

    LoginHandler(StaffService staff, AuditTrail audit, Renderer renderer) {
        this.staff = staff;
        this.audit = audit;
        this.renderer = renderer;
    }

    /** Where a person lands after sign-in: caseworkers on cases, managers on statistics, administrators on audit. */
    static String landing(Staff person) {
        if (person.hasRole(StaffRole.CASEWORKER)) {
            return "/host/";
        }
        if (person.hasRole(StaffRole.MANAGER)) {
            return "/host/statistics";
        }
        return "/host/audit";
    }

    private String loginCookie() {
        // __Host- needs Path=/; this cookie is narrower, so it takes the __Secure- prefix instead.
        return staff.secureCookies() ? "__Secure-delaktig_login" : "delaktig_login";
    }

    void form(Page page) throws IOException {
        if (page.session.isPresent()) {
            page.redirect(landing(page.session.get().staff()));
            return;
        }
        show(page, 200, "", "");
    }

    private void show(Page page, int status, String username, String errorKey) throws IOException {
        String token = Tokens.random();
        Cookies.set(page.response, loginCookie(), token, "/host/login", LOGIN_TOKEN_SECONDS, staff.secureCookies(), "Strict");
        Map<String, Object> model = new HashMap<>();
        model.put("loginToken", token);
        model.put("username", username);
        model.put("errorKey", errorKey);
        renderer.page(page, status, "login.vm", page.msg.get("login.title"), model, List.of());
    }

    void submit(Page page) throws IOException, HttpError, SQLException, HostException {
        FormBody form = page.form();
        String username = form.optional("username").strip();
        String password = form.optional("password");
        if (!Tokens.same(Cookies.get(page.request, loginCookie()), form.optional("login_token"))) {
            show(page, 400, username, "login.expired");
            return;
        }
        if (username.isEmpty() || password.isEmpty() || username.length() > MAX_FIELD || password.length() > MAX_FIELD) {
            show(page, 400, username.length() > MAX_FIELD ? "" : username, "login.missing");
            return;
        }
        Optional<StaffSession> session = staff.signIn(username, password);
        if (session.isEmpty()) {
            show(page, 401, username, "login.failed");
            return;
        }
        StaffSession signedIn = session.get();
        audit.record(new AuditEvent(signedIn.staff().id(), null, "staff.signin", "host-login", Instant.now()));
        Cookies.set(page.response, staff.cookieName(), signedIn.token(), "/", staff.absoluteLifetime().toSeconds(),
                staff.secureCookies(), "Lax");
        Cookies.clear(page.response, loginCookie(), "/host/login", staff.secureCookies());
        page.redirect(landing(signedIn.staff()));
    }

    void logout(Page page) throws IOException, HttpError, SQLException {
        page.checkedForm();
        staff.signOut(page.request);
        Cookies.clear(page.response, staff.cookieName(), "/", staff.secureCookies());
        page.redirect("/host/login");
    }
}
