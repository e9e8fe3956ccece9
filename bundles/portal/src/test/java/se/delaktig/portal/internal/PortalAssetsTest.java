package se.delaktig.portal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.delaktig.api.questionnaire.AnswerOption;
import se.delaktig.api.questionnaire.Item;
import se.delaktig.api.questionnaire.ItemType;
import se.delaktig.api.questionnaire.Questionnaire;
import se.delaktig.web.api.StaticAssets;

/**
 * The portal's fixed files come from the web bundle's static files (fingerprinted, gzip), and the
 * pages link exactly those URLs; the questionnaires' own pictures stay under the portal's servlet.
 */
class PortalAssetsTest {

    private static final Pattern STATIC = Pattern.compile("(?:href|src)=\"(/delaktig/static/portal/([^\"/]+))\"");

    @Test
    void styleScriptAndFacesAreFingerprintedAndTheTextOnesCompressed() {
        StaticAssets assets = new PortalAssets().assets();
        assertEquals("portal", assets.name());
        assertEquals(Set.copyOf(PortalAssets.FILES), assets.files());
        for (String file : PortalAssets.FILES) {
            String url = PortalAssets.url(file);
            String stem = file.substring(0, file.lastIndexOf('.'));
            String ext = file.substring(file.lastIndexOf('.') + 1);
            assertTrue(url.matches("/delaktig/static/portal/" + Pattern.quote(stem) + "-[0-9a-f]{12}\\." + ext), url);
            StaticAssets.Asset asset = assets.find(url.substring(url.lastIndexOf('/') + 1)).orElseThrow();
            if (!ext.equals("svg")) {
                assertTrue(asset.compressed(), file + " has a gzip form");
                assertTrue(asset.length(true) < asset.length(false) / 2, file + " shrinks");
            }
        }
        assertTrue(assets.find("portal.css").isEmpty(), "only the fingerprinted name is served");
    }

    @Test
    void everyFaceTheShippedQuestionnairesUseIsThere() {
        Set<String> codes = new HashSet<>();
        for (String id : new String[] {"barn-5-7", "barn-8-12", "ungdom-13-18"}) {
            collect(Shipped.read(id).items(), codes);
        }
        assertFalse(codes.isEmpty());
        for (String code : codes) {
            assertTrue(PortalAssets.FILES.contains("face-" + code + ".svg"), "face for " + code);
        }
    }

    private static void collect(java.util.List<Item> items, Set<String> codes) {
        for (Item item : items) {
            if (item.type() == ItemType.FACES) {
                item.answerOption().stream().map(AnswerOption::code).forEach(codes::add);
            }
            collect(item.items(), codes);
        }
    }

    @Test
    void aQuestionPageLinksStyleScriptAndFacesFromTheStaticFiles() {
        Questionnaire q = Shipped.read("barn-5-7");
        PortalFakes portal = new PortalFakes(q);
        String cookie = portal.start("sv");
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.add("csrf", portal.csrf(cookie));
        form.add("rev", "0");
        form.add("action", "next");
        Response r = portal.questions.answer(PortalFakes.request(cookie), PortalFakes.headers(Step.HEADER, Step.VALUE),
                "about", form);
        String html = (String) r.getEntity();
        assertEquals("/delaktig/portal/q/home-how", r.getHeaderString("Content-Location"), "a faces question");
        Set<String> linked = new HashSet<>();
        for (Matcher m = STATIC.matcher(html); m.find(); ) {
            assertTrue(PortalAssets.ASSETS.find(m.group(2)).isPresent(), m.group(1) + " is served");
            linked.add(m.group(1));
        }
        assertTrue(linked.contains(PortalAssets.url("portal.css")));
        assertTrue(linked.contains(PortalAssets.url("portal.js")));
        assertTrue(linked.contains(PortalAssets.url("face-sad.svg")));
        assertFalse(html.contains("/delaktig/portal/assets/portal"), "no second way to the same files");
    }

    @Test
    void theServletServesQuestionnaireFilesOnlyWithTheirTypes() {
        assertEquals("image/svg+xml", AssetServlet.type("pictures/sun.svg"));
        assertEquals("audio/mpeg", AssetServlet.type("audio/sv/q.mp3"));
        assertEquals("application/octet-stream", AssetServlet.type("x.html"));
        assertEquals("/delaktig/portal/assets/q/barn-5-7/1.0.0/pictures/sun.svg",
                Pages.resourceUrl(Shipped.read("barn-5-7"), "pictures/sun.svg"));
    }
}
