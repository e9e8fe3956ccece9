package se.delaktig.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The invitation panel on the case page in Chromium: accessible in both languages (also while it
 * asks to confirm Revoke or Send again), usable by keyboard alone.
 */
class InvitationPanelPagesIT extends BrowserTestSupport {

    @BeforeAll
    static void start() {
        startDemoAndBrowser(DemoServer.WITHOUT_HISTORY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void theCasePageWithThePanelTheListAndTheHandOverPageAreAccessible(String language) {
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = signIn(context, "anna", language);
            List<String> cases = casePaths(page);
            String plain = firstCase(page, cases, language, false);
            Accessibility.assertNoViolations(page);
            String protectedCase = firstCase(page, cases, language, true);
            assertTrue(page.locator("#dlk-protected-warning").isVisible());
            Accessibility.assertNoViolations(page);

            // an invitation in the list, with its buttons and a notice
            page.navigate(server.url(plain + "?lang=" + language));
            page.check("#panel-delaktig-invitations input[name=channel][value=host-sms]");
            page.fill("#dlk-address", "0701234567");
            page.click("#panel-delaktig-invitations button.dlk-primary");
            page.waitForURL(url -> url.contains("#panel-delaktig-invitations"), new Page.WaitForURLOptions().setTimeout(20_000));
            assertEquals(1, page.locator("tr[data-invitation]").count());
            Accessibility.assertNoViolations(page);

            // Revoke asks in the panel first: the question, its button and Cancel
            page.click("tr[data-invitation] button.dlk-danger");
            page.waitForURL(url -> url.contains("#dlk-confirm"), new Page.WaitForURLOptions().setTimeout(20_000));
            assertTrue(page.locator("#dlk-confirm").isVisible());
            assertTrue(page.locator("#dlk-confirm-question").textContent().contains(
                    language.equals("sv") ? "Vill du återkalla inbjudan?" : "Revoke this invitation?"));
            Accessibility.assertNoViolations(page);
            page.click("#dlk-confirm button.dlk-cancel");
            page.waitForURL(url -> url.contains("#dlk-list-heading"), new Page.WaitForURLOptions().setTimeout(20_000));
            assertEquals(0, page.locator("#dlk-confirm").count());
            assertEquals(1, page.locator("tr[data-invitation] button.dlk-danger").count(), "nothing was revoked");

            // Send again after a successful delivery asks too
            page.click("tr[data-invitation] form[action$='/resend'] button");
            page.waitForURL(url -> url.contains("#dlk-confirm"), new Page.WaitForURLOptions().setTimeout(20_000));
            assertTrue(page.locator("#dlk-confirm button.dlk-primary").isVisible());
            Accessibility.assertNoViolations(page);

            // the one-time hand-over page of a code given in person
            page.navigate(server.url(protectedCase + "?lang=" + language));
            page.click("#panel-delaktig-invitations button.dlk-primary");
            page.waitForURL(url -> url.contains("/delaktig/api/"), new Page.WaitForURLOptions().setTimeout(20_000));
            assertEquals(language, page.getAttribute("html", "lang"));
            assertTrue(page.locator(".delaktig-code strong").textContent().matches("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}"));
            Accessibility.assertNoViolations(page);
        }
    }

    @Test
    void aCaseworkerSendsAnSmsWithTheKeyboardAlone() {
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = signIn(context, "anna", "en");
            String casePath = firstCase(page, casePaths(page), "en", false);
            page.navigate(server.url(casePath + "?lang=en"));
            tabUntil(page, "document.activeElement.name === 'channel'");
            int guard = 0;
            while (!"host-sms".equals(page.evaluate("document.activeElement.value")) && guard++ < 10) {
                page.keyboard().press("ArrowDown");
            }
            assertTrue((Boolean) page.evaluate("document.activeElement.checked"));
            tabUntil(page, "document.activeElement.id === 'dlk-address'");
            page.keyboard().type("070-123 45 67");
            page.keyboard().press("Enter");
            page.waitForURL(url -> url.contains("#panel-delaktig-invitations"), new Page.WaitForURLOptions().setTimeout(20_000));
            assertTrue(page.locator(".dlk-notice-ok").textContent().contains("has been sent"),
                    page.locator("#panel-delaktig-invitations").innerHTML());
            assertTrue(page.locator("tr[data-invitation] .dlk-status").first().textContent().contains("Sent"));

            // Revoke, confirmed, by keyboard: after the first press the next Tab is the question's button
            tabUntil(page, "document.activeElement.classList.contains('dlk-danger') && !document.activeElement.closest('#dlk-confirm')");
            page.keyboard().press("Enter");
            page.waitForURL(url -> url.contains("#dlk-confirm"), new Page.WaitForURLOptions().setTimeout(20_000));
            page.keyboard().press("Tab");
            assertEquals(Boolean.TRUE, page.evaluate("!!document.activeElement.closest('#dlk-confirm')"
                    + " && document.activeElement.textContent === 'Revoke'"), String.valueOf(page.evaluate(
                    "document.activeElement.outerHTML")));
            page.keyboard().press("Enter");
            page.waitForURL(url -> url.contains("#panel-delaktig-invitations"), new Page.WaitForURLOptions().setTimeout(20_000));
            assertTrue(page.locator("tr[data-invitation] .dlk-status").first().textContent().contains("Revoked"));
            assertTrue(page.locator(".dlk-notice-ok").textContent().contains("has been revoked"));
        }
    }

    private static void tabUntil(Page page, String condition) {
        int guard = 0;
        while (!Boolean.TRUE.equals(page.evaluate("!!document.activeElement && (" + condition + ")"))) {
            assertTrue(guard++ < 120, "never reached by Tab: " + condition);
            page.keyboard().press("Tab");
        }
    }

    /** The first case of the list whose panel offers the form and has no invitation yet. */
    private static String firstCase(Page page, List<String> cases, String language, boolean protectedIdentity) {
        for (String path : cases) {
            page.navigate(server.url(path + "?lang=" + language));
            if (page.locator("form.dlk-send").count() == 1 && page.locator("tr[data-invitation]").count() == 0
                    && (page.locator("#dlk-protected-warning").count() == 1) == protectedIdentity) {
                return path;
            }
        }
        throw new AssertionError("no case offers the form (protected identity: " + protectedIdentity + ")");
    }

    private static List<String> casePaths(Page page) {
        page.navigate(server.url("/host/"));
        return page.locator("a[href^='/host/cases/']").all().stream().map(a -> a.getAttribute("href")).distinct().toList();
    }
}
