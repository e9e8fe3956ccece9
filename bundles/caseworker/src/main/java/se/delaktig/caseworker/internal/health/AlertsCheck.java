package se.delaktig.caseworker.internal.health;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import se.delaktig.caseworker.internal.filing.CaseFiling;
import se.delaktig.web.api.HealthCheck;
import se.delaktig.web.api.HealthResult;
import se.delaktig.web.api.HealthResult.Status;

/**
 * {@code caseworker.alerts}: danger alerts the host's message gateway refused and that wait for a
 * retry; CRITICAL, because the case's staff may not know that a child's answers need attention.
 */
@Component(service = HealthCheck.class)
public class AlertsCheck implements HealthCheck {

    private volatile CaseFiling filing;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setFiling(CaseFiling caseFiling) {
        this.filing = caseFiling;
    }

    void unsetFiling(CaseFiling caseFiling) {
        if (this.filing == caseFiling) {
            this.filing = null;
        }
    }

    @Override
    public String name() {
        return "caseworker.alerts";
    }

    @Override
    public String title(String language) {
        return FilingCheck.title(FilingCheck.TEXTS, language, "health.alerts.title");
    }

    @Override
    public HealthResult check() {
        CaseFiling f = filing;
        return f == null ? HealthResult.of(Status.CRITICAL, FilingCheck.TEXTS, "health.filing.stopped") : judge(f.unsentAlerts());
    }

    static HealthResult judge(int unsent) {
        return unsent == 0 ? HealthResult.of(Status.OK, FilingCheck.TEXTS, "health.alerts.ok")
                : HealthResult.of(Status.CRITICAL, FilingCheck.TEXTS, "health.alerts.unsent", unsent);
    }
}
