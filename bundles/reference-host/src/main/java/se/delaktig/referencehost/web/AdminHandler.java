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
import se.delaktig.host.api.events.CaseEvent;
import se.delaktig.referencehost.audit.AdminQueries;
import se.delaktig.referencehost.cases.CaseActions;
import se.delaktig.referencehost.db.HostDatabase;

/**
 * The outbox page (administrators: every message; caseworkers: the messages about cases they may
 * see), the audit page and the retention page, where an administrator deletes a case under the
 * retention rules (gallring) (administrators).
 */
final class AdminHandler {
    static final int OUTBOX_LIMIT = 200;
    static final int AUDIT_PAGE = 100;
    private static final int MAX_PAGE = 100_000;

    private static final int MAX_CASE_ID = 40;

    private final AdminQueries queries;
    private final Renderer renderer;
    private final CaseActions actions;
    private final AuditTrail audit;

    AdminHandler(HostDatabase db, Renderer renderer, CaseActions actions, AuditTrail audit) {
        this.queries = new AdminQueries(db);
        this.renderer = renderer;
        this.actions = actions;
        this.audit = audit;
    }

    /** The retention form; {@code ?deleted=<case>} or {@code ?unknown=<case>} after a deletion. */
    void retention(Page page) throws IOException, HttpError {
        page.staffWith(StaffRole.ADMINISTRATOR);
        Map<String, Object> model = new HashMap<>();
        model.put("deleted", page.query("deleted"));
        model.put("unknown", page.query("unknown"));
        renderer.page(page, 200, "retention.vm", page.msg.get("retention.title"), model, List.of());
    }

    /** Deletes the case named in the form (CSRF-checked), audited as {@code case.delete}, and tells the extensions. */
    void deleteCase(Page page) throws IOException, HttpError, SQLException, HostException {
        Staff me = page.staffWith(StaffRole.ADMINISTRATOR);
        FormBody form = page.checkedForm();
        String caseId = form.required("case").strip();
        if (caseId.isEmpty() || caseId.length() > MAX_CASE_ID) {
            throw HttpError.badRequest("error.form");
        }
        audit.record(new AuditEvent(me.id(), caseId, "case.delete", "host-retention", Instant.now())); // fails closed
        Optional<CaseEvent> deleted = actions.delete(caseId);
        String encoded = java.net.URLEncoder.encode(caseId, java.nio.charset.StandardCharsets.UTF_8);
        page.redirect("/host/retention?" + (deleted.isPresent() ? "deleted=" : "unknown=") + encoded);
    }

    void outbox(Page page) throws IOException, HttpError, SQLException {
        Staff me = page.staff();
        if (!me.hasRole(StaffRole.ADMINISTRATOR) && !me.hasRole(StaffRole.CASEWORKER)) {
            throw HttpError.forbidden();
        }
        boolean all = me.hasRole(StaffRole.ADMINISTRATOR);
        Map<String, Object> model = new HashMap<>();
        model.put("messages", all ? queries.outbox(OUTBOX_LIMIT) : queries.outboxFor(me.id(), OUTBOX_LIMIT));
        model.put("all", all);
        renderer.page(page, 200, "outbox.vm", page.msg.get("outbox.title"), model, List.of());
    }

    void audit(Page page) throws IOException, HttpError, SQLException {
        page.staffWith(StaffRole.ADMINISTRATOR);
        String raw = page.query("page");
        int number;
        try {
            number = raw.isEmpty() ? 1 : Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw HttpError.badRequest("error.form");
        }
        if (number < 1 || number > MAX_PAGE) {
            throw HttpError.badRequest("error.form");
        }
        List<AdminQueries.AuditRow> rows = queries.audit((number - 1) * AUDIT_PAGE, AUDIT_PAGE + 1);
        Map<String, Object> model = new HashMap<>();
        model.put("entries", rows.size() > AUDIT_PAGE ? rows.subList(0, AUDIT_PAGE) : rows);
        model.put("pageNumber", number);
        model.put("hasNext", rows.size() > AUDIT_PAGE);
        model.put("prevPage", number - 1);
        model.put("nextPage", number + 1);
        renderer.page(page, 200, "audit.vm", page.msg.get("audit.title"), model, List.of());
    }
}
