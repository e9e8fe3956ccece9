package se.delaktig.host.api.panel;

import java.util.Locale;
import java.util.Objects;
import se.delaktig.host.api.Staff;

/**
 * What the host asks a panel to render for.
 *
 * @param caseId    the opaque case id; the host has already checked that {@code staff} may see it
 * @param staff     the signed-in staff member
 * @param locale    the language of the page (sv or en today; others later)
 * @param returnUrl where a form posted from the panel sends the browser back to (the case page)
 */
public record PanelRequest(String caseId, Staff staff, Locale locale, String returnUrl) {
    /** Checks the components. */
    public PanelRequest {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(returnUrl, "returnUrl");
    }
}
