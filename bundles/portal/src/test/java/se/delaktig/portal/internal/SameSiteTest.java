package se.delaktig.portal.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where a form post came from, as browsers tell it. */
class SameSiteTest {

    private static HttpHeaders headers(String... nameValue) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            map.put(nameValue[i].toLowerCase(), nameValue[i + 1]);
        }
        map.putIfAbsent("host", "localhost:8080");
        return (HttpHeaders) Proxy.newProxyInstance(SameSiteTest.class.getClassLoader(), new Class<?>[] {HttpHeaders.class},
                (proxy, method, args) -> method.getName().equals("getHeaderString") ? map.get(((String) args[0]).toLowerCase()) : null);
    }

    @Test
    void chromiumsOwnFormPostUnderNoReferrerIsAccepted() {
        // What Chromium sends for the landing form: the page's Referrer-Policy no-referrer makes Origin "null".
        assertTrue(PortalRequests.sameSite(headers("Sec-Fetch-Site", "same-origin", "Origin", "null")));
        assertTrue(PortalRequests.sameSite(headers("Origin", "null")));
        assertTrue(PortalRequests.sameSite(headers()));
        assertTrue(PortalRequests.sameSite(headers("Origin", "http://localhost:8080")));
        assertTrue(PortalRequests.sameSite(headers("Sec-Fetch-Site", "none")));
    }

    @Test
    void postsFromAnotherSiteAreRefused() {
        assertFalse(PortalRequests.sameSite(headers("Sec-Fetch-Site", "cross-site", "Origin", "null")));
        assertFalse(PortalRequests.sameSite(headers("Sec-Fetch-Site", "same-site")));
        assertFalse(PortalRequests.sameSite(headers("Sec-Fetch-Site", "cross-site", "Origin", "http://localhost:8080")));
        assertFalse(PortalRequests.sameSite(headers("Origin", "http://evil.example")));
    }
}
