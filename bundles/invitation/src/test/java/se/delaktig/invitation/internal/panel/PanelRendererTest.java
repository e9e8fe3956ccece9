package se.delaktig.invitation.internal.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import se.delaktig.api.invitation.HandOver;

class PanelRendererTest {

    private final PanelRenderer renderer = new PanelRenderer(ZoneId.of("Europe/Stockholm"), 7, "/s.css");

    @Test
    void theHandOverPageCarriesTheChannelsSheetOnceAndALinkBack() {
        String page = renderer.handOverPage("en", new HandOver("K7XP-M4QA-9FHT", "https://p/l/x", "https://p",
                "<section class=\"delaktig-invitation-sheet\">K7XP-M4QA-9FHT</section>"), "/host/cases/1#panel-delaktig-invitations", false);
        assertTrue(page.startsWith("<!DOCTYPE html>") || page.contains("<!DOCTYPE html>"));
        assertTrue(page.contains("<html lang=\"en\">"));
        assertTrue(page.contains("<h1>Code for the child</h1>"));
        assertTrue(page.contains("<link rel=\"stylesheet\" href=\"/s.css\">"));
        assertEquals(1, page.split("K7XP-M4QA-9FHT", -1).length - 1, "the code appears once, in the sheet");
        assertFalse(page.contains(PanelRenderer.SHEET_MARKER));
        assertTrue(page.contains("<a href=\"/host/cases/1#panel-delaktig-invitations\">Back to the case</a>"));
        assertTrue(page.contains("shown only once"));
        assertFalse(page.contains("old one no longer works"));
    }

    @Test
    void withoutASheetTheCodeIsShownEscapedAndAResendSaysTheOldCodeIsDead() {
        String page = renderer.handOverPage("sv", new HandOver("<b>K7XP</b>", "https://p/l/x", "https://p\"/>", null),
                "/host/cases/1", true);
        assertTrue(page.contains("&lt;b&gt;K7XP&lt;/b&gt;"));
        assertTrue(page.contains("https://p&quot;/&gt;"));
        assertFalse(page.contains("<b>"));
        assertTrue(page.contains("den gamla fungerar inte längre"));
        InvitationPanelTest.assertNoScriptsOrInlineStyles(page);
    }

    @Test
    void aMarkerTypedAsAValueCannotSmuggleTheSheet() {
        String page = renderer.handOverPage("en", new HandOver("C", "l", "p", "<p>sheet</p>"),
                "/host/cases/" + PanelRenderer.SHEET_MARKER, false);
        assertTrue(page.contains("&lt;!--delaktig:sheet--&gt;"), "an escaped marker stays text");
        assertEquals(1, page.split("<p>sheet</p>", -1).length - 1);
    }
}
