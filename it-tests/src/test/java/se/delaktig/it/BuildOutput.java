package se.delaktig.it;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import se.delaktig.launcher.ArtifactRepository;
import se.delaktig.launcher.Feature;
import se.delaktig.launcher.FeatureReader;
import se.delaktig.launcher.FeatureSet;

/** Where this build put the features and their bundles; read outside the framework. */
final class BuildOutput {

    static final List<String> DEMO_FEATURES = List.of("delaktig-platform.json", "delaktig-plugin.json",
            "delaktig-reference-host.json");

    static Path featuresDir() {
        return Path.of(System.getProperty("delaktig.features.dir", "../features/target/classes/features"));
    }

    static Path repositoryDir() {
        return Path.of(System.getProperty("delaktig.repository.dir", "../features/target/repository"));
    }

    static Path workDir() {
        return Path.of(System.getProperty("delaktig.test.work.dir", "target/it-work"));
    }

    static Feature feature(String name) {
        try (InputStream in = Files.newInputStream(featuresDir().resolve(name))) {
            return new FeatureReader().read(name, in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read feature " + name + " (build first: mvn package)", e);
        }
    }

    /** Optional features a host adds to the demo set (not part of the demo). */
    static final List<String> OPTIONAL_FEATURES = List.of("delaktig-postgresql.json");

    /** @return every feature file of the build, demo and optional */
    static List<Feature> allFeatures() {
        try (var files = Files.list(featuresDir())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
                    .map(BuildOutput::feature).toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + featuresDir() + " (build first: mvn package)", e);
        }
    }

    static FeatureSet demo() {
        return demo(List.of());
    }

    /** @return the demo features with optional ones (e.g. {@code delaktig-postgresql.json}) layered after them */
    static FeatureSet demo(List<String> extraFeatures) {
        List<Feature> features = new ArrayList<>();
        DEMO_FEATURES.forEach(name -> features.add(feature(name)));
        extraFeatures.forEach(name -> features.add(feature(name)));
        return new FeatureSet(features);
    }

    static ArtifactRepository repository() {
        return new ArtifactRepository(List.of(repositoryDir()));
    }

    static Manifest manifest(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            if (manifest == null) {
                throw new IllegalStateException(jar + " has no manifest");
            }
            return manifest;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + jar, e);
        }
    }

    private BuildOutput() {
    }
}
