package se.delaktig.it;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.cleanCaches;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.frameworkStartLevel;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.systemTimeout;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ops4j.pax.exam.Option;
import org.osgi.framework.Constants;
import se.delaktig.launcher.FeatureBundle;
import se.delaktig.launcher.FeatureSet;
import se.delaktig.launcher.FelixLauncher;

/**
 * Pax Exam options for the demo features, built outside the framework: every bundle the feature
 * files name, from this build's repository, in start order; the features' framework properties;
 * a fresh data folder and a free port per test class.
 */
final class ExamOptions {

    /** Framework property: where the features' configurations wait for {@link FrameworkReady}. */
    static final String CONFIGURATIONS_FILE = "delaktig.test.configurations";
    /** Start levels below Pax Exam's own probe (80), above its system bundles (5), in feature order. */
    private static final int START_LEVEL_BASE = 10;

    static Option[] demo(String testName) {
        return demo(testName, List.of(), Map.of(), Map.of());
    }

    /**
     * The demo with more: optional features layered after it (e.g. {@code delaktig-postgresql.json}), framework
     * properties set over the features' own (what their {@code $[prop:…]} placeholders read), and files an
     * administrator puts into the configuration folder (FileInstall) before the framework starts.
     *
     * @param testName          names the work folder
     * @param extraFeatures     feature files of the build, after the demo's
     * @param properties        framework properties, replacing the features' values
     * @param configurationFiles file name to content, written (mode 600 where supported) into the configuration folder
     * @return the options
     */
    static Option[] demo(String testName, List<String> extraFeatures, Map<String, String> properties,
            Map<String, String> configurationFiles) {
        FeatureSet set = BuildOutput.demo(extraFeatures);
        Path work = BuildOutput.workDir().resolve(testName + "-" + System.nanoTime()).toAbsolutePath();
        int port = freePort();
        List<Option> options = new ArrayList<>();
        options.add(cleanCaches());
        options.add(systemTimeout(120_000));
        options.add(junitBundles());
        options.add(frameworkStartLevel(100));
        Map<String, String> framework = FelixLauncher.frameworkProperties(set, port, "localhost",
                work.resolve("data"), work.resolve("config"));
        framework.remove(Constants.FRAMEWORK_STORAGE);
        framework.remove(Constants.FRAMEWORK_STORAGE_CLEAN);
        framework.putAll(properties);
        framework.put(CONFIGURATIONS_FILE, writeConfigurations(set, work).toString());
        writeConfigurationFiles(work.resolve("config"), configurationFiles);
        framework.forEach((key, value) -> options.add(frameworkProperty(key).value(value)));
        for (FeatureBundle featureBundle : set.bundles()) {
            Path file = BuildOutput.repository().resolve(featureBundle).toAbsolutePath();
            boolean fragment = BuildOutput.manifest(file).getMainAttributes().getValue(Constants.FRAGMENT_HOST) != null;
            options.add(bundle(file.toUri().toString()).startLevel(START_LEVEL_BASE + featureBundle.startOrder())
                    .start(!fragment));
        }
        return options.toArray(Option[]::new);
    }

    private static Path writeConfigurations(FeatureSet set, Path work) {
        try {
            Files.createDirectories(work.resolve("config"));
            Path file = work.resolve("feature-configurations.json");
            // The demo's generated history would write in the background while tests run: tests bring their own
            // responses (the pooled comparison file stays).
            Map<String, Map<String, Object>> configurations = new java.util.LinkedHashMap<>(set.configurations());
            configurations.computeIfPresent("se.delaktig.statistics.demo", (pid, demo) -> {
                Map<String, Object> quiet = new java.util.LinkedHashMap<>(demo);
                quiet.put("seed.responses:Integer", 0);
                return quiet;
            });
            new ObjectMapper().writeValue(file.toFile(), configurations);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeConfigurationFiles(Path folder, Map<String, String> files) {
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = folder.resolve(file.getKey());
                Files.writeString(path, file.getValue(), java.nio.charset.StandardCharsets.UTF_8);
                if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Files.setPosixFilePermissions(path, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ExamOptions() {
    }
}
