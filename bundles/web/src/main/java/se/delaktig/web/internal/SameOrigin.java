package se.delaktig.web.internal;

import java.net.URI;

/** Whether a state-changing request comes from our own site, by the headers browsers send. */
final class SameOrigin {

    /**
     * @param origin        the {@code Origin} header, or null (older browsers, same-origin GETs)
     * @param fetchSite     the {@code Sec-Fetch-Site} header, or null
     * @param applicationBase the request's base URI (scheme, host and port of this site)
     * @return false when either header says the request comes from elsewhere
     */
    static boolean allows(String origin, String fetchSite, URI applicationBase) {
        // The browser's own verdict decides where it is sent (every current browser): pages served
        // with Referrer-Policy: no-referrer make same-origin form posts carry "Origin: null".
        if (fetchSite != null) {
            return fetchSite.equals("same-origin") || fetchSite.equals("none");
        }
        if (origin == null) {
            return true;
        }
        if (origin.equals("null")) {
            return false;
        }
        try {
            URI from = URI.create(origin);
            return from.getScheme() != null && from.getScheme().equalsIgnoreCase(applicationBase.getScheme())
                    && from.getHost() != null && from.getHost().equalsIgnoreCase(applicationBase.getHost())
                    && port(from) == port(applicationBase);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private SameOrigin() {
    }
}
