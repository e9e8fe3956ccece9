package se.delaktig.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import se.delaktig.launcher.config.ConfigurationSeeder;

/** Starts an OSGi framework with the bundles and configuration of a feature set. */
public final class FelixLauncher {

    /** Framework property naming the data folder; bundles keep their databases below it. */
    public static final String DATA_DIR_PROPERTY = "delaktig.data.dir";

    /**
     * The framework properties for a feature set: the features' own, then the launch's (port and
     * folders).
     *
     * @param set     the feature set
     * @param port    the HTTP port
     * @param host    the address to listen on
     * @param dataDir the data folder
     * @param configDir the FileInstall folder
     * @return the properties
     */
    public static Map<String, String> frameworkProperties(FeatureSet set, int port, String host, Path dataDir, Path configDir) {
        Map<String, String> properties = new HashMap<>(set.frameworkProperties());
        properties.put(Constants.FRAMEWORK_STORAGE, dataDir.resolve("framework").toAbsolutePath().toString());
        // Bundles and ConfigAdmin state are rebuilt from the features on every start; data lives in the databases.
        properties.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        properties.put("org.osgi.service.http.port", Integer.toString(port));
        properties.put("org.apache.felix.http.host", host);
        properties.put(DATA_DIR_PROPERTY, dataDir.toAbsolutePath().toString());
        properties.put("felix.fileinstall.dir", configDir.toAbsolutePath().toString());
        return properties;
    }

    /**
     * Starts a framework and every bundle of the set, in start order; fragments are installed only.
     * The features' configurations go to ConfigAdmin as soon as it runs, before the bundles that
     * follow it start.
     *
     * @param set        the feature set
     * @param repository where the bundle files are
     * @param properties the framework properties
     * @return the running framework
     * @throws BundleException when the framework or a bundle does not start; the framework is stopped
     * @throws IOException     when a bundle file cannot be read
     */
    public static Framework start(FeatureSet set, ArtifactRepository repository, Map<String, String> properties)
            throws BundleException, IOException {
        List<FeatureBundle> bundles = set.bundles();
        List<Path> files = repository.resolveAll(bundles);
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no OSGi framework on the class path"));
        Framework framework = factory.newFramework(properties);
        framework.init();
        try {
            List<Bundle> installed = new ArrayList<>();
            for (int i = 0; i < bundles.size(); i++) {
                try (InputStream in = Files.newInputStream(files.get(i))) {
                    installed.add(framework.getBundleContext().installBundle("feature:" + bundles.get(i).id(), in));
                }
            }
            framework.start();
            boolean configured = set.configurations().isEmpty();
            for (Bundle bundle : installed) {
                if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                    bundle.start();
                }
                if (!configured && ConfigurationSeeder.ready(framework.getBundleContext())) {
                    ConfigurationSeeder.seed(framework.getBundleContext(), set.configurations());
                    configured = true;
                }
            }
            if (!configured) {
                throw new IllegalStateException("the features have configurations but no ConfigAdmin bundle");
            }
            return framework;
        } catch (BundleException | IOException | RuntimeException e) {
            framework.stop();
            throw e;
        }
    }

    private FelixLauncher() {
    }
}
