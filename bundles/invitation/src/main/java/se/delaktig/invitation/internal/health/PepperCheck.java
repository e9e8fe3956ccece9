package se.delaktig.invitation.internal.health;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import se.delaktig.invitation.internal.code.InvitationCodes;
import se.delaktig.web.api.HealthCheck;
import se.delaktig.web.api.HealthResult;
import se.delaktig.web.api.HealthResult.Status;

/**
 * {@code invitation.codes}: the code pepper is configured. {@link InvitationCodes} exists only with a
 * valid pepper (PID {@value InvitationCodes#PID}); without it no invitation can be made or redeemed.
 */
@Component(service = HealthCheck.class)
public class PepperCheck implements HealthCheck {

    private volatile InvitationCodes codes;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setCodes(InvitationCodes invitationCodes) {
        this.codes = invitationCodes;
    }

    void unsetCodes(InvitationCodes invitationCodes) {
        if (this.codes == invitationCodes) {
            this.codes = null;
        }
    }

    @Override
    public String name() {
        return "invitation.codes";
    }

    @Override
    public String title(String language) {
        return HealthTexts.title(language, "health.codes.title");
    }

    @Override
    public HealthResult check() {
        return codes != null ? HealthResult.of(Status.OK, HealthTexts.TEXTS, "health.codes.ok")
                : HealthResult.of(Status.CRITICAL, HealthTexts.TEXTS, "health.codes.missing", InvitationCodes.PID);
    }
}
