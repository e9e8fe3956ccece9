package se.delaktig.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.delaktig.launcher.Feature;
import se.delaktig.launcher.FeatureBundle;

/**
 * Build checks on the features: they name exactly the bundles the build provides, and no plugin
 * bundle sees the reference host (the plugin must know the host only through host-api).
 */
class FeatureRepositoryTest {

    private static final String REFERENCE_HOST_PACKAGE = "se.delaktig.referencehost";

    @Test
    void everyFeatureBundleIsInTheRepositoryAndEveryRepositoryBundleInAFeature() throws IOException {
        Set<Path> named = new TreeSet<>();
        for (Feature feature : BuildOutput.allFeatures()) {
            for (FeatureBundle bundle : feature.bundles()) {
                Path jar = BuildOutput.repository().resolve(bundle).toAbsolutePath().normalize();
                assertTrue(Files.isRegularFile(jar), feature.id() + " names " + bundle + ", not in the repository: " + jar);
                named.add(jar);
            }
        }
        Set<Path> present;
        try (Stream<Path> files = Files.walk(BuildOutput.repositoryDir())) {
            present = files.filter(f -> f.toString().endsWith(".jar")).map(f -> f.toAbsolutePath().normalize())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        present.removeAll(named);
        assertTrue(present.isEmpty(), "in features/pom.xml but in no feature file: " + present);
    }

    @Test
    void theOptionalFeaturesAreAllKnownAndLayerOverTheDemo() {
        List<String> files = BuildOutput.allFeatures().stream().map(Feature::id).toList();
        assertEquals(BuildOutput.DEMO_FEATURES.size() + BuildOutput.OPTIONAL_FEATURES.size(), files.size(),
                "a new feature file: add it to BuildOutput.DEMO_FEATURES or OPTIONAL_FEATURES " + files);
        for (String optional : BuildOutput.OPTIONAL_FEATURES) {
            List<Feature> layered = new ArrayList<>(BuildOutput.demo().features());
            layered.add(BuildOutput.feature(optional));
            new se.delaktig.launcher.FeatureSet(layered).bundles(); // no artifact in two versions
        }
    }

    @Test
    void thePostgreSqlFeatureBringsADriverWhoseActivatorRegistersTheDataSourceFactoryTheStoreIsToldToUse() {
        Feature postgresql = BuildOutput.feature("delaktig-postgresql.json");
        Manifest driver = BuildOutput.manifest(BuildOutput.repository().resolve(postgresql.bundles().get(0)));
        assertEquals("org.postgresql.osgi.PGBundleActivator", driver.getMainAttributes().getValue("Bundle-Activator"));
        String provided = driver.getMainAttributes().getValue("Provide-Capability");
        assertTrue(provided.contains("objectClass=\"org.osgi.service.jdbc.DataSourceFactory\"")
                && provided.contains("osgi.jdbc.driver.class=\"org.postgresql.Driver\""), provided);
        assertTrue(driver.getMainAttributes().getValue("Import-Package").contains("org.osgi.service.jdbc"));
        Map<String, Object> store = postgresql.configurations().get("se.delaktig.store");
        assertEquals("(osgi.jdbc.driver.class=org.postgresql.Driver)", store.get("dataSourceFactory.target"));
        assertTrue(String.valueOf(store.get("jdbc.url")).startsWith("$[prop:"), String.valueOf(store));
        for (Object value : store.values()) {
            String text = String.valueOf(value);
            if (text.startsWith("$[prop:")) {
                String property = text.substring("$[prop:".length(), text.length() - 1);
                assertTrue(postgresql.frameworkProperties().containsKey(property), property + " has a default");
            }
        }
    }

    @Test
    void thePluginFeatureLeavesTheReferenceHostOut() {
        List<String> ids = BuildOutput.feature("delaktig-plugin.json").bundles().stream().map(FeatureBundle::artifactId).toList();
        assertTrue(!ids.contains("reference-host"), "the plugin feature must not carry the reference host: " + ids);
        assertTrue(ids.contains("host-api"), "the plugin feature carries host-api: " + ids);
    }

    @Test
    void noPluginBundleImportsOrEmbedsTheReferenceHost() {
        List<String> offenders = new ArrayList<>();
        List<FeatureBundle> ours = BuildOutput.feature("delaktig-plugin.json").bundles().stream()
                .filter(b -> b.groupId().equals("se.delaktig")).toList();
        assertTrue(ours.size() >= 2, "expected the plugin's own bundles in the plugin feature: " + ours);
        for (FeatureBundle bundle : ours) {
            Manifest manifest = BuildOutput.manifest(BuildOutput.repository().resolve(bundle));
            for (String header : List.of("Import-Package", "DynamicImport-Package", "Require-Bundle", "Private-Package")) {
                String value = manifest.getMainAttributes().getValue(header);
                if (value != null && (value.contains(REFERENCE_HOST_PACKAGE) || value.contains("reference-host"))) {
                    offenders.add(bundle.artifactId() + " " + header + ": " + value);
                }
            }
            String dynamic = manifest.getMainAttributes().getValue("DynamicImport-Package");
            if (dynamic != null && dynamic.trim().equals("*")) {
                offenders.add(bundle.artifactId() + " imports everything dynamically");
            }
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void theReferenceHostSeesThePluginOnlyThroughHostApi() {
        FeatureBundle host = BuildOutput.feature("delaktig-reference-host.json").bundles().get(0);
        String imports = BuildOutput.manifest(BuildOutput.repository().resolve(host)).getMainAttributes().getValue("Import-Package");
        List<String> ourImports = List.of(imports.split(",(?=[a-zA-Z])")).stream().map(String::trim)
                .filter(p -> p.startsWith("se.delaktig.")).map(p -> p.split(";")[0]).toList();
        assertTrue(ourImports.stream().allMatch(p -> p.startsWith("se.delaktig.host.api")),
                "the reference host may import only host-api of our packages: " + ourImports);
    }
}
