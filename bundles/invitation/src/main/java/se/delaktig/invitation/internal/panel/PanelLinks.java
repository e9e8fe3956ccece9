package se.delaktig.invitation.internal.panel;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The URLs the panel's forms post to and where they send the browser back. */
public final class PanelLinks {

    /** The panel's id, also the case page's HTML id ({@code panel-<id>}) used as the return fragment. */
    public static final String PANEL_ID = "delaktig-invitations";
    /** The panel on the case page. */
    public static final String PANEL_FRAGMENT = "panel-" + PANEL_ID;
    /** The question waiting for confirmation, so the next Tab reaches its button. */
    public static final String QUESTION_FRAGMENT = "dlk-confirm";
    /** The list's heading, where <i>Cancel</i> of a question returns to. */
    public static final String LIST_FRAGMENT = "dlk-list-heading";
    static final String API = "/delaktig/api/cases/";

    private PanelLinks() {
    }

    /** @return the form action that creates an invitation on the case */
    public static String create(String caseId) {
        return API + segment(caseId) + "/invitations";
    }

    /** @return the path of one invitation of the case (JSON) */
    public static String invitation(String caseId, String invitationId) {
        return create(caseId) + "/" + segment(invitationId);
    }

    /** @return the form action of an operation ({@code resend}, {@code revoke}, {@code extend}) */
    public static String action(String caseId, String invitationId, String operation) {
        return invitation(caseId, invitationId) + "/" + operation;
    }

    /**
     * @param returnUrl the case page, as the host gives it
     * @return the case page with the panel's fragment, or the host's URL unchanged when it is not a URI
     */
    public static URI back(String returnUrl) {
        return back(returnUrl, PANEL_FRAGMENT);
    }

    /**
     * @param returnUrl the case page, as the host gives it
     * @param fragment  an id in the panel
     * @return the case page with that fragment, or the host's URL unchanged when it is not a URI
     */
    public static URI back(String returnUrl, String fragment) {
        String withoutFragment = returnUrl.contains("#") ? returnUrl.substring(0, returnUrl.indexOf('#')) : returnUrl;
        try {
            return URI.create(withoutFragment + "#" + fragment);
        } catch (IllegalArgumentException e) {
            return URI.create(withoutFragment);
        }
    }

    /** Percent-encodes an opaque id for one path segment. */
    static String segment(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
