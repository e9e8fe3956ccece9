package se.delaktig.invitation.internal.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StylesheetTest {

    @Test
    void theNameCarriesTheContentHash() {
        Stylesheet css = Stylesheet.load();
        assertTrue(css.name().matches("panel-[0-9a-f]{12}\\.css"), css.name());
        assertEquals("/delaktig/static/invitations/" + css.name(), css.url());
        assertEquals(css.name(), Stylesheet.load().name(), "stable for the same content");
        String text = new String(css.content(), StandardCharsets.UTF_8);
        assertTrue(text.contains(".dlk-inv"));
        // the host accepts only same-site paths of these characters (reference host's CaseHandler)
        assertTrue(css.url().matches("/[A-Za-z0-9._~/%-]*[A-Za-z0-9._~%-]"));
    }
}
