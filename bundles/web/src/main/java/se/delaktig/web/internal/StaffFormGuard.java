package se.delaktig.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import se.delaktig.host.api.Staff;
import se.delaktig.host.api.StaffContext;
import se.delaktig.web.api.CsrfTokens;
import se.delaktig.web.api.WebError;

/**
 * CSRF protection of the staff application: every state-changing request must come from our own
 * site, and a form (anything but JSON) must carry a token issued for the signed-in staff member.
 * JSON needs no token: a browser cannot send it cross-site without a CORS preflight we never allow.
 */
final class StaffFormGuard implements ContainerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    static final String CODE = "form_expired";

    private final StaffContext staffContext;
    private final CsrfTokens tokens;

    @Context
    private HttpServletRequest servletRequest;

    StaffFormGuard(StaffContext staffContext, CsrfTokens tokens) {
        this.staffContext = staffContext;
        this.tokens = tokens;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return;
        }
        if (!SameOrigin.allows(request.getHeaderString("Origin"), request.getHeaderString("Sec-Fetch-Site"),
                request.getUriInfo().getBaseUri())) {
            throw new WebError(403, CODE, null);
        }
        MediaType type = request.getMediaType();
        if (type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return;
        }
        Optional<Staff> staff = staffContext.currentStaff(servletRequest);
        if (staff.isEmpty()) {
            return; // nobody signed in: the resource answers 401 itself
        }
        String token = request.getHeaderString(CsrfTokens.HEADER);
        if (token == null && type != null && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            token = formField(request, CsrfTokens.FIELD);
        }
        if (!tokens.verify(staff.get().id(), token)) {
            throw new WebError(403, CODE, null);
        }
    }

    /** Reads a field from a url-encoded body and puts the body back for the resource. */
    static String formField(ContainerRequestContext request, String name) {
        try {
            byte[] body = request.getEntityStream().readAllBytes();
            request.setEntityStream(new ByteArrayInputStream(body));
            for (String pair : new String(body, StandardCharsets.US_ASCII).split("&")) {
                int equals = pair.indexOf('=');
                String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                if (key.equals(name)) {
                    return equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException malformed) {
            throw new WebError(400, "bad_request", null);
        }
    }
}
