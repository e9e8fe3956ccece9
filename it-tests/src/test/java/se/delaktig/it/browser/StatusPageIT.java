package se.delaktig.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The plugin's status page for host administrators in Chromium, reached from the reference host's
 * menu, in both languages: no axe violations (WCAG 2.1 AA), status in words (not colour alone), the
 * stylesheet loads under the strict CSP and nothing is refused.
 */
class StatusPageIT extends BrowserTestSupport {

    @BeforeAll
    static void start() {
        startDemoAndBrowser(DemoServer.WITHOUT_HISTORY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void theStatusPageIsAccessibleFromTheAdministratorsMenu(String language) {
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = context.newPage();
            List<String> refused = new ArrayList<>();
            page.onConsoleMessage(m -> {
                if (m.text().contains("Refused") || m.text().contains("Content Security Policy")) {
                    refused.add(m.text());
                }
            });
            signIn(page, "admin", language);
            page.navigate(server.url("/host/audit?lang=" + language));
            page.click("nav a[href^='/delaktig/api/status']");
            page.waitForURL(url -> url.contains("/delaktig/api/status"), new Page.WaitForURLOptions().setTimeout(20_000));

            assertEquals(language, page.getAttribute("html", "lang"));
            int rows = page.locator("table.checks tbody tr").count();
            assertTrue(rows >= 9, "checks: " + rows);
            String overall = page.locator(".overall .badge").textContent();
            assertTrue(overall.matches("(?s).*(OK|Varning|Warning).*"), "healthy, in words: " + overall);
            assertEquals(rows, page.locator("table.checks tbody .badge").count(), "every check says its status in words");
            Object border = page.evaluate("getComputedStyle(document.querySelector('.badge')).borderTopStyle");
            assertEquals("solid", border, "the fingerprinted stylesheet applies");
            Accessibility.assertNoViolations(page);
            assertEquals(List.of(), refused);
        }
    }
}
