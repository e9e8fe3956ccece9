package se.delaktig.portal.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.delaktig.api.questionnaire.Answer;
import se.delaktig.api.questionnaire.AnswerOption;
import se.delaktig.api.questionnaire.Item;
import se.delaktig.api.questionnaire.ItemType;
import se.delaktig.api.questionnaire.Picture;
import se.delaktig.api.questionnaire.Questionnaire;
import se.delaktig.web.render.HtmlRenderer;
import se.delaktig.web.render.MessageCatalog;
import se.delaktig.web.render.Messages;
import se.delaktig.web.render.TrustedHtml;

/** Renders the portal's pages: a body template inside the common layout, all escaped. */
final class Pages {

    static final String ROOT = "/delaktig/portal";

    private final HtmlRenderer renderer;
    private final MessageCatalog texts;
    /** Each language's texts, looked up once: a page asks several times, and a bundle lookup is not free. */
    private final Map<String, Messages> byLanguage;

    Pages(ClassLoader loader) {
        this.renderer = HtmlRenderer.create(loader, "templates");
        this.texts = MessageCatalog.of(loader, "i18n/portal");
        Map<String, Messages> messages = new HashMap<>();
        texts.languages().forEach(l -> messages.put(l, texts.messages(l)));
        this.byLanguage = Map.copyOf(messages);
    }

    List<String> languages() {
        return texts.languages();
    }

    Messages texts(String language) {
        Messages m = language == null ? null : byLanguage.get(language);
        return m != null ? m : byLanguage.get("sv");
    }

    /**
     * @param language  the page's language
     * @param title     text key of the title
     * @param template  the body template
     * @param model     the body's values
     * @param here      the page's own path for the language links, or null for none
     * @param readAloud whether read-aloud starts on
     */
    String page(String language, String titleText, String template, Map<String, Object> model, String here,
            boolean readAloud) {
        Messages t = texts(language);
        Map<String, Object> body = new HashMap<>(model);
        body.put("t", t);
        body.put("root", ROOT);
        TrustedHtml content = renderer.render(template, body);
        Map<String, Object> layout = new HashMap<>();
        layout.put("t", t);
        layout.put("root", ROOT);
        layout.put("lang", t.language());
        layout.put("dir", t.get("dir"));
        layout.put("title", titleText);
        layout.put("css", PortalAssets.url("portal.css"));
        layout.put("js", PortalAssets.url("portal.js"));
        layout.put("content", content);
        layout.put("autoread", readAloud ? "on" : "off");
        List<Map<String, String>> switches = new ArrayList<>();
        if (here != null) {
            for (String other : texts.languages()) {
                if (!other.equals(t.language())) {
                    String sep = here.contains("?") ? "&" : "?";
                    switches.add(Map.of("href", here + sep + "lang=" + other, "lang", other,
                            "name", texts(other).get("language.name")));
                }
            }
        }
        layout.put("switches", switches);
        return renderer.render("layout.vm", layout).html();
    }

    /** The model of one question or information page. */
    Map<String, Object> question(Questionnaire q, Journey journey, Item item, String language, Answer shown,
            long revision, String csrf, String error, boolean fromReview) {
        String fallback = q.defaultLanguage();
        Messages t = texts(language);
        Map<String, Object> m = new HashMap<>();
        m.put("linkId", item.linkId());
        m.put("text", item.text().get(language, fallback));
        m.put("info", !item.type().answerable());
        m.put("explanation", item.explanation() == null ? "" : item.explanation().get(language, fallback));
        m.put("picture", picture(q, item.picture(), language));
        m.put("audio", audio(q, item.audio().get(language)));
        int number = journey.number(item.linkId());
        m.put("progress", number == 0 ? "" : t.get("progress", number, journey.questions().size()));
        m.put("group", journey.group(item.linkId()).map(g -> g.text().get(language, fallback)).orElse(""));
        m.put("csrf", csrf);
        m.put("rev", Long.toString(revision));
        m.put("error", error == null ? "" : t.get(error));
        m.put("hasBack", journey.previous(item.linkId()).isPresent());
        m.put("fromReview", fromReview);
        m.put("decline", item.type().answerable() && item.declineAllowed());
        m.put("declined", shown != null && shown.declined());
        m.put("faces", item.type() == ItemType.FACES);
        m.put("multiple", item.type() == ItemType.MULTIPLE_CHOICE);
        m.put("choice", item.type().choice());
        m.put("textItem", item.type() == ItemType.TEXT || item.type() == ItemType.LONG_TEXT);
        m.put("long", item.type() == ItemType.LONG_TEXT);
        m.put("maxLength", Integer.toString(item.maxLength() > 0 ? item.maxLength() : 200));
        m.put("textValue", shown == null || shown.text() == null ? "" : shown.text());
        m.put("tellMore", item.tellMore());
        m.put("tellMorePrompt", item.tellMorePrompt() == null ? t.get("tellmore.prompt")
                : item.tellMorePrompt().get(language, fallback));
        m.put("tellMoreValue", shown == null || shown.tellMore() == null ? "" : shown.tellMore());
        m.put("tellMoreMax", Integer.toString(Item.TELL_MORE_MAX_LENGTH));
        List<Map<String, Object>> options = new ArrayList<>();
        int i = 0;
        for (AnswerOption o : item.answerOption()) {
            Map<String, Object> om = new HashMap<>();
            om.put("id", "o" + i++);
            om.put("code", o.code());
            om.put("text", o.text().get(language, fallback));
            om.put("checked", shown != null && shown.codes().contains(o.code()));
            om.put("explanation", o.explanation() == null ? "" : o.explanation().get(language, fallback));
            om.put("audio", audio(q, o.audio().get(language)));
            if (item.type() == ItemType.FACES) {
                om.put("picture", Map.of("src", PortalAssets.url("face-" + o.code() + ".svg"), "alt", ""));
            } else {
                om.put("picture", picture(q, o.picture(), language));
            }
            options.add(om);
        }
        m.put("options", options);
        return m;
    }

    private Object picture(Questionnaire q, Picture picture, String language) {
        if (picture == null) {
            return "";
        }
        return Map.of("src", resourceUrl(q, picture.file()), "alt", picture.alt().get(language, q.defaultLanguage()));
    }

    private String audio(Questionnaire q, String file) {
        return file == null ? "" : resourceUrl(q, file);
    }

    static String resourceUrl(Questionnaire q, String file) {
        return AssetContext.BASE + "/q/" + q.id() + "/" + q.version() + "/" + file;
    }

    /** @return a child's answer in words for the review page */
    static String describe(Item item, Answer a, String language, String fallback, Messages t) {
        if (a == null) {
            return t.get("review.none");
        }
        if (a.declined()) {
            return t.get("review.declined");
        }
        if (!a.codes().isEmpty()) {
            List<String> labels = new ArrayList<>();
            for (String code : a.codes()) {
                AnswerOption o = item.option(code);
                labels.add(o == null ? code : o.text().get(language, fallback));
            }
            return String.join(", ", labels);
        }
        return a.text() == null ? "" : a.text();
    }
}
