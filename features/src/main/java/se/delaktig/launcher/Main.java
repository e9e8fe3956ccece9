package se.delaktig.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osgi.framework.BundleException;
import org.osgi.framework.launch.Framework;

/**
 * Runs features on Felix: {@code java -jar delaktig-launcher.jar [options]}. Without options it
 * runs the demo (platform + plugin + reference host) from the build folder it sits in.
 */
public final class Main {

    private static final Duration READY_DEADLINE = Duration.ofSeconds(120);

    public static void main(String[] args) throws Exception {
        LaunchOptions options;
        try {
            options = CommandLine.parse(args, buildFolder());
        } catch (IllegalArgumentException e) {
            if (e.getMessage().equals("help")) {
                System.out.println(CommandLine.USAGE);
                return;
            }
            System.err.println("delaktig-launcher: " + e.getMessage());
            System.err.println(CommandLine.USAGE);
            System.exit(2);
            return;
        }
        if (!portFree(options.host(), options.port())) {
            System.err.println("delaktig-launcher: port " + options.port() + " on " + options.host()
                    + " is in use (another demo still running?); choose another with --port (demo.sh: PORT=8081 ./demo.sh)");
            System.exit(1);
            return;
        }
        FeatureReader reader = new FeatureReader();
        List<Feature> features = new ArrayList<>();
        for (Path file : options.features()) {
            try (InputStream in = Files.newInputStream(file)) {
                features.add(reader.read(file.toString(), in));
            }
        }
        Files.createDirectories(options.configDir());
        FeatureSet set = new FeatureSet(features);
        Map<String, String> properties = FelixLauncher.frameworkProperties(set, options.port(), options.host(),
                options.dataDir(), options.configDir());
        properties.putAll(options.properties());
        Framework framework;
        try {
            framework = FelixLauncher.start(set, new ArtifactRepository(options.repositories()), properties);
        } catch (IllegalStateException | BundleException e) {
            System.err.println("delaktig-launcher: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(framework), "delaktig-shutdown"));
        System.out.println("Felix started with " + set.bundles().size() + " bundles; data in " + options.dataDir().toAbsolutePath()
                + ", configuration files read from " + options.configDir().toAbsolutePath());
        if (options.readyPath() != null) {
            awaitReady(options);
        }
        framework.waitForStop(0);
    }

    private static void awaitReady(LaunchOptions options) throws InterruptedException, URISyntaxException {
        URI uri = new URI("http://" + options.host() + ":" + options.port() + options.readyPath());
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(READY_DEADLINE);
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    // The JVM's own start: with exec from a script the process may be older than the JVM.
                    Instant started = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
                    System.out.printf("%nReady in %.1f s (JVM start to first HTTP 200 on %s).%n",
                            Duration.between(started, Instant.now()).toMillis() / 1000.0, options.readyPath());
                    if (options.banner() != null) {
                        System.out.println(options.banner().replace("{port}", Integer.toString(options.port()))
                                .replace("{host}", options.host()));
                    }
                    return;
                }
            } catch (IOException notYet) {
                // the server is not listening yet
            }
            Thread.sleep(100);
        }
        System.err.println("delaktig-launcher: " + uri + " did not answer 200 within " + READY_DEADLINE.toSeconds() + " s");
    }

    private static boolean portFree(String host, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(host, port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void stop(Framework framework) {
        try {
            framework.stop();
            framework.waitForStop(30_000);
        } catch (Exception e) {
            System.err.println("delaktig-launcher: stopping the framework failed: " + e);
        }
    }

    /** @return the folder the launcher jar sits in (target/ of the features module) */
    private static Path buildFolder() throws URISyntaxException {
        Path location = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return location.getParent();
    }

    private Main() {
    }
}
