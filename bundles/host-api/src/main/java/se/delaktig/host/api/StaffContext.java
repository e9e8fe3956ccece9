package se.delaktig.host.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Who is signed in, and what they may see. Implemented by the host.
 *
 * <p>The plugin's web endpoints live in their own servlet contexts, so they cannot read the host's
 * session attributes. Instead they hand the request to {@link #currentStaff(HttpServletRequest)},
 * and the host recognises its own sign-in (typically a session cookie scoped to the whole site).
 *
 * <p>The plugin calls {@link #maySeeCase(Staff, String)} on every request that touches a case and
 * never caches the answer, so a decision the host changes (a case moved, a protected identity set,
 * a caseworker leaving a unit) takes effect at once.
 */
@ProviderType
public interface StaffContext {

    /**
     * Resolves the signed-in member of staff behind a request.
     *
     * @param request any request reaching the site, including ones served by the plugin
     * @return the staff member, or empty when nobody is signed in (or the sign-in has expired)
     */
    Optional<Staff> currentStaff(HttpServletRequest request);

    /**
     * Whether {@code staff} may see the case and everything the plugin holds about it. The host
     * applies its own rules, including any stricter rule for protected identities.
     *
     * @param staff  a staff member returned by {@link #currentStaff(HttpServletRequest)}
     * @param caseId an opaque case id; unknown ids answer {@code false}
     * @return {@code true} only when the host grants access
     */
    boolean maySeeCase(Staff staff, String caseId);

    /**
     * Whether {@code staff} may read anonymised statistics for the unit. Managers typically may for
     * their own units; the whole municipality's figures are asked for with {@code unitId == null}.
     *
     * @param staff  the staff member
     * @param unitId a unit id, or {@code null} for the whole municipality
     * @return {@code true} only when the host grants access
     */
    boolean maySeeStatistics(Staff staff, String unitId);
}
