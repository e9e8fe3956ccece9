package se.delaktig.portal.internal;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Where a post leads: the page's path under the portal root and how to render it. A plain form post
 * gets a 303 to that clean URL (POST-redirect-GET, as without JavaScript). The portal's script sends
 * the same post with {@code fetch} and the header {@value #HEADER}: {@value #VALUE}; it gets the page
 * itself at once (200, {@code Content-Location} naming its URL), so saving an answer costs one round
 * trip and no page load, and the script shows exactly what the GET after the redirect would show.
 *
 * @param path a path under {@link Pages#ROOT}, with its query if any, e.g. {@code /q/home-how?n=replaced}
 * @param page renders the page for the child's place after the post
 */
record Step(String path, PortalRequests.PlaceAction page) {

    static final String HEADER = "X-Requested-With";
    static final String VALUE = "delaktig";

    /** @return whether the post came from the portal's own script and wants the next page back */
    static boolean fetched(HttpHeaders headers) {
        return VALUE.equals(headers.getHeaderString(HEADER));
    }

    /** @param place the child's place with the post's answer saved */
    Response reply(HttpHeaders headers, Answering.Place place) {
        if (!fetched(headers)) {
            return PortalRequests.redirect(path);
        }
        Response shown = page.on(place);
        if (shown.getStatus() != 200) {
            return shown; // e.g. a redirect: the script then loads that URL as a page of its own
        }
        return Response.fromResponse(shown).header("Content-Location", Pages.ROOT + path).build();
    }
}
