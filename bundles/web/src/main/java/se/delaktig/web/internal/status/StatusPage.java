package se.delaktig.web.internal.status;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.delaktig.web.render.HtmlRenderer;
import se.delaktig.web.render.MessageCatalog;
import se.delaktig.web.render.Messages;

/** Renders the status report as a page for people, in Swedish or English. */
final class StatusPage {

    static final String PATH = "/delaktig/api/status";
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final MessageCatalog TEXTS = HealthRunner.TEXTS;

    private final HtmlRenderer renderer = HtmlRenderer.create(StatusPage.class.getClassLoader(), "se/delaktig/web/templates");

    /** @return the language asked for with {@code ?lang=}, else the best of {@code Accept-Language}, else Swedish */
    static Messages texts(String lang, HttpServletRequest request) {
        if (lang != null && TEXTS.languages().contains(lang)) {
            return TEXTS.messages(lang);
        }
        List<Locale> locales = request == null ? List.of() : Collections.list(request.getLocales());
        return TEXTS.best(locales, "sv");
    }

    String render(StatusReport report, List<HealthRunner.Outcome> outcomes, Messages t) {
        String lang = t.language();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (HealthRunner.Outcome o : outcomes) {
            String status = o.result().status().name();
            rows.add(Map.of("title", o.title(lang), "name", o.name(), "status", status.toLowerCase(Locale.ROOT),
                    "label", t.get("status." + status), "message", o.result().text(lang)));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("t", t);
        model.put("lang", lang);
        String other = "sv".equals(lang) ? "en" : "sv";
        model.put("otherLang", other);
        model.put("otherUrl", PATH + "?lang=" + other);
        model.put("css", StatusStylesheet.ASSETS.url(StatusStylesheet.FILE));
        model.put("overall", report.status().toLowerCase(Locale.ROOT));
        model.put("overallLabel", t.get("status." + report.status()));
        model.put("summary", t.get(report.healthy() ? (report.warnings().isEmpty() ? "page.healthy" : "page.warnings")
                : "page.unhealthy"));
        model.put("checkedAt", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .format(Instant.parse(report.checkedAt()).atZone(STOCKHOLM)));
        model.put("checks", rows);
        model.put("problems", report.problems().stream().filter(p -> !p.startsWith("check ")).toList());
        model.put("bundleCount", report.bundles().size());
        model.put("componentCount", report.components().size());
        return renderer.render("status.vm", model).html();
    }
}
