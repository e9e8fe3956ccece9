package se.delaktig.portal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.junit.jupiter.api.Test;

/** The portal's pages may fetch from their own origin; nothing else in the policy changes. */
class ScriptConnectPolicyTest {

    @Test
    void thePagePolicyGainsConnectSelfOnce() {
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        headers.putSingle("Content-Security-Policy", "default-src 'none'; script-src 'self'");
        ScriptConnectPolicy.widen(headers);
        ScriptConnectPolicy.widen(headers);
        assertEquals("default-src 'none'; script-src 'self'; connect-src 'self'", headers.getFirst("Content-Security-Policy"));
    }

    @Test
    void aPolicyWithoutScriptsAndNoPolicyStayAsTheyAre() {
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        ScriptConnectPolicy.widen(headers);
        assertEquals(null, headers.getFirst("Content-Security-Policy"));
        headers.putSingle("Content-Security-Policy", "default-src 'none'");
        ScriptConnectPolicy.widen(headers);
        assertEquals("default-src 'none'", headers.getFirst("Content-Security-Policy"));
    }
}
