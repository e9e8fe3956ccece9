package se.delaktig.referencehost.web;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.delaktig.host.api.AuditEvent;
import se.delaktig.host.api.AuditTrail;
import se.delaktig.host.api.CaseDirectory;
import se.delaktig.host.api.HostException;
import se.delaktig.host.api.HostLinks;
import se.delaktig.host.api.Staff;
import se.delaktig.host.api.StaffRole;
import se.delaktig.host.api.Unit;
import se.delaktig.host.api.panel.CasePanel;
import se.delaktig.host.api.panel.PanelContent;
import se.delaktig.host.api.panel.PanelRequest;
import se.delaktig.referencehost.Whiteboard;
import se.delaktig.referencehost.auth.StaffFlags;
import se.delaktig.referencehost.auth.StaffService;
import se.delaktig.referencehost.cases.CaseActions;
import se.delaktig.referencehost.cases.CaseQueries;
import se.delaktig.referencehost.cases.CaseRow;
import se.delaktig.referencehost.view.PanelView;
import se.delaktig.referencehost.view.TrustedHtml;

/** The case list with the away switch, the case page with its extension panels, and the actions on a case. */
final class CaseHandler {
    private static final Logger LOG = LoggerFactory.getLogger(CaseHandler.class);
    private static final String VIEW = "host-case-page";
    private static final String LIST_VIEW = "host-case-list";

    private final StaffService staff;
    private final StaffFlags flags;
    private final CaseQueries queries;
    private final CaseActions actions;
    private final AuditTrail audit;
    private final CaseDirectory directory;
    private final HostLinks links;
    private final Renderer renderer;
    private final Isolation isolation;
    private final Whiteboard<CasePanel> panels;

    CaseHandler(StaffService staff, StaffFlags flags, CaseQueries queries, CaseActions actions, AuditTrail audit,
                CaseDirectory directory, HostLinks links, Renderer renderer, Isolation isolation,
                Whiteboard<CasePanel> panels) {
        this.staff = staff;
        this.flags = flags;
        this.queries = queries;
        this.actions = actions;
        this.audit = audit;
        this.directory = directory;
        this.links = links;
        this.renderer = renderer;
        this.isolation = isolation;
        this.panels = panels;
    }

    void list(Page page) throws IOException, HttpError, SQLException {
        Staff me = page.staffWith(StaffRole.CASEWORKER);
        String unit = page.query("unit");
        if (!unit.isEmpty() && !me.unitIds().contains(unit)) {
            throw HttpError.badRequest("error.unknownUnit");
        }
        List<Unit> myUnits = directory.units().stream().filter(u -> me.unitIds().contains(u.id())).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("cases", queries.casesVisibleTo(me.id(), unit.isEmpty() ? me.unitIds() : List.of(unit)));
        model.put("units", myUnits);
        model.put("selectedUnit", unit);
        model.put("away", flags.away(me.id()));
        model.put("protectedAccess", flags.protectedAccess(me.id()));
        renderer.page(page, 200, "cases.vm", page.msg.get("cases.title"), model, List.of());
    }

    /** Marks the signed-in caseworker away ({@code away=true}) or back (CSRF-checked, audited first). */
    void setAway(Page page) throws IOException, HttpError, SQLException, HostException {
        Staff me = page.staffWith(StaffRole.CASEWORKER);
        String value = page.checkedForm().required("away");
        if (!value.equals("true") && !value.equals("false")) {
            throw HttpError.badRequest("error.form");
        }
        boolean away = Boolean.parseBoolean(value);
        audit.record(new AuditEvent(me.id(), null, away ? "staff.away" : "staff.back", LIST_VIEW, Instant.now()));
        flags.setAway(me.id(), away);
        page.redirect("/host/");
    }

    /** The same 404 for an unknown case and for one the person may not see. */
    private CaseRow visibleCase(Staff me, String caseId) throws HttpError, SQLException {
        if (!staff.maySeeCase(me, caseId)) {
            throw HttpError.notFound();
        }
        return queries.find(caseId).orElseThrow(HttpError::notFound);
    }

    void show(Page page, String caseId) throws IOException, HttpError, SQLException, HostException {
        Staff me = page.staffWith(StaffRole.CASEWORKER);
        CaseRow row = visibleCase(me, caseId);
        audit.record(new AuditEvent(me.id(), caseId, "case.read", VIEW, Instant.now())); // fails closed
        List<PanelView> views = new ArrayList<>();
        LinkedHashSet<String> css = new LinkedHashSet<>();
        renderPanels(me, caseId, page, views, css);
        Map<String, Object> model = new HashMap<>();
        model.put("case", row);
        model.put("responsible", queries.responsible(caseId));
        model.put("entries", queries.entries(caseId));
        model.put("interventions", queries.interventions(caseId));
        model.put("moveUnits", directory.units().stream().filter(u -> !u.id().equals(row.unitId())).toList());
        model.put("panels", views);
        model.put("maxLabel", CaseActions.MAX_LABEL);
        String title = page.msg.format("case.title", row.id());
        renderer.page(page, 200, "case.vm", title, model, new ArrayList<>(css));
    }

    private void renderPanels(Staff me, String caseId, Page page, List<PanelView> views, LinkedHashSet<String> css) {
        List<CasePanel> ordered = panels.ordered();
        PanelRequest request = new PanelRequest(caseId, me, page.msg.locale(), links.returnUrl(caseId));
        List<Isolation.Call<Optional<PanelContent>>> calls = new ArrayList<>();
        for (CasePanel panel : ordered) {
            calls.add(new Isolation.Call<>(safeId(panel), () -> panel.render(request)));
        }
        List<Optional<Optional<PanelContent>>> results = isolation.runAll(calls);
        for (int i = 0; i < ordered.size(); i++) {
            String id = "panel-" + calls.get(i).name();
            Optional<Optional<PanelContent>> result = results.get(i);
            if (result.isEmpty()) {
                views.add(new PanelView(id, page.msg.get("panel.unavailableTitle"), null));
            } else if (result.get().isPresent()) {
                PanelContent content = result.get().get();
                views.add(new PanelView(id, content.title(), new TrustedHtml(content.html())));
                for (String url : content.stylesheetUrls()) {
                    if (sameSitePath(url)) {
                        css.add(url);
                    } else {
                        LOG.warn("Panel {} asked for a stylesheet that is not a same-site path; ignored", id);
                    }
                }
            }
        }
    }

    /** A path on this site: {@code /x}, never {@code //host/x} (protocol-relative: another site). */
    static boolean sameSitePath(String url) {
        return url != null && !url.startsWith("//") && url.matches("/[A-Za-z0-9._~/%-]*[A-Za-z0-9._~%-]");
    }

    private static String safeId(CasePanel panel) {
        try {
            String id = panel.id();
            return id == null || id.isBlank() ? "unnamed" : id.replaceAll("[^A-Za-z0-9_-]", "-");
        } catch (RuntimeException e) {
            return "unnamed";
        }
    }

    void act(Page page, String caseId, String action) throws IOException, HttpError, SQLException, HostException {
        Staff me = page.staffWith(StaffRole.CASEWORKER);
        FormBody form = page.checkedForm();
        CaseRow row = visibleCase(me, caseId);
        String next = links.returnUrl(caseId);
        try {
            switch (action) {
                case "close" -> actions.close(caseId);
                case "reopen" -> actions.reopen(caseId);
                case "move" -> {
                    String unit = form.required("unit");
                    actions.move(caseId, unit);
                    if (!me.unitIds().contains(unit) && !unit.equals(row.unitId())) {
                        next = "/host/";
                    }
                }
                case "interventions/start" -> actions.startIntervention(caseId, form.required("label"));
                case "interventions/end" -> actions.endIntervention(caseId, parseId(form.required("intervention")));
                default -> throw HttpError.notFound();
            }
        } catch (IllegalArgumentException bad) {
            throw HttpError.badRequest("error.form");
        }
        audit.record(new AuditEvent(me.id(), caseId, "case." + action.replace('/', '.'), VIEW, Instant.now()));
        page.redirect(next);
    }

    private static long parseId(String value) throws HttpError {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw HttpError.badRequest("error.form");
        }
    }
}
