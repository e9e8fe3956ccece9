package se.delaktig.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How to run a feature set.
 *
 * @param features     feature descriptor files, layered in this order
 * @param repositories Maven-layout repositories holding the bundles, searched in order
 * @param port         the HTTP port
 * @param host         the address to listen on ({@code localhost} keeps the demo off the network)
 * @param dataDir      where the databases and the framework cache live; kept between runs
 * @param configDir    where an administrator's configuration files ({@code .cfg}, {@code .config})
 *                     are read from by FileInstall
 * @param readyPath    a path that answers 200 once the server is ready, or {@code null}
 * @param banner       a text printed once ready, {@code {port}} replaced, or {@code null}
 * @param properties   framework properties that override the features' own
 */
public record LaunchOptions(List<Path> features, List<Path> repositories, int port, String host,
                            Path dataDir, Path configDir, String readyPath, String banner, Map<String, String> properties) {

    /** Checks the components. */
    public LaunchOptions {
        features = List.copyOf(features);
        repositories = List.copyOf(repositories);
        properties = Map.copyOf(properties);
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(configDir, "configDir");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not between 1 and 65535");
        }
    }
}
