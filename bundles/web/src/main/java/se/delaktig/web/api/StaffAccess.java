package se.delaktig.web.api;

import jakarta.servlet.http.HttpServletRequest;
import org.osgi.annotation.versioning.ProviderType;
import se.delaktig.host.api.Staff;
import se.delaktig.host.api.StaffRole;

/**
 * The access checks every staff endpoint starts with. Each call asks the host's
 * {@link se.delaktig.host.api.StaffContext} afresh; nothing is cached, so a right the host
 * withdraws is gone on the next request.
 *
 * <p>Failures are thrown as {@link WebError}, which the plugin's error mapper turns into a JSON
 * error with the right status. A resource therefore just calls, for example,
 * {@code Staff staff = access.requireCase(request, caseId);} and goes on.
 */
@ProviderType
public interface StaffAccess {

    /**
     * @param request the current request
     * @return the signed-in member of staff
     * @throws WebError 401 {@code unauthenticated} when nobody is signed in
     */
    Staff requireStaff(HttpServletRequest request);

    /**
     * @param request the current request
     * @param role    the role the endpoint needs
     * @return the signed-in member of staff, who holds {@code role}
     * @throws WebError 401 when nobody is signed in, 403 {@code forbidden} without the role
     */
    Staff requireRole(HttpServletRequest request, StaffRole role);

    /**
     * Checks that the signed-in member of staff may see a case. An unknown case and a case the
     * host does not let this person see both answer 404, so that nobody learns which cases exist.
     *
     * @param request the current request
     * @param caseId  an opaque case id, as received
     * @return the signed-in member of staff
     * @throws WebError 401 when nobody is signed in, 404 {@code not_found} otherwise
     */
    Staff requireCase(HttpServletRequest request, String caseId);
}
