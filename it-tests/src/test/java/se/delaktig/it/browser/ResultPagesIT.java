package se.delaktig.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The result view in Chromium, Swedish and English: a caseworker lets the child answer together
 * twice (the panel's "answer together", through the portal) and starts an intervention in the host
 * between the two; the case page with the danger flag after the first response, with the result
 * panel after the second (visibly marked answered together), compare with the intervention between
 * the two, history with its marker, its list and the follow-up form's charts, compare with the
 * follow-up form, and print have zero axe violations; so has the caseworker's follow-up form,
 * empty, with what is missing marked, and the case page after it is sent.
 */
class ResultPagesIT extends BrowserTestSupport {

    @BeforeAll
    static void start() {
        startDemoAndBrowser(DemoServer.WITHOUT_HISTORY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void theResultPanelHistoryCompareAndPrintPagesAreAccessible(String language) {
        try (BrowserContext context = chromium.browser.newContext(
                new com.microsoft.playwright.Browser.NewContextOptions().setLocale(language))) {
            Page page = signIn(context, "anna", language);
            String casePath = emptyCase(page, language);
            String base = "/delaktig/api/cases/" + casePath.substring("/host/cases/".length()) + "/results";

            // the first option of every question: a danger answer in each standard questionnaire, so the panel has the flag
            answerTogether(page, casePath, language, 0);
            page.navigate(server.url(casePath + "?lang=" + language));
            assertEquals(1, page.locator("#panel-delaktig-results .dlk-res-alert[role=alert]").count(), page.content());
            Accessibility.assertNoViolations(page);

            // an intervention started in the host between the two responses, through the case page's own form
            String label = "Insats " + language + " " + System.nanoTime();
            page.fill("#intervention-label", label);
            page.click("form[action$='/interventions/start'] button[type=submit]");
            page.waitForLoadState();
            page.navigate(server.url(casePath + "?lang=" + language));
            assertTrue(page.content().contains(label), "the host lists the intervention");

            answerTogether(page, casePath, language, 1);
            page.navigate(server.url(casePath + "?lang=" + language));
            assertEquals(1, page.locator("#panel-delaktig-results .dlk-res").count(), page.content());
            assertTrue(page.locator("#panel-delaktig-results .dlk-res-links a").count() >= 4);
            assertEquals(language.equals("sv") ? "besvarat tillsammans med handläggare" : "answered together with a caseworker",
                    page.locator("#panel-delaktig-results .dlk-res-meta strong").first().textContent(),
                    "the visible answered-together marker");
            Accessibility.assertNoViolations(page);

            // the two child responses with the intervention started between them
            page.navigate(server.url(base + "/compare?lang=" + language));
            assertEquals(language, page.getAttribute("html", "lang"));
            assertEquals(1, page.locator("table.dlk-res-compare").count(), page.content());
            assertTrue(page.locator(".dlk-res-between .dlk-res-interventions li").allTextContents().stream()
                    .anyMatch(li -> li.contains(label)), page.content());
            Accessibility.assertNoViolations(page);

            // a follow-up form too, so that history has the follow-up charts under their own headings
            fillInFollowUp(page, casePath, language);
            page.navigate(server.url(base + "/history?lang=" + language));
            assertEquals(language, page.getAttribute("html", "lang"));
            assertTrue(page.locator("svg[role=img]").count() > 0, page.content());
            assertTrue(page.locator("table").count() > 0);
            assertTrue(page.locator("svg[role=img] g.dlk-res-start").count() > 0, "the intervention marked: " + page.content());
            assertTrue(page.locator("ul.dlk-res-interventions li").allTextContents().stream()
                    .anyMatch(li -> li.contains(label)), "and listed under the charts");
            String followUpHeading = language.equals("sv") ? "Uppföljning (handläggare): " : "Follow-up form (caseworker): ";
            assertTrue(page.locator("section.dlk-res-chart h2").allTextContents().stream()
                    .anyMatch(h -> h.startsWith(followUpHeading)), "the follow-up charts' headings: " + page.content());
            Accessibility.assertNoViolations(page);

            // the default pair now ends with the follow-up form: questions asked in only one of them
            page.navigate(server.url(base + "/compare?lang=" + language));
            assertEquals(1, page.locator("table.dlk-res-compare").count(), page.content());
            Accessibility.assertNoViolations(page);

            page.navigate(server.url(base + "/print?lang=" + language));
            assertEquals(language, page.getAttribute("html", "lang"));
            Accessibility.assertNoViolations(page);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void theFollowUpFormIsAccessibleEmptyWithErrorsAndSent(String language) {
        try (BrowserContext context = chromium.browser.newContext(
                new com.microsoft.playwright.Browser.NewContextOptions().setLocale(language))) {
            Page page = signIn(context, "anna", language);
            String casePath = emptyCase(page, language);

            // the caseworker's follow-up form: empty, then sent with nothing chosen (errors marked), then filled in
            String form = "/delaktig/api/cases/" + casePath.substring("/host/cases/".length()) + "/followup";
            page.navigate(server.url(form + "?lang=" + language));
            assertTrue(page.locator("form.dlk-res-form fieldset").count() > 10, page.content());
            Accessibility.assertNoViolations(page);
            page.click("form.dlk-res-form button[type=submit]");
            page.waitForLoadState();
            assertTrue(page.locator("#dlk-fu-errors").count() == 1, page.content());
            Accessibility.assertNoViolations(page);
            fillEveryFieldset(page);
            assertTrue(page.locator("#panel-delaktig-results .dlk-res").textContent().length() > 0);
            Accessibility.assertNoViolations(page);
        }
    }

    /** The caseworker's follow-up form for the case, the first option of every question, sent. */
    private static void fillInFollowUp(Page page, String casePath, String language) {
        page.navigate(server.url("/delaktig/api/cases/" + casePath.substring("/host/cases/".length()) + "/followup?lang="
                + language));
        fillEveryFieldset(page);
    }

    /** Checks the first option of every fieldset of the follow-up form and sends it: back on the case page. */
    private static void fillEveryFieldset(Page page) {
        for (com.microsoft.playwright.Locator fieldset : page.locator("form.dlk-res-form fieldset").all()) {
            fieldset.locator("input").first().check();
        }
        page.click("form.dlk-res-form button[type=submit]");
        page.waitForURL(url -> url.contains("/host/cases/"), new Page.WaitForURLOptions().setTimeout(20_000));
    }

    /** The panel's "answer together": the questionnaire opens in this browser; every question answered. */
    private static void answerTogether(Page page, String casePath, String language, int option) {
        page.navigate(server.url(casePath + "?lang=" + language));
        page.click("form.dlk-res-together button[type=submit]");
        page.waitForURL(url -> url.contains("/delaktig/portal/"), new Page.WaitForURLOptions().setTimeout(20_000));
        page.waitForLoadState();
        int pages = 0;
        while (!page.url().contains("/review")) {
            assertTrue(pages++ < 80, "too many pages: " + page.url());
            String before = page.url();
            int choices = page.locator("input[name=choice]").count();
            if (choices > 0) {
                page.locator("input[name=choice]").nth(Math.min(option, choices - 1)).check();
            }
            page.locator("button.primary, .primary[type=submit], a.primary").first().click();
            page.waitForURL(url -> !url.equals(before), new Page.WaitForURLOptions().setTimeout(20_000));
            page.waitForLoadState();
        }
        page.locator("button[type=submit].primary, form button[type=submit]").first().click();
        page.waitForURL(url -> url.contains("/thanks"), new Page.WaitForURLOptions().setTimeout(20_000));
    }

    /** The first of anna's cases whose result panel has no answers yet. */
    private static String emptyCase(Page page, String language) {
        page.navigate(server.url("/host/"));
        List<String> cases = page.locator("a[href^='/host/cases/']").all().stream().map(a -> a.getAttribute("href"))
                .distinct().toList();
        for (String path : cases) {
            page.navigate(server.url(path + "?lang=" + language));
            if (page.locator("#panel-delaktig-results form.dlk-res-together").count() == 1
                    && page.locator("#panel-delaktig-results .dlk-res-links").count() == 0
                    && page.locator("#dlk-protected-warning").count() == 0) {
                return path;
            }
        }
        throw new AssertionError("no case without answers");
    }
}
