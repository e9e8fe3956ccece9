package se.delaktig.referencehost.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.delaktig.host.api.Staff;
import se.delaktig.host.api.StaffRole;
import se.delaktig.referencehost.auth.StaffSession;
import se.delaktig.referencehost.view.Messages;
import se.delaktig.referencehost.view.Templates;

/** The administrators' menu links to the plugin's status page at its configured address only. */
class PluginStatusLinkTest {
    private static final ClassLoader LOADER = PluginStatusLinkTest.class.getClassLoader();

    private static String page(String url, StaffRole role, String lang) {
        Renderer renderer = new Renderer(new Templates(LOADER), new StaticAssets(LOADER), url);
        StaffSession session = new StaffSession(new Staff("s1", "Ada", Set.of(role), Set.of()), "csrf", null);
        return renderer.html(Messages.load(lang, LOADER), "/audit", session, "retention.vm", "Titel",
                Map.of("deleted", "", "unknown", ""), List.of());
    }

    @Test
    void administratorsSeeTheConfiguredStatusPageInTheirLanguage() {
        assertTrue(page("/delaktig/api/status", StaffRole.ADMINISTRATOR, "sv")
                .contains("<a href=\"/delaktig/api/status?lang=sv\">Tilläggets status</a>"));
        assertTrue(page("https://plugin.example/status?x=1", StaffRole.ADMINISTRATOR, "en")
                .contains("<a href=\"https://plugin.example/status?x=1&amp;lang=en\">Plugin status</a>"));
    }

    @Test
    void noLinkForOthersOrWithoutAnAddress() {
        assertFalse(page("/delaktig/api/status", StaffRole.CASEWORKER, "sv").contains("/delaktig/api/status"));
        assertFalse(page("", StaffRole.ADMINISTRATOR, "sv").contains("/delaktig/api/status"));
    }
}
