package se.delaktig.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

    private static MultivaluedMap<String, Object> filtered(MediaType type) {
        return filtered(type, "http://localhost:8080/delaktig/portal/");
    }

    private static MultivaluedMap<String, Object> filtered(MediaType type, String applicationBase) {
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        headers.putSingle("Cache-Control", "max-age=3600");
        ContainerResponseContext response = Fakes.of(ContainerResponseContext.class, Map.of(
                "getHeaders", args -> headers,
                "getMediaType", args -> type));
        UriInfo uris = Fakes.of(UriInfo.class, Map.of("getBaseUri", args -> URI.create(applicationBase)));
        new SecurityHeadersFilter().filter(Fakes.of(ContainerRequestContext.class, Map.of("getUriInfo", args -> uris)),
                response);
        return headers;
    }

    @Test
    void jsonGetsTheStrictPolicyAndNoCaching() {
        MultivaluedMap<String, Object> headers = filtered(MediaType.APPLICATION_JSON_TYPE);
        assertEquals("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
                headers.getFirst("Content-Security-Policy"));
        assertEquals("nosniff", headers.getFirst("X-Content-Type-Options"));
        assertEquals("no-referrer", headers.getFirst("Referrer-Policy"));
        assertEquals(1, headers.get("Cache-Control").size());
        assertEquals("no-store", headers.getFirst("Cache-Control"));
    }

    @Test
    void htmlMayLoadOnlyOurOwnAssets() {
        MultivaluedMap<String, Object> headers = filtered(MediaType.valueOf("text/html;charset=UTF-8"));
        assertEquals("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; "
                + "style-src 'self'; img-src 'self' data:; media-src 'self'; script-src 'self'",
                headers.getFirst("Content-Security-Policy"));
        assertEquals("no-store", headers.getFirst("Cache-Control"));
    }

    @Test
    void emptyResponsesAreCoveredToo() {
        MultivaluedMap<String, Object> headers = filtered(null);
        assertEquals(SecurityHeadersFilter.CSP_BASE, headers.getFirst("Content-Security-Policy"));
        assertEquals("nosniff", headers.getFirst("X-Content-Type-Options"));
    }

    @Test
    void staffPagesSendTheirOriginToThisSiteOnlyAndThePortalNothing() {
        MultivaluedMap<String, Object> staff = filtered(MediaType.TEXT_HTML_TYPE, "http://localhost:8080/delaktig/api/");
        assertEquals("same-origin", staff.getFirst("Referrer-Policy"), "forms post a real Origin, not \"null\"");
        MultivaluedMap<String, Object> portal = filtered(MediaType.TEXT_HTML_TYPE, "http://localhost:8080/delaktig/portal/");
        assertEquals("no-referrer", portal.getFirst("Referrer-Policy"), "issue 5: the child portal sends nothing");
    }
}
