package se.delaktig.launcher;

import java.util.List;
import java.util.Map;

/**
 * One feature descriptor in the Sling Feature Model JSON: what {@link FeatureReader} understands of
 * it (bundles, configurations in the OSGi Configurator format, framework properties).
 *
 * @param id                  the feature's id
 * @param title               its title
 * @param bundles             its bundles in the order written
 * @param configurations      PID (or {@code factoryPid~name}) to properties, as written
 * @param frameworkProperties framework properties
 */
public record Feature(String id, String title, List<FeatureBundle> bundles,
                      Map<String, Map<String, Object>> configurations, Map<String, String> frameworkProperties) {

    /** Takes immutable copies. */
    public Feature {
        bundles = List.copyOf(bundles);
        configurations = Map.copyOf(configurations);
        frameworkProperties = Map.copyOf(frameworkProperties);
    }
}
