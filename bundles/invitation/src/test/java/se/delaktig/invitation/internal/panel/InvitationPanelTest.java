package se.delaktig.invitation.internal.panel;

import se.delaktig.invitation.internal.service.StaffInvitations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.delaktig.api.invitation.AddressKind;
import se.delaktig.api.invitation.InvitationOptions;
import se.delaktig.api.invitation.InvitationStatus;
import se.delaktig.host.api.panel.PanelContent;
import se.delaktig.host.api.panel.PanelRequest;
import se.delaktig.web.api.CsrfTokens;

class InvitationPanelTest {

    static final String STYLESHEET = "/delaktig/static/invitations/panel-abc.css";
    private static final CsrfTokens TOKENS = new CsrfTokens() {
        @Override
        public String issue(String subject) {
            return "token-for-" + subject;
        }

        @Override
        public boolean verify(String subject, String token) {
            return token.equals(issue(subject));
        }
    };

    private final PanelNotices notices = new PanelNotices();

    private PanelContent render(FakeInvitations service, String language) {
        return render(service, language, "");
    }

    private PanelContent render(FakeInvitations service, String language, String defaultChannel) {
        InvitationPanel panel = new InvitationPanel(service, TOKENS, notices,
                new PanelRenderer(ZoneId.of("Europe/Stockholm"), 7, STYLESHEET, defaultChannel));
        return panel.render(new PanelRequest("case-1", FakeInvitations.ANNA, Locale.forLanguageTag(language),
                "/host/cases/case-1")).orElseThrow();
    }

    @Test
    void theFormReachesSentInAtMostThreeClicks() {
        PanelContent content = render(new FakeInvitations(false), "sv");
        String html = content.html();
        assertEquals("Frågor till barnet", content.title());
        assertEquals(List.of(STYLESHEET), content.stylesheetUrls());
        assertTrue(html.contains("<form method=\"post\" action=\"/delaktig/api/cases/case-1/invitations\""), html);
        assertTrue(html.contains("name=\"csrf\" value=\"token-for-staff-01\""));
        assertTrue(Pattern.compile("name=\"idempotency_key\" value=\"[A-Za-z0-9_-]{24}\"").matcher(html).find());
        // every choice is preselected: typing the number and one click on Send is enough
        assertEquals(1, count(html, "name=\"questionnaire\" id=\"dlk-q-0\" value=\"barn-8-12\" checked"));
        assertEquals(0, count(html, "value=\"extra\" checked"), "only the first questionnaire is preselected");
        assertTrue(html.contains("value=\"host-sms\" checked"), html);
        assertFalse(html.contains("value=\"email\""), "an unavailable channel is not offered");
        assertTrue(html.contains("value=\"print\">"));
        assertEquals(1, count(html, "<button type=\"submit\" class=\"dlk-primary\">Skicka</button>"));
        assertTrue(html.contains("<input type=\"text\" id=\"dlk-address\" name=\"address\" autocomplete=\"off\""));
        assertTrue(html.contains("<label for=\"dlk-address\">Mobilnummer eller e-postadress</label>"));
        assertTrue(html.contains("aria-describedby=\"dlk-address-hint\""));
        assertEquals(2, count(html, "<fieldset>"));
        assertEquals(2, count(html, "<legend>"));
        assertTrue(html.contains("<option value=\"sv\" lang=\"sv\" selected>Svenska</option>"));
        assertFalse(html.contains("dlk-protected-warning"), "no warning without a protected identity");
        assertFalse(html.contains("confirm_protected"));
        assertNoScriptsOrInlineStyles(html);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void aDraftQuestionnaireIsLabelledAsNotYetReviewed(String language) {
        String html = render(new FakeInvitations(false), language).html();
        String draft = language.equals("sv") ? "utkast, ännu inte granskat" : "draft, not yet reviewed";
        assertEquals(1, count(html, "<span class=\"dlk-draft\">– " + draft + "</span>"), html);
        Matcher extra = Pattern.compile("<label for=\"dlk-q-1\">[^<]*<span class=\"dlk-draft\">").matcher(html);
        assertTrue(extra.find(), "the label of the draft names it, so screen readers read it too");
    }

    @Test
    void aFreshIdempotencyKeyPerRendering() {
        FakeInvitations service = new FakeInvitations(false);
        assertNotEquals(key(render(service, "sv").html()), key(render(service, "sv").html()));
    }

    @Test
    void aProtectedIdentityPreselectsTheCodeInPersonAndAsksForConfirmation() {
        String html = render(new FakeInvitations(true), "sv").html();
        assertTrue(html.contains("value=\"print\" checked"), html);
        assertFalse(html.contains("value=\"host-sms\" checked"));
        assertTrue(html.contains("<div class=\"dlk-warning\" id=\"dlk-protected-warning\">"));
        assertTrue(html.contains("Barnet har skyddade personuppgifter."));
        assertTrue(html.contains("<input type=\"checkbox\" id=\"dlk-confirm\" name=\"confirm_protected\" value=\"yes\""
                + " aria-describedby=\"dlk-protected-warning\">"));
        assertFalse(html.contains("name=\"confirm_protected\" value=\"yes\" checked"), "never confirmed in advance");
        assertTrue(html.contains("<label for=\"dlk-confirm\">"));
    }

    @Test
    void withoutASuggestionFromTheServiceNothingIsCheckedForAProtectedIdentity() {
        FakeInvitations service = new FakeInvitations(true);
        InvitationOptions o = service.options;
        service.options = new InvitationOptions(o.caseId(), true, true, 9, o.questionnaires(), o.channels(), null,
                o.defaultExpiry());
        assertNull(checkedChannel(render(service, "en", "host-sms").html()), "never SMS or e-mail by configuration");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void everyStatusInWordsWithTheButtonsItAllows(String language) {
        FakeInvitations service = new FakeInvitations(false);
        for (InvitationStatus status : InvitationStatus.values()) {
            service.views.add(FakeInvitations.view("id-" + status, status, "+467••••••67",
                    status == InvitationStatus.DELIVERY_FAILED ? "SMS gateway answered HTTP 500" : null));
        }
        String html = render(service, language).html();
        List<String> words = language.equals("sv")
                ? List.of("Skapad", "Skickad", "Kunde inte skickas", "Öppnad", "Påbörjad", "Besvarad", "Har gått ut", "Återkallad")
                : List.of("Created", "Sent", "Delivery failed", "Opened", "In progress", "Answered", "Expired", "Revoked");
        InvitationStatus[] statuses = InvitationStatus.values();
        for (int i = 0; i < statuses.length; i++) {
            String row = row(html, "id-" + statuses[i]);
            String css = statuses[i].name().toLowerCase(Locale.ROOT).replace('_', '-');
            assertTrue(row.contains("<span class=\"dlk-status dlk-status-" + css + "\">" + words.get(i) + "</span>"), row);
            assertEquals(statuses[i].canSend(), row.contains("/id-" + statuses[i] + "/resend"), row);
            assertEquals(!statuses[i].isFinal(), row.contains("/id-" + statuses[i] + "/revoke"), row);
            assertEquals(!statuses[i].isFinal(), row.contains("/id-" + statuses[i] + "/extend"), row);
            assertEquals(count(row, "<form "), count(row, "name=\"csrf\" value=\"token-for-staff-01\""), "csrf in every form");
        }
        assertTrue(row(html, "id-DELIVERY_FAILED").contains("SMS gateway answered HTTP 500"));
        assertTrue(row(html, "id-ANSWERED").contains(language.equals("sv") ? "Inga" : "None"));
        assertTrue(html.contains(language.equals("sv") ? "Förläng 7 dagar" : "Extend 7 days"));
        assertTrue(html.contains("+467••••••67"));
    }

    @Test
    void hostileValuesAreEscaped() {
        FakeInvitations service = new FakeInvitations(false);
        InvitationOptions o = service.options;
        service.options = new InvitationOptions(o.caseId(), true, false, 9,
                List.of(new InvitationOptions.QuestionnaireChoice("q\"><script>alert(1)</script>", "1",
                        "<img src=x onerror=alert(2)>", 8, 12, List.of("sv"))),
                List.of(new InvitationOptions.ChannelChoice("c'x", "<b>SMS</b>", se.delaktig.api.invitation.AddressKind.PHONE,
                        true, false)), "c'x", o.defaultExpiry());
        service.views.add(FakeInvitations.view("i\"d", InvitationStatus.DELIVERY_FAILED, "<svg onload=alert(3)>",
                "<script>alert(4)</script>"));
        String html = render(service, "en").html();
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("<svg"), html);
        assertFalse(html.contains("<b>"), html);
        assertTrue(html.contains("&lt;img src=x onerror=alert(2)&gt;"));
        assertTrue(html.contains("value=\"q&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""));
        assertTrue(html.contains("value=\"c&#39;x\" checked"));
        assertTrue(html.contains("/invitations/i%22d/revoke"), "ids are percent-encoded in actions");
        assertTrue(html.contains("<tr data-invitation=\"i&quot;d\">"));
        assertNoScriptsOrInlineStyles(html);
    }

    @Test
    void aNoticeIsShownOnceAndInThePanelLanguage() {
        FakeInvitations service = new FakeInvitations(false);
        notices.put("staff-01", "case-1", Notice.error("problem.phone.invalid"));
        String first = render(service, "en").html();
        assertTrue(first.contains("<p class=\"dlk-notice dlk-notice-error\" role=\"alert\"><strong>That did not work:</strong>"
                + " The mobile number cannot be used."), first);
        assertFalse(render(service, "en").html().contains("role=\"alert\""));
        notices.put("staff-01", "case-1", Notice.ok("notice.extended", "2026-12-13 10:00"));
        assertTrue(render(service, "sv").html().contains("role=\"status\">Inbjudan gäller nu till 2026-12-13 10:00.</p>"));
    }

    @Test
    void noFormWhenTheCaseIsClosedOrNothingFits() {
        FakeInvitations service = new FakeInvitations(false);
        InvitationOptions o = service.options;
        service.options = new InvitationOptions(o.caseId(), false, false, 9, o.questionnaires(), o.channels(),
                o.defaultChannelId(), o.defaultExpiry());
        String closed = render(service, "sv").html();
        assertFalse(closed.contains("class=\"dlk-send\""));
        assertTrue(closed.contains("Ärendet är avslutat."));
        service.options = new InvitationOptions(o.caseId(), true, false, null, List.of(), o.channels(), null, o.defaultExpiry());
        assertTrue(render(service, "en").html().contains("The child&#39;s age is unknown"));
    }

    @Test
    void aLanguageWithoutTextsFallsBackToSwedishExplicitly() {
        PanelContent content = render(new FakeInvitations(false), "fi");
        assertEquals("Frågor till barnet", content.title());
        assertTrue(content.html().contains("lang=\"sv\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void revokeAsksInThePanelOnceWithTheRealButtonAndAWayBack(String language) {
        FakeInvitations service = new FakeInvitations(false);
        service.views.add(FakeInvitations.view("i1", InvitationStatus.SENT, "+467••••••67", null));
        service.views.add(FakeInvitations.view("i2", InvitationStatus.SENT, "+467••••••99", null));
        String plain = render(service, language).html();
        assertFalse(plain.contains("dlk-confirm-box"));
        assertFalse(row(plain, "i1").contains("name=\"confirm\""), "the list's Revoke only asks");

        notices.ask("staff-01", "case-1", new Confirmation(Confirmation.Action.REVOKE, "i1"));
        String html = render(service, language).html();
        String box = html.substring(html.indexOf("<tr class=\"dlk-confirm-row\">"));
        box = box.substring(0, box.indexOf("</tr>"));
        assertTrue(html.indexOf("dlk-confirm-row") > html.indexOf("data-invitation=\"i1\"")
                && html.indexOf("dlk-confirm-row") < html.indexOf("data-invitation=\"i2\""), "right under its row");
        assertTrue(box.contains("<div class=\"dlk-confirm-box dlk-confirm-revoke\" id=\"dlk-confirm\" tabindex=\"-1\""
                + " role=\"group\" aria-labelledby=\"dlk-confirm-question\">"), box);
        assertTrue(box.contains(language.equals("sv")
                ? "<strong>Vill du återkalla inbjudan?</strong> Barnet kan då inte längre svara med den här koden."
                : "<strong>Revoke this invitation?</strong> The child can no longer answer with this code."), box);
        assertTrue(box.contains("+467••••••67") && !box.contains("+467••••••99"), "says which invitation");
        assertTrue(box.contains("<form method=\"post\" action=\"/delaktig/api/cases/case-1/invitations/i1/revoke\">"
                + "<input type=\"hidden\" name=\"csrf\" value=\"token-for-staff-01\">"), box);
        assertTrue(box.contains("<button type=\"submit\" name=\"confirm\" value=\"yes\" class=\"dlk-danger\">"
                + (language.equals("sv") ? "Återkalla" : "Revoke") + "</button> <button type=\"submit\" name=\"confirm\""
                + " value=\"no\" class=\"dlk-cancel\">" + (language.equals("sv") ? "Avbryt" : "Cancel") + "</button></form>"), box);
        assertEquals(1, count(html, "dlk-confirm-row"));
        assertNoScriptsOrInlineStyles(html);
        assertFalse(render(service, language).html().contains("dlk-confirm-box"), "asked once: a reload is a cancel");
    }

    @Test
    void sendAgainAsksWithTheDeliveryCountAndAQuestionNoLongerValidIsDropped() {
        FakeInvitations service = new FakeInvitations(false);
        service.views.add(FakeInvitations.view("i1", InvitationStatus.SENT, "+467••••••67", null));
        service.views.add(FakeInvitations.view("done", InvitationStatus.ANSWERED, null, null));
        String plain = render(service, "sv").html();
        assertTrue(row(plain, "i1").contains("<input type=\"hidden\" name=\"send_count\" value=\"1\"><button type=\"submit\">"
                + "Skicka igen</button>"), row(plain, "i1"));
        notices.ask("staff-01", "case-1", new Confirmation(Confirmation.Action.RESEND, "i1"));
        String html = render(service, "sv").html();
        assertTrue(html.contains("<strong>Vill du skicka inbjudan igen?</strong> Barnet får en ny kod, och koden som redan"
                + " har skickats slutar fungera."), html);
        assertTrue(html.contains("action=\"/delaktig/api/cases/case-1/invitations/i1/resend\"><input type=\"hidden\" name=\"csrf\""
                + " value=\"token-for-staff-01\"><input type=\"hidden\" name=\"ui\" value=\"sv\"><input type=\"hidden\""
                + " name=\"send_count\" value=\"1\"><button type=\"submit\" name=\"confirm\" value=\"yes\""
                + " class=\"dlk-primary\">Skicka igen</button>"), html);
        assertTrue(html.contains("Inbjudan skapad 2026-11-22 10:00 (SMS, +467••••••67)"), html);

        notices.ask("staff-01", "case-1", new Confirmation(Confirmation.Action.REVOKE, "done"));
        assertFalse(render(service, "sv").html().contains("dlk-confirm-box"), "an answered invitation cannot be revoked");
        notices.ask("staff-01", "case-1", new Confirmation(Confirmation.Action.REVOKE, "gone"));
        assertFalse(render(service, "sv").html().contains("dlk-confirm-box"));
    }

    @Test
    void hostileValuesInTheQuestionAreEscaped() {
        FakeInvitations service = new FakeInvitations(false);
        service.views.add(FakeInvitations.view("i\"1", InvitationStatus.SENT, "<svg onload=alert(1)>", null));
        notices.ask("staff-01", "case-1", new Confirmation(Confirmation.Action.REVOKE, "i\"1"));
        String html = render(service, "en").html();
        assertTrue(html.contains("dlk-confirm-box"));
        assertFalse(html.contains("<svg"), html);
        assertTrue(html.contains("/invitations/i%221/revoke\"><input type=\"hidden\" name=\"csrf\""));
        assertNoScriptsOrInlineStyles(html);
    }

    @Test
    void theDefaultChannelIsSmsThenEmailThenInPersonUnlessConfigured() {
        FakeInvitations service = new FakeInvitations(false);
        InvitationOptions o = service.options;
        List<InvitationOptions.ChannelChoice> all = List.of(
                new InvitationOptions.ChannelChoice("host-email", "E-post", AddressKind.EMAIL, true, false),
                new InvitationOptions.ChannelChoice("host-sms", "SMS", AddressKind.PHONE, true, false),
                new InvitationOptions.ChannelChoice("print", "Kod", AddressKind.NONE, true, true));
        // the service suggests by the same rule the REST options give
        service.options = new InvitationOptions(o.caseId(), true, false, 9, o.questionnaires(), all,
                StaffInvitations.defaultChannel(all, false), o.defaultExpiry());
        assertEquals("host-sms", checkedChannel(render(service, "sv").html()));
        assertEquals("host-email", checkedChannel(render(service, "sv", "host-email").html()));
        assertEquals("print", checkedChannel(render(service, "sv", "print").html()));
        assertEquals("host-sms", checkedChannel(render(service, "sv", "sms").html()), "configured but not available");

        service.options = new InvitationOptions(o.caseId(), true, false, 9, o.questionnaires(), List.of(all.get(0),
                new InvitationOptions.ChannelChoice("host-sms", "SMS", AddressKind.PHONE, false, false), all.get(2)),
                "host-email", o.defaultExpiry());
        assertEquals("host-email", StaffInvitations.defaultChannel(service.options.channels(), false));
        assertEquals("host-email", checkedChannel(render(service, "sv").html()));
        service.options = new InvitationOptions(o.caseId(), true, false, 9, o.questionnaires(), List.of(all.get(2)),
                "print", o.defaultExpiry());
        assertEquals("print", checkedChannel(render(service, "sv").html()));
    }

    @Test
    void aProtectedIdentityIgnoresTheConfiguredChannelAndNeverPreselectsSms() {
        FakeInvitations service = new FakeInvitations(true);
        assertEquals("print", checkedChannel(render(service, "sv", "host-sms").html()));
        InvitationOptions o = service.options;
        service.options = new InvitationOptions(o.caseId(), true, true, 9, o.questionnaires(),
                List.of(new InvitationOptions.ChannelChoice("host-sms", "SMS", AddressKind.PHONE, true, false)), null,
                o.defaultExpiry());
        String html = render(service, "sv", "host-sms").html();
        assertEquals(null, checkedChannel(html), "nothing checked without a hand-over channel");
        assertTrue(html.contains("dlk-protected-warning"));
    }

    private static String checkedChannel(String html) {
        Matcher m = Pattern.compile("name=\"channel\" id=\"[^\"]+\" value=\"([^\"]+)\" checked").matcher(html);
        return m.find() ? m.group(1) : null;
    }

    static void assertNoScriptsOrInlineStyles(String html) {
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), "no script");
        assertFalse(html.contains("style="), "no inline style");
        assertFalse(Pattern.compile("<[^>]*\\son[a-z]+=").matcher(html).find(), "no event handler attribute");
    }

    private static String key(String html) {
        Matcher m = Pattern.compile("name=\"idempotency_key\" value=\"([^\"]+)\"").matcher(html);
        assertTrue(m.find());
        return m.group(1);
    }

    private static String row(String html, String id) {
        int start = html.indexOf("<tr data-invitation=\"" + id + "\">");
        assertTrue(start >= 0, id);
        return html.substring(start, html.indexOf("</tr>", start));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
