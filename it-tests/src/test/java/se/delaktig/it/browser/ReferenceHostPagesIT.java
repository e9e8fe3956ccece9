package se.delaktig.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reference host's pages as people see them, in Chromium: accessible, in both languages, by keyboard. */
class ReferenceHostPagesIT extends BrowserTestSupport {

    @BeforeAll
    static void start() {
        startDemoAndBrowser(DemoServer.WITHOUT_HISTORY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void everyPageOfEveryRoleIsAccessible(String language) {
        audit(language, null, List.of("/host/login"));
        String casePath;
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = signIn(context, "anna", language);
            casePath = page.locator("a[href^='/host/cases/']").first().getAttribute("href");
        }
        audit(language, "anna", List.of("/host/", casePath, "/host/outbox", "/host/cases/NO-SUCH-CASE"));
        audit(language, "maria", List.of("/host/statistics"));
        audit(language, "admin", List.of("/host/audit", "/host/outbox"));
    }

    @Test
    void aCaseworkerSignsInAndOpensACaseWithTheKeyboardAlone() {
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = context.newPage();
            page.navigate(server.url("/host/login?lang=en"));
            page.keyboard().press("Tab");
            int guard = 0;
            while (!"username".equals(page.evaluate("document.activeElement && document.activeElement.id")) && guard++ < 20) {
                page.keyboard().press("Tab");
            }
            page.keyboard().type("anna");
            page.keyboard().press("Tab");
            page.keyboard().type(DEMO_PASSWORD);
            page.keyboard().press("Enter");
            page.waitForURL(url -> url.endsWith("/host/"), new Page.WaitForURLOptions().setTimeout(20_000));
            assertEquals("en", page.getAttribute("html", "lang"));
            page.locator("a[href^='/host/cases/']").first().focus();
            page.keyboard().press("Enter");
            page.waitForURL(url -> url.contains("/host/cases/"), new Page.WaitForURLOptions().setTimeout(20_000));
            assertTrue(page.locator("h1").textContent().contains("Case"), page.locator("h1").textContent());
        }
    }

    @Test
    void theAuditCatchesAViolationWhenThereIsOne() {
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = context.newPage();
            page.setContent("<!DOCTYPE html><html lang=\"sv\"><head><title>t</title></head><body><main>"
                    + "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"><input type=\"text\"></main></body></html>");
            AssertionError error = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                    () -> Accessibility.assertNoViolations(page));
            assertTrue(error.getMessage().contains("image-alt"), error.getMessage());
        }
    }

    private void audit(String language, String user, List<String> paths) {
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = user == null ? context.newPage() : signIn(context, user, language);
            for (String path : paths) {
                page.navigate(server.url(path + (path.contains("?") ? "&" : "?") + "lang=" + language));
                assertEquals(language, page.getAttribute("html", "lang"), path);
                Accessibility.assertNoViolations(page);
            }
        }
    }
}
