package se.delaktig.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The plugin's statistics page for managers in Chromium, in both languages: no axe violations (WCAG
 * 2.1 AA), the charts are labelled images with a data table beside each, the stylesheet loads under
 * the strict CSP and nothing is refused.
 */
class StatisticsPageIT extends BrowserTestSupport {

    @BeforeAll
    static void start() {
        startDemoAndBrowser(java.util.Map.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void theManagersStatisticsPageIsAccessible(String language) {
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = context.newPage();
            List<String> refused = new ArrayList<>();
            page.onConsoleMessage(m -> {
                if (m.text().contains("Refused") || m.text().contains("Content Security Policy")) {
                    refused.add(m.text());
                }
            });
            signIn(page, "maria", language);

            // The demo seeds its history in the background after start: wait until the figures are there.
            Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
            do {
                page.navigate(server.url("/delaktig/api/statistics?lang=" + language));
            } while (page.locator("svg[role=img]").count() < 10 && Instant.now().isBefore(deadline) && pause());
            assertEquals(language, page.getAttribute("html", "lang"));
            int charts = page.locator("svg[role=img]").count();
            assertTrue(charts >= 10, "charts: " + charts);
            assertEquals(charts, page.locator("section table").count(), "a table beside every chart");
            assertEquals(charts, page.locator("svg[role=img] > title").count());
            assertEquals(charts, page.locator("svg[role=img] > desc").count());
            assertTrue(page.locator("td", new Page.LocatorOptions().setHasText("..")).count() > 0, "suppressed cells");
            Object border = page.evaluate("getComputedStyle(document.querySelector('th')).borderTopStyle");
            assertEquals("solid", border, "the fingerprinted stylesheet applies");
            Accessibility.assertNoViolations(page);

            page.navigate(server.url("/delaktig/api/statistics?lang=" + language + "&unit=unit-norra&gender=girl&age=8-12"));
            Accessibility.assertNoViolations(page);
            assertEquals(List.of(), refused);
        }
    }

    private static boolean pause() {
        try {
            Thread.sleep(2000);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
