package se.delaktig.referencehost.web;

import java.io.IOException;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.delaktig.host.api.Staff;
import se.delaktig.host.api.StaffRole;
import se.delaktig.referencehost.audit.AdminQueries;
import se.delaktig.referencehost.db.HostDatabase;

/** The outbox page (administrators and caseworkers) and the audit page (administrators). */
final class AdminHandler {
    static final int OUTBOX_LIMIT = 200;
    static final int AUDIT_PAGE = 100;
    private static final int MAX_PAGE = 100_000;

    private final AdminQueries queries;
    private final Renderer renderer;

    AdminHandler(HostDatabase db, Renderer renderer) {
        this.queries = new AdminQueries(db);
        this.renderer = renderer;
    }

    void outbox(Page page) throws IOException, HttpError, SQLException {
        Staff me = page.staff();
        if (!me.hasRole(StaffRole.ADMINISTRATOR) && !me.hasRole(StaffRole.CASEWORKER)) {
            throw HttpError.forbidden();
        }
        Map<String, Object> model = new HashMap<>();
        model.put("messages", queries.outbox(OUTBOX_LIMIT));
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
