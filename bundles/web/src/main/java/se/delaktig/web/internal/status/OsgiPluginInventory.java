package se.delaktig.web.internal.status;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/** Reads the plugin's bundles from the framework and their components from SCR. */
final class OsgiPluginInventory implements PluginInventory {

    static final String PREFIX = "se.delaktig.";
    static final String REFERENCE_HOST = "se.delaktig.reference-host";

    private final BundleContext context;
    private final ServiceComponentRuntime scr;

    OsgiPluginInventory(BundleContext context, ServiceComponentRuntime scr) {
        this.context = context;
        this.scr = scr;
    }

    static boolean isPlugin(String symbolicName) {
        return symbolicName != null && symbolicName.startsWith(PREFIX) && !symbolicName.equals(REFERENCE_HOST);
    }

    private Bundle[] pluginBundles() {
        return Arrays.stream(context.getBundles())
                .filter(b -> isPlugin(b.getSymbolicName()))
                .sorted(Comparator.comparing(Bundle::getSymbolicName))
                .toArray(Bundle[]::new);
    }

    @Override
    public List<BundleFacts> bundles() {
        List<BundleFacts> facts = new ArrayList<>();
        for (Bundle b : pluginBundles()) {
            boolean fragment = b.getHeaders("").get(Constants.FRAGMENT_HOST) != null;
            facts.add(new BundleFacts(b.getSymbolicName(), b.getVersion().toString(), stateName(b.getState()), fragment));
        }
        return facts;
    }

    @Override
    public List<ComponentFacts> components() {
        Bundle[] bundles = pluginBundles();
        if (bundles.length == 0) {
            return List.of();
        }
        List<ComponentFacts> facts = new ArrayList<>();
        for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs(bundles)) {
            String bundle = context.getBundle(d.bundle.id).getSymbolicName();
            if (!scr.isComponentEnabled(d)) {
                facts.add(new ComponentFacts(d.name, bundle, "DISABLED", List.of()));
                continue;
            }
            var configurations = scr.getComponentConfigurationDTOs(d);
            if (configurations.isEmpty()) {
                facts.add(new ComponentFacts(d.name, bundle, "WAITING_FOR_CONFIGURATION", List.of()));
            }
            for (ComponentConfigurationDTO c : configurations) {
                List<String> missing = c.unsatisfiedReferences == null ? List.of()
                        : Arrays.stream(c.unsatisfiedReferences).map((UnsatisfiedReferenceDTO r) -> r.name).toList();
                facts.add(new ComponentFacts(d.name, bundle, componentState(c.state), missing));
            }
        }
        facts.sort(Comparator.comparing(ComponentFacts::bundle).thenComparing(ComponentFacts::name));
        return facts;
    }

    static String stateName(int state) {
        return switch (state) {
            case Bundle.UNINSTALLED -> "UNINSTALLED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            default -> "UNKNOWN";
        };
    }

    static String componentState(int state) {
        return switch (state) {
            case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> "UNSATISFIED_CONFIGURATION";
            case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> "UNSATISFIED_REFERENCE";
            case ComponentConfigurationDTO.SATISFIED -> "SATISFIED";
            case ComponentConfigurationDTO.ACTIVE -> "ACTIVE";
            case ComponentConfigurationDTO.FAILED_ACTIVATION -> "FAILED_ACTIVATION";
            default -> "UNKNOWN";
        };
    }
}
