package se.delaktig.portal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The code form hands the redemption service the client's address, not the proxy's. */
class EntryPagesTest {

    private final PortalFakes portal = new PortalFakes(Shipped.read("barn-5-7"));
    private final EntryPages entry = new EntryPages(portal.requests);

    private static HttpServletRequest from(String peer, String xForwardedFor) {
        return from(peer, xForwardedFor, null);
    }

    private static HttpServletRequest from(String peer, String xForwardedFor, String forwarded) {
        return PortalFakes.proxy(HttpServletRequest.class, (m, a) -> switch (m) {
            case "getRemoteAddr" -> peer;
            case "getHeaders" -> Collections.enumeration(a[0].equals("X-Forwarded-For") ? List.of(xForwardedFor)
                    : a[0].equals("Forwarded") && forwarded != null ? List.of(forwarded) : List.<String>of());
            case "isSecure" -> false;
            default -> null;
        });
    }

    private String redeemedFrom(HttpServletRequest request) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.add("code", "K7XP-M4QA");
        assertEquals(303, entry.redeemCode(request, PortalFakes.headers(), form).getStatus());
        return portal.redeemedFrom;
    }

    @Test
    void theForwardedAddressCountsOnlyBehindATrustedProxy() {
        assertEquals("198.51.100.7", redeemedFrom(from("10.1.2.3", "10.0.0.1, 198.51.100.7")));
        assertEquals("203.0.113.9", redeemedFrom(from("203.0.113.9", "198.51.100.7")));
        assertEquals("198.51.100.7", redeemedFrom(from("10.1.2.3", "198.51.100.7", "for=203.0.113.66")),
                "the portal is set up for X-Forwarded-For: a client's own Forwarded is not read");
    }
}
