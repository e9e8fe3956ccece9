package se.delaktig.web.internal.status;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.delaktig.web.internal.status.PluginInventory.BundleFacts;
import se.delaktig.web.internal.status.PluginInventory.ComponentFacts;

/**
 * The plugin's health as a host administrator reads it (the JSON of {@code GET /delaktig/api/status}).
 *
 * @param healthy    false when a plugin bundle is not running or an enabled component is unsatisfied
 * @param checkedAt  when, ISO-8601
 * @param problems   one readable line per problem, empty when healthy
 * @param bundles    every plugin bundle
 * @param components every DS component of those bundles
 */
public record StatusReport(boolean healthy, String checkedAt, List<String> problems,
        List<BundleFacts> bundles, List<ComponentFacts> components) {

    private static final Set<String> FINE_COMPONENT_STATES =
            Set.of("ACTIVE", "SATISFIED", "DISABLED", "WAITING_FOR_CONFIGURATION");

    static StatusReport of(PluginInventory inventory, Clock clock) {
        List<BundleFacts> bundles = inventory.bundles();
        List<ComponentFacts> components = inventory.components();
        List<String> problems = new ArrayList<>();
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
        return new StatusReport(problems.isEmpty(), clock.instant().toString(), List.copyOf(problems),
                List.copyOf(bundles), List.copyOf(components));
    }
}
