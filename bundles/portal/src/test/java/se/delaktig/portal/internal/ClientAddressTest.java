package se.delaktig.portal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which address the rate limiter counts by: the peer, unless a trusted proxy forwarded the request. */
class ClientAddressTest {

    private static final String[] PROXIES = {"10.0.0.0/8", " 192.0.2.10 ", "2001:db8:cafe::/48", "::1"};
    /** Proxies that set X-Forwarded-For (the default). */
    private static final ClientAddress BEHIND_PROXIES = behind(ClientAddress.Header.X_FORWARDED_FOR);
    /** The same proxies, configured as setting Forwarded. */
    private static final ClientAddress BEHIND_FORWARDING_PROXIES = behind(ClientAddress.Header.FORWARDED);

    private static ClientAddress behind(ClientAddress.Header header) {
        return ClientAddress.trusting(PROXIES, header, bad -> {
            throw new AssertionError(bad);
        });
    }

    private static Enumeration<String> lines(String... values) {
        return Collections.enumeration(List.of(values));
    }

    private static String xff(ClientAddress a, String peer, String... values) {
        return a.of(peer, Collections.emptyEnumeration(), lines(values));
    }

    private static String forwarded(ClientAddress a, String peer, String... values) {
        return a.of(peer, lines(values), Collections.emptyEnumeration());
    }

    @Test
    void withoutTrustedProxiesTheHeadersAreIgnored() {
        for (ClientAddress.Header header : ClientAddress.Header.values()) {
            ClientAddress none = ClientAddress.trusting(null, header, bad -> { });
            assertEquals("10.1.2.3", xff(none, "10.1.2.3", "198.51.100.7"));
            assertEquals("10.1.2.3", forwarded(none, "10.1.2.3", "for=198.51.100.7"));
            assertEquals("10.1.2.3", ClientAddress.trusting(new String[] {"", " "}, header, bad -> { })
                    .of("10.1.2.3", lines("for=198.51.100.7"), lines("198.51.100.7")));
        }
    }

    @Test
    void aPeerThatIsNoTrustedProxyIsTheClientWhateverItSends() {
        assertEquals("198.51.100.99", xff(BEHIND_PROXIES, "198.51.100.99", "203.0.113.5"));
        assertEquals("198.51.100.99", forwarded(BEHIND_FORWARDING_PROXIES, "198.51.100.99", "for=203.0.113.5"));
        assertEquals("192.0.2.11", xff(BEHIND_PROXIES, "192.0.2.11", "203.0.113.5"), "a single address is /32");
    }

    @Test
    void behindATrustedProxyTheForwardedClientCounts() {
        assertEquals("198.51.100.7", xff(BEHIND_PROXIES, "10.1.2.3", "198.51.100.7"));
        assertEquals("198.51.100.7", xff(BEHIND_PROXIES, "192.0.2.10", " 198.51.100.7 "));
        assertEquals("198.51.100.7", forwarded(BEHIND_FORWARDING_PROXIES, "10.1.2.3",
                "for=198.51.100.7;proto=https;by=10.1.2.3"));
        assertEquals("198.51.100.7", forwarded(BEHIND_FORWARDING_PROXIES, "10.1.2.3", "For=\"198.51.100.7:4711\""));
    }

    @Test
    void theChainIsWalkedFromTheRightPastTrustedProxiesOnly() {
        assertEquals("198.51.100.7", xff(BEHIND_PROXIES, "10.1.2.3", "198.51.100.7, 10.9.9.9, 192.0.2.10"));
        assertEquals("198.51.100.7", forwarded(BEHIND_FORWARDING_PROXIES, "10.1.2.3",
                "for=198.51.100.7;proto=https, for=10.9.9.9", "for=192.0.2.10"), "several header lines are one list");
        assertEquals("10.5.5.5", xff(BEHIND_PROXIES, "10.1.2.3", "10.5.5.5, 10.9.9.9"),
                "all hops ours: the request began inside, at the left-most");
    }

    @Test
    void aSpoofedLeftMostValueIsNeverBelieved() {
        // The child's browser sends "X-Forwarded-For: 10.0.0.1"; the proxy appends the real address.
        assertEquals("198.51.100.7", xff(BEHIND_PROXIES, "10.1.2.3", "10.0.0.1, 198.51.100.7"));
        assertEquals("198.51.100.7", xff(BEHIND_PROXIES, "10.1.2.3", "203.0.113.1, 203.0.113.2, 198.51.100.7"));
        assertEquals("198.51.100.7", forwarded(BEHIND_FORWARDING_PROXIES, "10.1.2.3",
                "for=10.0.0.1, for=198.51.100.7"));
    }

    @Test
    void onlyTheConfiguredHeaderIsRead() {
        // nginx sets X-Forwarded-For and passes the child's own "Forwarded: for=..." through untouched.
        assertEquals("198.51.100.7", BEHIND_PROXIES.of("10.1.2.3", lines("for=203.0.113.66"),
                lines("10.0.0.1, 198.51.100.7")), "a client's own Forwarded picks no bucket");
        assertEquals("198.51.100.7", BEHIND_PROXIES.of("10.1.2.3", lines("for=203.0.113.66"), lines("198.51.100.7")));
        assertEquals("10.1.2.3", BEHIND_PROXIES.of("10.1.2.3", lines("for=203.0.113.66"), null),
                "nor does it stand in for a missing X-Forwarded-For");
        // The reverse: a proxy that sets Forwarded and passes the child's own X-Forwarded-For through.
        assertEquals("198.51.100.7", BEHIND_FORWARDING_PROXIES.of("10.1.2.3", lines("for=10.0.0.1, for=198.51.100.7"),
                lines("203.0.113.66")), "a client's own X-Forwarded-For picks no bucket");
        assertEquals("10.1.2.3", BEHIND_FORWARDING_PROXIES.of("10.1.2.3", null, lines("203.0.113.66")),
                "nor does it stand in for a missing Forwarded");
    }

    @Test
    void theHeaderIsNamedAsHttpDoes() {
        assertEquals(Optional.of(ClientAddress.Header.X_FORWARDED_FOR), ClientAddress.Header.named("X-Forwarded-For"));
        assertEquals(Optional.of(ClientAddress.Header.X_FORWARDED_FOR), ClientAddress.Header.named(" x-forwarded-for "));
        assertEquals(Optional.of(ClientAddress.Header.FORWARDED), ClientAddress.Header.named("Forwarded"));
        assertEquals(Optional.of(ClientAddress.Header.FORWARDED), ClientAddress.Header.named("forwarded"));
        for (String bad : new String[] {null, "", "X-Real-IP", "X_FORWARDED_FOR", "Forwarded, X-Forwarded-For"}) {
            assertEquals(Optional.empty(), ClientAddress.Header.named(bad), String.valueOf(bad));
        }
    }

    @Test
    void ipv6AddressesAndRangesWork() {
        assertEquals("2001:db8:1:0:0:0:0:7", forwarded(BEHIND_FORWARDING_PROXIES, "2001:db8:cafe::17",
                "for=\"[2001:db8:1::7]:4711\""));
        assertEquals("2001:db8:1:0:0:0:0:7", xff(BEHIND_PROXIES, "[0:0:0:0:0:0:0:1]", "2001:db8:1::7"));
        assertEquals("2001:db8:1:0:0:0:0:7", xff(BEHIND_PROXIES, "::1", "[2001:DB8:1::7]"), "one canonical spelling");
        assertEquals("198.51.100.7", xff(BEHIND_PROXIES, "::1", "198.51.100.7, 2001:db8:cafe:1::1"));
        assertEquals("2001:db8:cafd:0:0:0:0:1", xff(BEHIND_PROXIES, "2001:db8:cafd::1", "198.51.100.7"),
                "just outside the /48");
        assertEquals("198.51.100.7", xff(BEHIND_PROXIES, "::ffff:10.1.2.3", "198.51.100.7"), "IPv4-mapped peer");
    }

    @Test
    void garbageFallsBackToThePeer() {
        List<String> garbage = new ArrayList<>(List.of("", ",", "198.51.100.7,", "unknown", "_hidden", "example.org",
                "localhost", "198.51.100.256", "1.2.3", "01.2.3.4", "198.51.100.7:port", "[198.51.100.7", ":::::",
                "fe80::1%eth0", "198.51.100.7 198.51.100.8", "<script>", "for=198.51.100.7"));
        for (String value : garbage) {
            assertEquals("10.1.2.3", xff(BEHIND_PROXIES, "10.1.2.3", value), value);
        }
        for (String value : List.of("", "for=", "for=unknown", "for=_hidden", "by=10.1.2.3", "for=example.org",
                "for=198.51.100.7,", "for=\"[2001:db8::1\"", "198.51.100.7", "for=198.51.100.7, proto=https")) {
            assertEquals("10.1.2.3", forwarded(BEHIND_FORWARDING_PROXIES, "10.1.2.3", value), value);
        }
        assertEquals("10.1.2.3", xff(BEHIND_PROXIES, "10.1.2.3", String.join(",", Collections.nCopies(40,
                "198.51.100.7"))), "an absurdly long chain");
        assertEquals("10.1.2.3", BEHIND_FORWARDING_PROXIES.of("10.1.2.3", lines("for=garbage"), lines("198.51.100.7")),
                "a malformed Forwarded is not rescued by X-Forwarded-For");
        assertEquals("10.1.2.3", BEHIND_PROXIES.of("10.1.2.3", lines("for=198.51.100.7"), lines("garbage")),
                "a malformed X-Forwarded-For is not rescued by Forwarded");
        assertEquals("10.1.2.3", BEHIND_PROXIES.of("10.1.2.3", null, null), "no header at all");
        assertEquals("10.1.2.3", BEHIND_FORWARDING_PROXIES.of("10.1.2.3", null, null), "no header at all");
        assertEquals("not-an-address", BEHIND_PROXIES.of("not-an-address", null, lines("198.51.100.7")));
    }

    @Test
    void rangesAreParsedStrictly() {
        assertTrue(ClientAddress.range("10.0.0.0/8").contains(ClientAddress.literal("10.255.0.1").orElseThrow()));
        assertFalse(ClientAddress.range("10.0.0.0/8").contains(ClientAddress.literal("11.0.0.1").orElseThrow()));
        assertTrue(ClientAddress.range("0.0.0.0/0").contains(ClientAddress.literal("203.0.113.1").orElseThrow()));
        assertFalse(ClientAddress.range("0.0.0.0/0").contains(ClientAddress.literal("::2").orElseThrow()),
                "an IPv4 range holds no IPv6 address");
        assertTrue(ClientAddress.range("192.168.1.128/25").contains(ClientAddress.literal("192.168.1.200").orElseThrow()));
        assertFalse(ClientAddress.range("192.168.1.128/25").contains(ClientAddress.literal("192.168.1.100").orElseThrow()));
        for (String bad : List.of("10.0.0.0/33", "10.0.0.0/", "10.0.0.0/-1", "10.0.0.0/x", "proxy.example.org",
                "10.0.0", "2001:db8::/129", "/8")) {
            assertThrows(IllegalArgumentException.class, () -> ClientAddress.range(bad), bad);
        }
        List<String> reported = new ArrayList<>();
        ClientAddress some = ClientAddress.trusting(new String[] {"proxy.example.org", "10.0.0.0/8"},
                ClientAddress.Header.X_FORWARDED_FOR, reported::add);
        assertEquals(List.of("proxy.example.org"), reported);
        assertEquals("198.51.100.7", xff(some, "10.1.2.3", "198.51.100.7"), "the valid entries still count");
    }
}
