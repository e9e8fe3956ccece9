package se.delaktig.it.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;

/**
 * One demo process and one Chromium per browser-test class: started by the class's
 * {@code @BeforeAll} through {@link #startDemoAndBrowser}, stopped (by process id) after it.
 */
abstract class BrowserTestSupport {

    static final String DEMO_PASSWORD = "delaktig-demo";
    static DemoServer server;
    static Chromium chromium;

    /** @param configurationFiles administrator's files for the demo, e.g. {@link DemoServer#WITHOUT_HISTORY} */
    static void startDemoAndBrowser(Map<String, String> configurationFiles) {
        server = DemoServer.start(configurationFiles);
        chromium = new Chromium();
    }

    /** @return a new page of {@code context}, signed in through the host's sign-in form */
    static Page signIn(BrowserContext context, String user, String language) {
        Page page = context.newPage();
        signIn(page, user, language);
        return page;
    }

    /** Signs {@code page} in through the host's sign-in form, waiting (20 s at most) to be let in. */
    static void signIn(Page page, String user, String language) {
        page.navigate(server.url("/host/login?lang=" + language));
        page.fill("#username", user);
        page.fill("#password", DEMO_PASSWORD);
        page.click("button[type=submit]");
        page.waitForURL(url -> !url.contains("/host/login"), new Page.WaitForURLOptions().setTimeout(20_000));
    }

    @AfterAll
    static void stopDemoAndBrowser() {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
