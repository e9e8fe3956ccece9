package se.delaktig.invitation.internal.panel;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.delaktig.api.invitation.HandOver;
import se.delaktig.api.invitation.InvitationOptions;
import se.delaktig.api.invitation.InvitationView;
import se.delaktig.web.render.HtmlRenderer;
import se.delaktig.web.render.MessageCatalog;
import se.delaktig.web.render.Messages;

/** Renders the panel fragment and the one-time hand-over page from this bundle's templates and texts. */
public final class PanelRenderer {

    static final String TEMPLATES = "se/delaktig/invitation/panel/templates";
    static final String TEXTS = "se/delaktig/invitation/panel/i18n/panel";
    /** Where the hand-over page takes the printable sheet; escaped values can never contain {@code <!--}. */
    static final String SHEET_MARKER = "<!--delaktig:sheet-->";
    private static final String DEFAULT_LANGUAGE = "sv";

    /**
     * What one rendering of the panel shows.
     *
     * @param caseId         the case
     * @param language       the panel's language (supported by the catalog)
     * @param options        what the form offers, or {@code null} when the service could not say
     * @param invitations    the case's invitations, newest first
     * @param csrf           the form token for the signed-in staff member
     * @param idempotencyKey a fresh random key for the create form
     * @param notice         a notice from the last form post, or {@code null}
     * @param question       a question waiting for confirmation, or {@code null}
     */
    public record Input(String caseId, String language, InvitationOptions options, List<InvitationView> invitations,
            String csrf, String idempotencyKey, Notice notice, Confirmation question) { }

    private final HtmlRenderer html;
    private final MessageCatalog catalog;
    private final ZoneId zone;
    private final int extendDays;
    private final String stylesheetUrl;
    private final String defaultChannel;

    /** A renderer whose form checks the automatic default channel (SMS, else e-mail, else in person). */
    public PanelRenderer(ZoneId zone, int extendDays, String stylesheetUrl) {
        this(zone, extendDays, stylesheetUrl, "");
    }

    /**
     * @param zone           the time zone of the dates shown
     * @param extendDays     what the extend button adds
     * @param stylesheetUrl  the panel stylesheet's fingerprinted URL
     * @param defaultChannel the channel id the form checks when it is available; empty for automatic
     */
    public PanelRenderer(ZoneId zone, int extendDays, String stylesheetUrl, String defaultChannel) {
        ClassLoader loader = PanelRenderer.class.getClassLoader();
        this.html = HtmlRenderer.create(loader, TEMPLATES);
        this.catalog = MessageCatalog.of(loader, TEXTS);
        this.zone = zone;
        this.extendDays = extendDays;
        this.stylesheetUrl = stylesheetUrl;
        this.defaultChannel = defaultChannel == null ? "" : defaultChannel.trim();
    }

    /** @return the language of a locale when the panel has texts for it, otherwise Swedish (explicitly, not the JVM's) */
    public String language(Locale locale) {
        String wanted = locale == null ? "" : locale.getLanguage();
        return catalog.languages().contains(wanted) ? wanted : DEFAULT_LANGUAGE;
    }

    /** @return the language code when supported, otherwise Swedish */
    public String language(String code) {
        return code != null && catalog.languages().contains(code) ? code : DEFAULT_LANGUAGE;
    }

    /** @return the texts of a supported language */
    public Messages texts(String language) {
        return catalog.messages(language(language));
    }

    /** @return the panel's title in a language */
    public String title(String language) {
        return texts(language).get("panel.title");
    }

    /** @return the stylesheet's URL */
    public String stylesheetUrl() {
        return stylesheetUrl;
    }

    /** @return the panel's HTML fragment */
    public String panel(Input in) {
        Messages t = texts(in.language());
        InvitationOptions options = in.options();
        Map<String, Object> model = new HashMap<>();
        model.put("t", t);
        model.put("lang", t.language());
        model.put("csrf", in.csrf());
        model.put("hasNotice", in.notice() != null);
        model.put("noticeError", in.notice() != null && in.notice().error());
        model.put("noticeText", in.notice() == null ? "" : noticeText(t, in.notice()));
        model.put("available", options != null);
        List<PanelModel.ChannelOption> channels = options == null ? List.of()
                : PanelModel.channels(options, defaultChannel);
        boolean canCreate = options != null && options.caseOpen() && !options.questionnaires().isEmpty()
                && !channels.isEmpty();
        model.put("canCreate", canCreate);
        model.put("whyNot", options == null ? t.get("panel.unavailable") : whyNot(t, options));
        model.put("protectedIdentity", options != null && options.protectedIdentity());
        model.put("formAction", PanelLinks.create(in.caseId()));
        model.put("idempotencyKey", in.idempotencyKey());
        model.put("questionnaires", options == null ? List.of() : PanelModel.questionnaires(options, t));
        model.put("channels", channels);
        model.put("languages", PanelModel.languages(t));
        model.put("expiry", options == null ? "" : PanelModel.formatDate(options.defaultExpiry(), zone));
        List<PanelModel.Row> rows = PanelModel.rows(in.caseId(), in.invitations(), options, t, zone, in.question());
        model.put("rows", rows);
        model.put("extendLabel", t.get("action.extend", extendDays));
        PanelModel.Row asked = rows.stream().filter(PanelModel.Row::asked).findFirst().orElse(null);
        model.put("asking", asked == null ? "" : in.question().action().operation());
        model.put("which", asked == null ? "" : in.invitations().stream().filter(v -> v.id().equals(asked.id()))
                .findFirst().map(v -> v.maskedAddress() == null
                        ? t.get("confirm.whichNoAddress", asked.created(), asked.channel())
                        : t.get("confirm.which", asked.created(), asked.channel(), asked.address())).orElse(""));
        return html.render("panel.vm", model).html();
    }

    private static String whyNot(Messages t, InvitationOptions options) {
        if (!options.caseOpen()) {
            return t.get("send.closed");
        }
        if (options.questionnaires().isEmpty()) {
            return t.get(options.age() == null ? "send.ageUnknown" : "send.noQuestionnaire");
        }
        if (options.channels().stream().noneMatch(InvitationOptions.ChannelChoice::available)) {
            return t.get("send.noChannel");
        }
        return "";
    }

    /** @return the notice's text, its detail inserted (escaped later like every value) */
    public static String noticeText(Messages t, Notice notice) {
        return notice.detail() == null ? t.get(notice.key()) : t.get(notice.key(), notice.detail());
    }

    /**
     * The page a form post answers with when a print/in-person channel handed over a code: shown
     * once, never stored, never reachable again.
     *
     * @param language the caseworker's language
     * @param handOver the code, link and the channel's printable sheet
     * @param back     the case page (with the panel's fragment)
     * @param resent   whether this came from a resend (the earlier code stopped working)
     * @return a complete HTML page
     */
    public String handOverPage(String language, HandOver handOver, String back, boolean resent) {
        Messages t = texts(language);
        Map<String, Object> model = new HashMap<>();
        model.put("t", t);
        model.put("lang", t.language());
        model.put("stylesheet", stylesheetUrl);
        model.put("back", back);
        model.put("resent", resent);
        String page = html.render("handover.vm", model).html();
        String sheet = handOver.printable() != null ? handOver.printable()
                : html.render("handover-code.vm", Map.of("t", t, "code", handOver.shortCode(),
                        "portal", handOver.portalUrl())).html();
        int at = page.indexOf(SHEET_MARKER);
        return page.substring(0, at) + sheet + page.substring(at + SHEET_MARKER.length());
    }
}
