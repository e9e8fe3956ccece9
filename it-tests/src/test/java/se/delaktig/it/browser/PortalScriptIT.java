package se.delaktig.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
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
import org.junit.jupiter.api.Test;

/**
 * The portal's script in Chromium: saving an answer without a page load (history, focus, failures)
 * and read-aloud (what is read, in which language, recordings, automatic reading and its switch).
 * Speech and audio are observed through stubs installed before the page's script runs: headless
 * Chromium has no voices, and nothing must play aloud on the test machine.
 */
class PortalScriptIT extends BrowserTestSupport {

    private static final int WAIT_MS = 10_000;

    /** Records every utterance (its language and text) and every recording played, in order, in {@code __said}. */
    private static final String SPEECH_STUB = """
            window.__said = [];
            const fake = {
              speak(u) { window.__said.push('speech:' + u.lang + ':' + u.text);
                         setTimeout(() => { if (u.onend) { u.onend(new Event('end')); } }, 0); },
              cancel() {}, pause() {}, resume() {}, getVoices() { return []; }, speaking: false, pending: false
            };
            Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: fake });
            HTMLMediaElement.prototype.play = function () {
              window.__said.push('audio:' + new URL(this.src).pathname);
              setTimeout(() => this.dispatchEvent(new Event('ended')), 0);
              return Promise.resolve();
            };
            HTMLMediaElement.prototype.pause = function () {};
            """;

    /**
     * Speech as a browser gives it to a page nobody has touched yet: refused ('not-allowed') until
     * the first touch or key press on this document, then spoken and recorded in {@code __said}.
     */
    private static final String REFUSING_SPEECH_STUB = """
            window.__said = []; window.__touched = false;
            document.addEventListener('pointerdown', () => { window.__touched = true; }, true);
            document.addEventListener('keydown', () => { window.__touched = true; }, true);
            const fake = {
              speak(u) {
                if (!window.__touched) {
                  window.__said.push('refused');
                  setTimeout(() => { const e = new Event('error'); e.error = 'not-allowed'; u.dispatchEvent(e); }, 0);
                  return;
                }
                window.__said.push('speech:' + u.lang + ':' + u.text);
                setTimeout(() => { if (u.onend) { u.onend(new Event('end')); } }, 0);
              },
              cancel() {}, pause() {}, resume() {}, getVoices() { return []; }, speaking: false, pending: false
            };
            Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: fake });
            """;

    @BeforeAll
    static void start() {
        startDemoAndBrowser(DemoServer.WITHOUT_HISTORY);
    }

    /** A fresh code from anna (print channel) for the first of her cases the questionnaire fits. */
    static String code(String questionnaireId) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String login = http.send(HttpRequest.newBuilder(URI.create(server.url("/host/login"))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"login_token\" value=\"([^\"]+)\"").matcher(login);
        assertTrue(token.find());
        http.send(HttpRequest.newBuilder(URI.create(server.url("/host/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=anna&password=" + DEMO_PASSWORD + "&login_token="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.discarding());
        String home = http.send(HttpRequest.newBuilder(URI.create(server.url("/host/"))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher cases = Pattern.compile("href=\"/host/cases/([^\"]+)\"").matcher(home);
        while (cases.find()) {
            String created = http.send(HttpRequest.newBuilder(URI.create(server.url("/delaktig/api/cases/" + cases.group(1)
                            + "/invitations"))).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"channelId\":\"print\",\"questionnaireId\":\"" + questionnaireId
                            + "\",\"idempotencyKey\":\"" + UUID.randomUUID() + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            JsonNode code = new ObjectMapper().readTree(created).path("handOver").path("shortCode");
            if (code.isTextual()) {
                return code.asText();
            }
        }
        throw new AssertionError("none of anna's cases fits " + questionnaireId);
    }

    private static BrowserContext context(String language) {
        BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setLocale(language));
        context.addInitScript(SPEECH_STUB);
        context.setDefaultTimeout(WAIT_MS);
        return context;
    }

    /** Code typed, intro passed: on the first question, a full page load. */
    private static void firstQuestion(Page page, String language, String code) {
        page.navigate(server.url("/delaktig/portal/?lang=" + language));
        page.fill("#code", code);
        page.click("button.primary");
        page.waitForURL(url -> url.endsWith("/intro"));
        page.click("a.button.primary");
        page.waitForURL(url -> url.contains("/q/"));
        page.waitForLoadState();
    }

    private static void next(Page page) {
        page.click("button.primary");
    }

    private static void choose(Page page, String code) {
        page.click("label[for=" + page.getAttribute("input[name=choice][value=" + code + "]", "id") + "]");
    }

    private static void waitFor(Page page, String condition) {
        page.waitForFunction("() => " + condition, null, new Page.WaitForFunctionOptions().setTimeout(WAIT_MS));
    }

    @SuppressWarnings("unchecked")
    private static List<String> said(Page page) {
        return (List<String>) page.evaluate("() => window.__said");
    }

    @Test
    void answersAreSavedWithoutAPageLoadAndBackAndForwardWork() throws Exception {
        try (BrowserContext context = context("en")) {
            Page page = context.newPage();
            firstQuestion(page, "en", code("barn-5-7"));
            assertTrue(page.url().endsWith("/q/practice-weather"));
            page.evaluate("() => { window.__samePage = true; }");

            choose(page, "sun");
            next(page);
            page.waitForURL(url -> url.endsWith("/q/about"));
            assertEquals(true, page.evaluate("() => window.__samePage"), "no page load");
            assertEquals(page.textContent("h1").trim(), page.title());
            assertEquals("H1", page.evaluate("() => document.activeElement.tagName"), "focus on the new heading");
            assertEquals("Your answer is saved.", page.textContent("[aria-live=polite]"));
            assertTrue(page.getAttribute("nav.lang a", "href").endsWith("/q/about?lang=sv"), "the language link follows");
            Accessibility.assertNoViolations(page);

            next(page); // an information page: nothing to save, the next page all the same
            page.waitForURL(url -> url.endsWith("/q/home-how"));
            assertEquals("", page.textContent("[aria-live=polite]"));

            page.goBack();
            page.waitForURL(url -> url.endsWith("/q/about"));
            waitFor(page, "document.querySelector('h1').textContent.includes('caseworker')");
            page.goBack();
            page.waitForURL(url -> url.endsWith("/q/practice-weather"));
            waitFor(page, "!!document.querySelector('input[value=sun]')");
            assertTrue(page.isChecked("input[value=sun]"), "Back shows the saved answer");
            page.goForward();
            page.waitForURL(url -> url.endsWith("/q/about"));
            assertEquals(true, page.evaluate("() => window.__samePage"), "Back and Forward without a page load");

            // The safety net is reached the same way: the questionnaire's own help page after a danger answer.
            next(page);
            page.waitForURL(url -> url.endsWith("/q/home-how"));
            choose(page, "sad");
            next(page);
            page.waitForURL(url -> url.endsWith("/q/home-afraid"));
            choose(page, "yes");
            next(page);
            page.waitForURL(url -> url.endsWith("/q/home-afraid-help"));
            assertTrue(page.textContent("main").contains("116 111"));

            // A tampered answer: the page says so, the URL stays, the message has the focus.
            next(page);
            page.waitForURL(url -> url.endsWith("/q/home-food"));
            page.evaluate("() => { const r = document.querySelector('input[name=choice]'); r.value = 'hail'; r.checked = true; }");
            next(page);
            waitFor(page, "document.activeElement.classList.contains('alert')");
            assertTrue(page.url().endsWith("/q/home-food"));
            assertTrue(page.textContent(".alert").contains("could not be saved"));
            assertEquals(true, page.evaluate("() => window.__samePage"));
        }
    }

    @Test
    void aSaveThatFailsKeepsTheAnswerSaysSoAndTriesAgain() throws Exception {
        try (BrowserContext context = context("sv")) {
            Page page = context.newPage();
            firstQuestion(page, "sv", code("barn-8-12"));
            page.evaluate("() => { window.__samePage = true; }");
            String first = page.url();

            // The network is gone: nothing is sent, the choice stays, the child is told calmly.
            page.route("**/delaktig/portal/q/**", route -> {
                if (route.request().method().equals("POST")) {
                    route.abort("internetdisconnected");
                } else {
                    route.resume();
                }
            });
            choose(page, "rain");
            next(page);
            waitFor(page, "!!document.querySelector('.unsaved')");
            assertTrue(page.textContent(".unsaved").contains("inte sparat"));
            assertEquals("alert", page.getAttribute(".unsaved", "role"));
            assertTrue(page.isChecked("input[value=rain]"), "the answer is kept");
            assertEquals(first, page.url());
            Accessibility.assertNoViolations(page);

            // Back online: the same button saves it, still without a page load.
            page.unrouteAll();
            next(page);
            page.waitForURL(url -> !url.equals(first));
            assertEquals(true, page.evaluate("() => window.__samePage"));

            // The server fails: the message, then the next press posts the form as a page.
            String second = page.url();
            page.route("**/delaktig/portal/q/**", route -> {
                if (route.request().method().equals("POST")) {
                    route.fulfill(new Route.FulfillOptions().setStatus(500).setBody("fel"));
                } else {
                    route.resume();
                }
            });
            next(page);
            waitFor(page, "!!document.querySelector('.unsaved')");
            page.unrouteAll();
            next(page);
            page.waitForURL(url -> !url.equals(second));
            page.waitForLoadState();
            assertEquals(null, page.evaluate("() => window.__samePage"), "a plain form post this time");

            // Back from the first answer's page to the first question: the saved answer is there.
            page.goBack();
            page.goBack();
            page.waitForURL(url -> url.equals(first));
            waitFor(page, "!!document.querySelector('input[value=rain]')");
            assertTrue(page.isChecked("input[value=rain]"));
        }
    }

    @Test
    void readAloudReadsTheQuestionItsExplanationAndItsOptionsInThePageLanguage() throws Exception {
        try (BrowserContext context = context("sv")) {
            Page page = context.newPage();
            firstQuestion(page, "sv", code("barn-8-12"));
            assertFalse(page.isChecked("#autoread"), "automatic reading is off by default above 7");
            assertEquals(List.of(), said(page));

            page.click("button.say.main");
            waitFor(page, "window.__said.length >= 6");
            assertEquals(List.of("speech:sv:Hur är vädret där du är just nu?",
                    "speech:sv:Det här är en övningsfråga, så att du ser hur det fungerar. Det finns inget rätt eller fel svar.",
                    "speech:sv:Sol", "speech:sv:Moln", "speech:sv:Regn", "speech:sv:Snö"), said(page));

            page.evaluate("() => { window.__said = []; }");
            page.click(".option:nth-child(3) button.say");
            waitFor(page, "window.__said.length >= 1");
            assertEquals(List.of("speech:sv:Regn"), said(page), "an option's own button reads that option");

            page.click("nav.lang a"); // English: the same page, read in English
            page.waitForURL(url -> url.contains("lang=en"));
            page.click("button.say.main");
            waitFor(page, "window.__said.length >= 6");
            assertEquals("speech:en:What is the weather like where you are right now?", said(page).get(0));
        }
    }

    @Test
    void recordingsArePlayedWhereTheDefinitionHasThemAndSpeechReadsTheRest() throws Exception {
        // No shipped questionnaire has recordings yet: the page is served as a definition with a
        // recording for the question and for one option renders it (Pages puts the file's URL in data-audio).
        String recordings = "/delaktig/portal/assets/q/barn-8-12/1.0.0/audio/sv/";
        try (BrowserContext context = context("sv")) {
            Page page = context.newPage();
            page.route("**/delaktig/portal/q/practice-weather", route -> {
                if (!route.request().method().equals("GET")) {
                    route.resume();
                    return;
                }
                APIResponse served = route.fetch();
                String html = served.text()
                        .replace("class=\"say main\" data-say=\"#say-q\"", "class=\"say main\" data-say=\"#say-q\" data-audio=\""
                                + recordings + "weather.mp3\"")
                        .replace("data-say=\"#say-o1\"", "data-say=\"#say-o1\" data-audio=\"" + recordings + "cloud.mp3\"");
                route.fulfill(new Route.FulfillOptions().setResponse(served).setBody(html));
            });
            firstQuestion(page, "sv", code("barn-8-12"));
            page.click("button.say.main");
            waitFor(page, "window.__said.length >= 6");
            assertEquals(List.of("audio:" + recordings + "weather.mp3",
                    "speech:sv:Det här är en övningsfråga, så att du ser hur det fungerar. Det finns inget rätt eller fel svar.",
                    "speech:sv:Sol", "audio:" + recordings + "cloud.mp3", "speech:sv:Regn", "speech:sv:Snö"), said(page));

            page.evaluate("() => { window.__said = []; }");
            page.click(".option:nth-child(2) button.say");
            waitFor(page, "window.__said.length >= 1");
            assertEquals(List.of("audio:" + recordings + "cloud.mp3"), said(page));
        }
    }

    @Test
    void automaticReadingIsOnForTheYoungestCanBeSwitchedOffAndTheChoiceSticks() throws Exception {
        try (BrowserContext context = context("en")) {
            Page page = context.newPage();
            firstQuestion(page, "en", code("barn-5-7"));
            assertTrue(page.isChecked("#autoread"), "on by default in the 5-7 band");
            waitFor(page, "window.__said.length >= 2");
            assertEquals("speech:en:What is the weather like where you are right now?", said(page).get(0),
                    "read without a press");

            page.uncheck("#autoread");
            page.evaluate("() => { window.__said = []; }");
            choose(page, "snow");
            next(page);
            page.waitForURL(url -> url.endsWith("/q/about"));
            assertFalse(page.isChecked("#autoread"), "the choice sticks to the next page");
            page.reload();
            page.waitForLoadState();
            assertFalse(page.isChecked("#autoread"), "and across a page load");
            assertEquals(List.of(), said(page));

            // What the device keeps: the switch's "off" for this tab, nothing about the answers.
            assertEquals(List.of("delaktig.autoread=off"), page.evaluate(
                    "() => Object.keys(sessionStorage).map(k => k + '=' + sessionStorage.getItem(k))"));
            assertEquals(0, page.evaluate("() => localStorage.length"));
            assertEquals("", page.evaluate("() => document.cookie"), "the session cookie is HttpOnly");

            page.check("#autoread");
            next(page);
            page.waitForURL(url -> url.endsWith("/q/home-how"));
            waitFor(page, "window.__said.length >= 4");
            assertEquals("speech:en:How are things for you at home?", said(page).get(0), "on again: the next page is read");
        }
    }

    @Test
    void whenTheBrowserRefusesToSpeakBeforeATouchTheReadingStartsAtTheFirstTouch() throws Exception {
        try (BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions().setLocale("en"))) {
            context.addInitScript(REFUSING_SPEECH_STUB);
            context.setDefaultTimeout(WAIT_MS);
            Page page = context.newPage();
            firstQuestion(page, "en", code("barn-5-7"));
            waitFor(page, "window.__said.length >= 1");
            assertEquals("refused", said(page).get(0), "automatic reading tried and was refused");
            page.click("h1");
            waitFor(page, "window.__said.some(s => s.startsWith('speech:'))");
            assertEquals("speech:en:What is the weather like where you are right now?",
                    said(page).stream().filter(s -> s.startsWith("speech:")).findFirst().orElseThrow(),
                    "read from the start at the first touch");
        }
    }
}
