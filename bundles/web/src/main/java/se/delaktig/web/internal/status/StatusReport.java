package se.delaktig.web.internal.status;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.delaktig.web.api.HealthResult.Status;
import se.delaktig.web.internal.status.PluginInventory.BundleFacts;
import se.delaktig.web.internal.status.PluginInventory.ComponentFacts;

/**
 * The plugin's health as a host administrator reads it (the JSON of {@code GET /delaktig/api/status}).
 *
 * @param healthy    false when a plugin bundle is not running, an enabled component is unsatisfied,
 *                   or a health check is CRITICAL
 * @param status     OK, WARNING (healthy, but a check warns) or CRITICAL (not healthy)
 * @param checkedAt  when, ISO-8601
 * @param problems   one readable line per problem, empty when healthy
 * @param warnings   one readable line per check that warns
 * @param checks     every health check's result, by name
 * @param bundles    every plugin bundle
 * @param components every DS component of those bundles
 */
public record StatusReport(boolean healthy, String status, String checkedAt, List<String> problems,
        List<String> warnings, List<CheckReport> checks, List<BundleFacts> bundles, List<ComponentFacts> components) {

    /**
     * One health check's result.
     *
     * @param name    the check's name, such as {@code store.database}
     * @param status  OK, WARNING or CRITICAL
     * @param message what it found, in English
     * @param millis  how long it took (up to the time limit)
     */
    public record CheckReport(String name, String status, String message, long millis) {
    }

    private static final Set<String> FINE_COMPONENT_STATES =
            Set.of("ACTIVE", "SATISFIED", "DISABLED", "WAITING_FOR_CONFIGURATION");

    static StatusReport of(PluginInventory inventory, Clock clock) {
        return of(inventory, List.of(), clock);
    }

    static StatusReport of(PluginInventory inventory, List<HealthRunner.Outcome> outcomes, Clock clock) {
        List<BundleFacts> bundles = inventory.bundles();
        List<ComponentFacts> components = inventory.components();
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (BundleFacts b : bundles) {
            boolean fine = "ACTIVE".equals(b.state()) || (b.fragment() && "RESOLVED".equals(b.state()));
            if (!fine) {
                problems.add("bundle " + b.symbolicName() + " is " + b.state() + ", not ACTIVE");
            }
        }
        for (ComponentFacts c : components) {
            if (!FINE_COMPONENT_STATES.contains(c.state())) {
                String missing = c.unsatisfiedReferences().isEmpty() ? ""
                        : " (missing: " + String.join(", ", c.unsatisfiedReferences()) + ")";
                problems.add("component " + c.name() + " is " + c.state() + missing);
            }
        }
        List<CheckReport> checks = new ArrayList<>();
        for (HealthRunner.Outcome o : outcomes) {
            Status s = o.result().status();
            checks.add(new CheckReport(o.name(), s.name(), o.result().message(), o.millis()));
            if (s == Status.CRITICAL) {
                problems.add("check " + o.name() + " is CRITICAL: " + o.result().message());
            } else if (s == Status.WARNING) {
                warnings.add("check " + o.name() + " is WARNING: " + o.result().message());
            }
        }
        String status = !problems.isEmpty() ? Status.CRITICAL.name()
                : !warnings.isEmpty() ? Status.WARNING.name() : Status.OK.name();
        return new StatusReport(problems.isEmpty(), status, clock.instant().toString(), List.copyOf(problems),
                List.copyOf(warnings), List.copyOf(checks), List.copyOf(bundles), List.copyOf(components));
    }
}
