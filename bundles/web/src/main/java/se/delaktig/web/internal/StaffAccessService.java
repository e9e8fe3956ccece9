package se.delaktig.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import se.delaktig.host.api.Staff;
import se.delaktig.host.api.StaffContext;
import se.delaktig.host.api.StaffRole;
import se.delaktig.web.api.StaffAccess;
import se.delaktig.web.api.WebError;

/** Asks the host on every call, caches nothing, and answers 404 for any case one may not see. */
@Component(service = StaffAccess.class)
public class StaffAccessService implements StaffAccess {

    private final StaffContext host;

    @Activate
    public StaffAccessService(@Reference StaffContext host) {
        this.host = host;
    }

    @Override
    public Staff requireStaff(HttpServletRequest request) {
        return host.currentStaff(request)
                .orElseThrow(() -> new WebError(401, "unauthenticated", null));
    }

    @Override
    public Staff requireRole(HttpServletRequest request, StaffRole role) {
        Staff staff = requireStaff(request);
        if (!staff.hasRole(role)) {
            throw new WebError(403, "forbidden", null);
        }
        return staff;
    }

    @Override
    public Staff requireCase(HttpServletRequest request, String caseId) {
        Staff staff = requireStaff(request);
        // unknown and forbidden cases look the same, so nobody learns which cases exist
        if (caseId == null || caseId.isBlank() || !host.maySeeCase(staff, caseId)) {
            throw new WebError(404, "not_found", null);
        }
        return staff;
    }
}
