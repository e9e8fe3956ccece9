package se.delaktig.invitation.internal.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ClientGroupTest {

    @Test
    void ipv4AddressesCountOneByOne() {
        assertEquals("10.0.0.7", ClientGroup.of("10.0.0.7"));
        assertNotEquals(ClientGroup.of("10.0.0.7"), ClientGroup.of("10.0.0.8"));
        assertEquals("10.0.0.7", ClientGroup.of("::ffff:10.0.0.7"), "IPv4-mapped is the IPv4 address");
    }

    @Test
    void ipv6AddressesCountByTheirSlash64() {
        String a = ClientGroup.of("2001:db8:1:2:aaaa:bbbb:cccc:dddd");
        assertEquals(a, ClientGroup.of("2001:db8:1:2::1"), "same /64, another address");
        assertEquals(a, ClientGroup.of("[2001:DB8:1:2::99]"), "bracketed and upper case");
        assertEquals(a, ClientGroup.of("2001:db8:1:2::5%eth0"), "with a zone");
        assertNotEquals(a, ClientGroup.of("2001:db8:1:3::1"), "the next /64 is another client");
    }

    @Test
    void anythingElseIsItsOwnTextAndNeverLookedUp() {
        assertEquals("unknown", ClientGroup.of("unknown"));
        assertEquals("example.se", ClientGroup.of("example.se"));
        assertEquals("no:such:host.example", ClientGroup.of("no:such:host.example"));
        assertEquals("", ClientGroup.of(null));
    }
}
