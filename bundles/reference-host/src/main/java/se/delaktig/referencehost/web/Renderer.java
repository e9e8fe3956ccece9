package se.delaktig.referencehost.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import se.delaktig.host.api.Staff;
import se.delaktig.host.api.StaffRole;
import se.delaktig.referencehost.auth.StaffSession;
import se.delaktig.referencehost.view.Formats;
import se.delaktig.referencehost.view.Messages;
import se.delaktig.referencehost.view.NavLink;
import se.delaktig.referencehost.view.Templates;
import se.delaktig.referencehost.view.TrustedHtml;

/** Renders a page template into the layout (navigation, language switch, stylesheets). */
final class Renderer {
    private final Templates templates;
    private final StaticAssets assets;
    private final String pluginStatusUrl;

    Renderer(Templates templates, StaticAssets assets) {
        this(templates, assets, "");
    }

    /** @param pluginStatusUrl the plugin's status page for administrators (configured), empty for none */
    Renderer(Templates templates, StaticAssets assets, String pluginStatusUrl) {
        this.templates = templates;
        this.assets = assets;
        this.pluginStatusUrl = pluginStatusUrl == null ? "" : pluginStatusUrl.strip();
    }

    StaticAssets assets() {
        return assets;
    }

    /** Renders {@code template} with {@code model} into the layout and writes it as the response. */
    void page(Page page, int status, String template, String title, Map<String, Object> model, List<String> extraCss)
            throws IOException {
        String html = html(page.msg, page.path, page.session.orElse(null), template, title, model, extraCss);
        page.response.setStatus(status);
        page.response.setContentType("text/html");
        page.response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        page.response.setHeader("Cache-Control", "no-store");
        page.response.getWriter().write(html);
    }

    /** The whole page as a string (also used by tests). */
    String html(Messages msg, String path, StaffSession session, String template, String title,
                Map<String, Object> model, List<String> extraCss) {
        Map<String, Object> content = new HashMap<>(model);
        content.put("msg", msg);
        content.put("fmt", new Formats(msg.locale(), ZoneId.systemDefault()));
        content.put("csrf", session == null ? "" : session.csrfToken());
        String body = templates.render(template, content);

        Map<String, Object> layout = new HashMap<>();
        layout.put("msg", msg);
        layout.put("lang", msg.language());
        layout.put("title", title);
        layout.put("body", new TrustedHtml(body));
        LinkedHashSet<String> css = new LinkedHashSet<>();
        css.add(assets.cssUrl());
        css.addAll(extraCss);
        layout.put("stylesheets", new ArrayList<>(css));
        layout.put("signedIn", session != null);
        layout.put("staffName", session == null ? "" : session.staff().displayName());
        layout.put("csrf", session == null ? "" : session.csrfToken());
        layout.put("nav", session == null ? List.of() : nav(session.staff(), msg, path, pluginStatusUrl));
        String other = msg.language().equals("sv") ? "en" : "sv";
        layout.put("otherLang", other);
        layout.put("otherLangHref", "/host" + path + "?lang=" + other);
        layout.put("otherLangLabel", msg.get("lang.switch." + other));
        return templates.render("layout.vm", layout);
    }

    private static List<NavLink> nav(Staff staff, Messages msg, String path, String pluginStatusUrl) {
        List<NavLink> links = new ArrayList<>();
        if (staff.hasRole(StaffRole.CASEWORKER)) {
            links.add(new NavLink("/host/", msg.get("nav.cases"), path.equals("/") || path.startsWith("/cases")));
        }
        if (staff.hasRole(StaffRole.MANAGER)) {
            links.add(new NavLink("/host/statistics", msg.get("nav.statistics"), path.equals("/statistics")));
        }
        if (staff.hasRole(StaffRole.CASEWORKER) || staff.hasRole(StaffRole.ADMINISTRATOR)) {
            links.add(new NavLink("/host/outbox", msg.get("nav.outbox"), path.equals("/outbox")));
        }
        if (staff.hasRole(StaffRole.ADMINISTRATOR)) {
            links.add(new NavLink("/host/audit", msg.get("nav.audit"), path.equals("/audit")));
            links.add(new NavLink("/host/retention", msg.get("nav.retention"), path.equals("/retention")));
            if (!pluginStatusUrl.isEmpty()) {
                String sep = pluginStatusUrl.contains("?") ? "&" : "?";
                links.add(new NavLink(pluginStatusUrl + sep + "lang=" + msg.language(), msg.get("nav.pluginStatus"), false));
            }
        }
        return links;
    }
}
