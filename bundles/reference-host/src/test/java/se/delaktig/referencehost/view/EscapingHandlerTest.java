package se.delaktig.referencehost.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class EscapingHandlerTest {
    private final EscapingHandler handler = new EscapingHandler();

    @Test
    void escapesStrings() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;",
                handler.referenceInsert(null, "$x", "<script>alert('x')</script>"));
        assertEquals("a &amp; &quot;b&quot;", handler.referenceInsert(null, "$x", "a & \"b\""));
        assertEquals("42", handler.referenceInsert(null, "$x", 42));
        assertNull(handler.referenceInsert(null, "$x", null));
    }

    @Test
    void letsTrustedHtmlThrough() {
        TrustedHtml html = new TrustedHtml("<p class=\"x\">Hej</p>");
        assertEquals(html, handler.referenceInsert(null, "$x", html));
    }
}
