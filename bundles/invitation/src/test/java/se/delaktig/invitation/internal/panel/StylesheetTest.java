package se.delaktig.invitation.internal.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StylesheetTest {

    @Test
    void theUrlCarriesTheContentHashAndTheWebBundleServesIt() {
        String url = Stylesheet.load().url();
        assertTrue(url.matches("/delaktig/static/invitations/panel-[0-9a-f]{12}\\.css"), url);
        assertEquals(url, Stylesheet.load().url(), "stable for the same content");
        String name = url.substring(url.lastIndexOf('/') + 1);
        String text = new String(Stylesheet.load().assets().find(name).orElseThrow().content(), StandardCharsets.UTF_8);
        assertTrue(text.contains(".dlk-inv"));
        // the host accepts only same-site paths of these characters (reference host's CaseHandler)
        assertTrue(url.matches("/[A-Za-z0-9._~/%-]*[A-Za-z0-9._~%-]"));
    }
}
