package se.delaktig.web.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Tokens that prove a form was rendered by us for this person or session (CSRF protection without
 * JavaScript). A token is bound to a subject (a staff id, a portal session) and expires; it
 * survives a restart of the plugin.
 *
 * <p>Forms put the token in a hidden field named {@link #FIELD}. On the staff application
 * {@code delaktig.api} every form post is checked for the signed-in staff member by this bundle;
 * other applications (the child portal) check with {@link #verify} for their own subject.
 */
@ProviderType
public interface CsrfTokens {

    /** The form field (and, for scripts, the header {@code X-CSRF-Token}) that carries the token. */
    String FIELD = "csrf";

    /** The request header that may carry the token instead of the form field. */
    String HEADER = "X-CSRF-Token";

    /**
     * @param subject what the token is bound to, e.g. a staff id
     * @return a fresh token for a hidden form field (URL-safe, no padding)
     */
    String issue(String subject);

    /**
     * @param subject the subject the form must have been issued for
     * @param token   the token received, possibly null
     * @return whether the token was issued by us for this subject and has not expired
     */
    boolean verify(String subject, String token);
}
