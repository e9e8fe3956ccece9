package se.delaktig.referencehost.auth;

import se.delaktig.host.api.Staff;

/**
 * A signed-in staff member's session as the host's pages see it.
 *
 * @param staff     who is signed in
 * @param csrfToken the session's token for hidden form fields
 * @param token     the raw cookie token; only set right after sign-in, otherwise {@code null}
 */
public record StaffSession(Staff staff, String csrfToken, String token) { }
