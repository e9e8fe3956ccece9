package se.delaktig.caseworker.internal.panel;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.delaktig.caseworker.internal.result.AnswerRow;
import se.delaktig.caseworker.internal.result.ResponseResult;
import se.delaktig.web.render.HtmlRenderer;
import se.delaktig.web.render.MessageCatalog;
import se.delaktig.web.render.Messages;
import se.delaktig.web.render.TrustedHtml;

/** Renders the panel and the result pages from this bundle's templates and texts; every value is escaped. */
public final class Views {

    /** The plugin's path on the site. */
    public static final String CONTEXT_PATH = "/delaktig";
    /** The result endpoints of a case: {@code /delaktig/api/cases/{caseId}/results}. */
    public static final String API_PATH = CONTEXT_PATH + "/api/cases/";
    static final String TEMPLATES = "se/delaktig/caseworker/templates";

    /**
     * @param caseId an opaque case id from the host (any characters)
     * @return {@code /delaktig/api/cases/<caseId, percent-encoded>}, the root of a case's endpoints
     */
    public static String casePath(String caseId) {
        return API_PATH + java.net.URLEncoder.encode(caseId, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
    static final String TEXTS = "se/delaktig/caseworker/i18n/results";

    /**
     * A group of answers under one heading.
     *
     * @param key  {@code danger}, {@code attention}, {@code words} or {@code domain.<code>}
     * @param rows the answers
     */
    public record Group(String key, List<AnswerRow> rows) { }

    private final HtmlRenderer html;
    private final MessageCatalog catalog;
    private final ZoneId zone;

    /** @param zone the time zone of the dates shown */
    public Views(ZoneId zone) {
        ClassLoader loader = Views.class.getClassLoader();
        this.html = HtmlRenderer.create(loader, TEMPLATES);
        this.catalog = MessageCatalog.of(loader, TEXTS);
        this.zone = zone;
    }

    /** @return the time zone of the dates shown */
    public ZoneId zone() {
        return zone;
    }

    /** @return the stylesheet's fingerprinted URL (served by the web bundle, see {@link Stylesheet}) */
    public String stylesheetUrl() {
        return Stylesheet.url();
    }

    /** @return the language for a locale: one the texts exist in, else Swedish (never the JVM's) */
    public String language(Locale locale) {
        String wanted = locale == null ? "" : locale.getLanguage();
        return catalog.languages().contains(wanted) ? wanted : "sv";
    }

    /** @return the texts of a supported language */
    public Messages texts(String language) {
        return catalog.messages(language);
    }

    /** @return the best language of a request's preferences, or {@code explicit} when supported */
    public String language(String explicit, Iterable<Locale> preferred) {
        if (explicit != null && catalog.languages().contains(explicit)) {
            return explicit;
        }
        return catalog.best(preferred, "sv").language();
    }

    /**
     * @param rows answers ordered by {@code ResultOrdering}
     * @return them under headings: danger, attention, the child's words, then one per domain
     */
    public static List<Group> groups(List<AnswerRow> rows) {
        List<Group> out = new ArrayList<>();
        String current = null;
        List<AnswerRow> bucket = null;
        for (AnswerRow row : rows) {
            String key = row.group() < 3 ? row.groupName() : "domain." + row.domainCode();
            if (!key.equals(current)) {
                bucket = new ArrayList<>();
                out.add(new Group(key, bucket));
                current = key;
            }
            bucket.add(row);
        }
        return out;
    }

    /** @return the escaped answers of one response (heading, version, date, groups) */
    public TrustedHtml answers(ResponseResult result, String language, String headingTag) {
        Map<String, Object> model = base(language);
        model.put("r", result);
        model.put("groups", groups(result.rows()));
        model.put("h", headingTag);
        return html.render("answers.vm", model);
    }

    /** @return a fragment or page rendered from {@code template} with the texts and formatter of {@code language} */
    public TrustedHtml render(String template, String language, Map<String, ?> values) {
        Map<String, Object> model = base(language);
        model.putAll(values);
        return html.render(template, model);
    }

    /** @return a whole page around {@code body} */
    public String page(String language, String title, String returnUrl, TrustedHtml body, boolean print) {
        Map<String, Object> model = base(language);
        model.put("title", title);
        model.put("css", stylesheetUrl());
        model.put("returnUrl", returnUrl == null ? "" : returnUrl);
        model.put("body", body);
        model.put("print", print);
        return html.render("page.vm", model).html();
    }

    private Map<String, Object> base(String language) {
        Map<String, Object> model = new HashMap<>();
        model.put("t", catalog.messages(language));
        model.put("lang", language);
        model.put("fmt", new Formats(zone));
        return model;
    }

    /** Date formatting for templates. */
    public static final class Formats {
        private final DateTimeFormatter time;
        private final DateTimeFormatter day;

        Formats(ZoneId zone) {
            this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(zone);
            this.day = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(zone);
        }

        /** @return date and time */
        public String time(java.time.Instant instant) {
            return instant == null ? "" : time.format(instant);
        }

        /** @return the date */
        public String day(java.time.Instant instant) {
            return instant == null ? "" : day.format(instant);
        }
    }
}
