package se.delaktig.web.internal.status;

import java.util.List;

/** What is installed and running of the plugin, as plain facts, so health is testable without OSGi. */
public interface PluginInventory {

    /** A plugin bundle; {@code state} is the OSGi state name such as ACTIVE or RESOLVED. */
    record BundleFacts(String symbolicName, String version, String state, boolean fragment) {
    }

    /**
     * One configuration of a DS component (or one entry for a component without any).
     *
     * @param state ACTIVE, SATISFIED, UNSATISFIED_REFERENCE, UNSATISFIED_CONFIGURATION,
     *              FAILED_ACTIVATION, DISABLED, or WAITING_FOR_CONFIGURATION for an enabled
     *              component that requires a configuration nobody has given (switched off on purpose)
     */
    record ComponentFacts(String name, String bundle, String state, List<String> unsatisfiedReferences) {
        public ComponentFacts {
            unsatisfiedReferences = List.copyOf(unsatisfiedReferences);
        }
    }

    /** @return the plugin's bundles */
    List<BundleFacts> bundles();

    /** @return the DS components of those bundles */
    List<ComponentFacts> components();
}
