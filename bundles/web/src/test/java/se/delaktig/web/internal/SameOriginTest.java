package se.delaktig.web.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

class SameOriginTest {

    private static final URI BASE = URI.create("http://localhost:8080/delaktig/api/");

    @Test
    void ourOwnSiteAndMissingHeadersPass() {
        assertTrue(SameOrigin.allows(null, null, BASE));
        assertTrue(SameOrigin.allows("http://localhost:8080", "same-origin", BASE));
        assertTrue(SameOrigin.allows("http://LOCALHOST:8080", "none", BASE));
        assertTrue(SameOrigin.allows("https://kommun.example:443", null, URI.create("https://kommun.example/delaktig/api/")));
        assertTrue(SameOrigin.allows("null", "same-origin", BASE), "a no-referrer page's own form");
    }

    @Test
    void anythingFromElsewhereIsRefused() {
        assertFalse(SameOrigin.allows("http://evil.example", null, BASE));
        assertFalse(SameOrigin.allows("http://localhost:9090", null, BASE));
        assertFalse(SameOrigin.allows("https://localhost:8080", null, BASE));
        assertFalse(SameOrigin.allows("null", null, BASE));
        assertFalse(SameOrigin.allows("http://localhost:8080", "cross-site", BASE));
        assertFalse(SameOrigin.allows("not a uri at all", null, BASE));
        assertFalse(SameOrigin.allows(null, "cross-site", BASE));
        assertFalse(SameOrigin.allows(null, "same-site", BASE));
    }
}
