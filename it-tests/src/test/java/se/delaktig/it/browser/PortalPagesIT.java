package se.delaktig.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The child's journey in Chromium, in both languages, with and without JavaScript: every page
 * audited with axe (WCAG 2.1 AA), and the whole questionnaire completed with the keyboard alone.
 */
class PortalPagesIT extends BrowserTestSupport {

    @BeforeAll
    static void start() {
        startDemoAndBrowser(DemoServer.WITHOUT_HISTORY);
    }

    /** A fresh code from anna through the staff REST API (print channel), as the benchmark does. */
    static String newCode(DemoServer server, int caseIndex) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String login = http.send(HttpRequest.newBuilder(URI.create(server.url("/host/login"))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"login_token\" value=\"([^\"]+)\"").matcher(login);
        assertTrue(token.find());
        http.send(HttpRequest.newBuilder(URI.create(server.url("/host/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=anna&password=delaktig-demo&login_token="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.discarding());
        String home = http.send(HttpRequest.newBuilder(URI.create(server.url("/host/"))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher cases = Pattern.compile("href=\"/host/cases/([^\"]+)\"").matcher(home);
        String caseId = null;
        for (int i = 0; i <= caseIndex && cases.find(); i++) {
            caseId = cases.group(1);
        }
        String created = http.send(HttpRequest.newBuilder(URI.create(server.url("/delaktig/api/cases/" + caseId + "/invitations")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"channelId\":\"print\",\"idempotencyKey\":\"" + UUID.randomUUID() + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return new ObjectMapper().readTree(created).path("handOver").path("shortCode").asText();
    }

    @ParameterizedTest
    @CsvSource({"sv,true,0", "en,true,1", "sv,false,2", "en,false,0"})
    void aChildCompletesTheQuestionnaireWithTheKeyboardAloneAndEveryPageIsAccessible(String language,
            boolean javascript, int caseIndex) throws Exception {
        String code = newCode(server, caseIndex);
        try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions()
                .setJavaScriptEnabled(javascript).setLocale(language));
             BrowserContext auditor = chromium.browser.newContext()) {
            Page page = context.newPage();
            Page audit = auditor.newPage();
            page.navigate(server.url("/delaktig/portal/?lang=" + language));
            assertEquals(language, page.getAttribute("html", "lang"));
            check(page, audit, javascript);
            tabTo(page, "document.activeElement.id === 'code'");
            page.keyboard().type(code.toLowerCase());
            page.keyboard().press("Enter");
            page.waitForURL(url -> url.endsWith("/intro"));
            page.waitForLoadState();
            check(page, audit, javascript);
            tabTo(page, "document.activeElement.classList.contains('primary')");
            page.keyboard().press("Enter");
            page.waitForURL(url -> !url.endsWith("/intro"));
            int pages = 0;
            while (!page.url().contains("/review")) {
                assertTrue(pages++ < 80, "too many pages");
                page.waitForLoadState();
                check(page, audit, javascript);
                String before = page.url();
                if (page.locator("input[name=choice]").count() > 0) {
                    tabTo(page, "document.activeElement.name === 'choice'");
                    page.keyboard().press("Space");
                    tabTo(page, "document.activeElement.classList.contains('primary')");
                    page.keyboard().press("Enter");
                } else {
                    tabTo(page, "document.activeElement.classList.contains('primary')");
                    page.keyboard().press("Enter");
                }
                page.waitForURL(url -> !url.equals(before));
                page.waitForLoadState();
            }
            check(page, audit, javascript);
            assertTrue(page.locator("dd").count() > 3);
            // Send comes before the list of "Change" links: a few Tab presses, not one per answer.
            int presses = tabTo(page, "document.activeElement.type === 'submit'");
            assertTrue(presses <= 4, presses + " Tab presses to Send");
            assertTrue((Boolean) page.evaluate("() => document.activeElement.compareDocumentPosition("
                    + "document.querySelector('dl.review')) === Node.DOCUMENT_POSITION_FOLLOWING"), "Send before the list");
            page.keyboard().press("Enter");
            page.waitForURL(url -> url.contains("/thanks"));
            page.waitForLoadState();
            check(page, audit, javascript);
            page.goBack();
            assertTrue(!page.content().contains("<dd>"), "back shows no answers");
            page.navigate(server.url("/delaktig/portal/bye"));
            check(page, audit, javascript);
        }
    }

    static final int BUDGET = 30 * 1024;

    private static final HttpClient ASSET_CLIENT = HttpClient.newHttpClient();

    /**
     * Each page cold, compressed as served (issue 5: at most 30 KB with its CSS and scripts,
     * pictures apart): its HTML as the browser received it (pages are never compressed, BREACH) plus
     * the style and script it links, fetched with {@code Accept-Encoding: gzip} as every browser asks
     * and counted as they come over the wire (the web bundle's static files, gzip when accepted).
     * Only on full page loads (JavaScript off): with the script on, the same pages arrive through fetch.
     */
    private static void weigh(Page page, boolean javascript) {
        if (javascript) {
            return;
        }
        long html = ((Number) page.evaluate("() => performance.getEntriesByType('navigation')[0].encodedBodySize")).longValue();
        long assets = 0;
        for (Object href : (List<?>) page.evaluate("() => [...document.querySelectorAll('link[rel=stylesheet],script[src]')]"
                + ".map(e => e.href || e.src)")) {
            assertTrue(href.toString().contains("/delaktig/static/portal/"), href + " from the web bundle's static files");
            try {
                HttpResponse<byte[]> asset = ASSET_CLIENT.send(HttpRequest.newBuilder(URI.create(href.toString()))
                        .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, asset.statusCode(), href.toString());
                assertEquals("gzip", asset.headers().firstValue("Content-Encoding").orElse(""), href + " compressed as served");
                assets += asset.body().length;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        assertTrue(html > 500 && html + assets <= BUDGET, page.url() + " weighs " + html + " + " + assets + " bytes");
    }

    /** @return how many Tab presses it took */
    private static int tabTo(Page page, String condition) {
        for (int i = 1; i <= 200; i++) {
            page.keyboard().press("Tab");
            if (Boolean.TRUE.equals(page.evaluate("() => !!document.activeElement && (" + condition + ")"))) {
                return i;
            }
        }
        throw new AssertionError("Tab never reached " + condition + " on " + page.url());
    }

    /** axe on the page itself (JavaScript on) or on its HTML with scripts stripped (JavaScript off, stack.md). */
    private static void check(Page page, Page audit, boolean javascript) {
        weigh(page, javascript);
        if (javascript) {
            Accessibility.assertNoViolations(page);
            return;
        }
        String html = page.content().replaceAll("(?s)<script[^>]*>.*?</script>", "");
        audit.navigate(server.url("/delaktig/portal/bye"));
        audit.setContent(html);
        Accessibility.assertNoViolations(audit);
    }
}
