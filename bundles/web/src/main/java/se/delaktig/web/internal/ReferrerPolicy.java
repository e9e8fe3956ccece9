package se.delaktig.web.internal;

import java.net.URI;
import se.delaktig.web.api.DelaktigApplications;

/**
 * The one place that decides the {@code Referrer-Policy} of everything the plugin serves.
 *
 * <ul>
 * <li><b>Staff pages</b> ({@code delaktig.api}): {@value #STAFF}. Under {@code no-referrer} browsers
 *     send {@code Origin: null} with a same-origin form post, which says nothing about where it came
 *     from; {@code same-origin} sends the real origin to this site (the staff form guard checks it
 *     beside {@code Sec-Fetch-Site}) and nothing to any other site, so case ids in staff URLs never
 *     leave the host. The reference host's own pages use the same policy.</li>
 * <li><b>The child portal</b> and any application not named here: {@value #STRICT} (issue 5: a child's
 *     session path or code must never reach anyone, not even in a same-site log). The portal's form
 *     check counts {@code Origin: null} as no evidence and relies on {@code Sec-Fetch-Site}.</li>
 * <li><b>Static files</b>: {@value #STRICT}; a stylesheet or SVG has no reason to tell anyone where it
 *     was loaded from.</li>
 * </ul>
 */
public final class ReferrerPolicy {

    /** Staff pages: the origin to this site only. */
    public static final String STAFF = "same-origin";
    /** The child portal, static files and anything else. */
    public static final String STRICT = "no-referrer";

    /**
     * @param applicationBase the base URI of the Jakarta REST application that answers
     *                        ({@code http://host/delaktig/api/} for the staff application)
     * @return {@link #STAFF} for the staff application, {@link #STRICT} for every other one
     */
    public static String forApplication(URI applicationBase) {
        String path = applicationBase == null || applicationBase.getPath() == null ? "" : applicationBase.getPath();
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path.endsWith("/" + DelaktigApplications.API_BASE) ? STAFF : STRICT;
    }

    private ReferrerPolicy() {
    }
}
