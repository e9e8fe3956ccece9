package se.delaktig.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ReferrerPolicyTest {

    @Test
    void staffPagesSendTheirOriginToThisSiteOnly() {
        assertEquals("same-origin", ReferrerPolicy.forApplication(URI.create("http://localhost:8080/delaktig/api/")));
        assertEquals("same-origin", ReferrerPolicy.forApplication(URI.create("https://esset.example/delaktig/api")));
    }

    @Test
    void theChildPortalAndAnythingElseSendNothing() {
        assertEquals("no-referrer", ReferrerPolicy.forApplication(URI.create("http://localhost:8080/delaktig/portal/")));
        assertEquals("no-referrer", ReferrerPolicy.forApplication(URI.create("http://localhost/delaktig/")));
        assertEquals("no-referrer", ReferrerPolicy.forApplication(URI.create("http://localhost/delaktig/apis/")));
        assertEquals("no-referrer", ReferrerPolicy.forApplication(URI.create("http://localhost/")));
        assertEquals("no-referrer", ReferrerPolicy.forApplication(null));
    }
}
