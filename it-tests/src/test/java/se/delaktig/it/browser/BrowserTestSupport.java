package se.delaktig.it.browser;

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
