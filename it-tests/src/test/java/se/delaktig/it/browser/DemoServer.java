package se.delaktig.it.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The demo (launcher + features) in its own process, as a person runs it: a free port, a fresh
 * data folder, stopped by its process id.
 */
public final class DemoServer implements AutoCloseable {

    private static final Duration START_DEADLINE = Duration.ofSeconds(90);
    private final Process process;
    private final int port;
    private final Path log;

    private DemoServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * An administrator's file that turns off the demo's generated history (300 responses written in
     * the background after start), for tests that need a quiet server and exact data.
     */
    public static final java.util.Map<String, String> WITHOUT_HISTORY =
            java.util.Map.of("se.delaktig.statistics.demo.cfg", "seed.responses=0\npooled.file=true\n");

    /** @return the demo with the features' configuration only */
    public static DemoServer start() {
        return start(java.util.Map.of());
    }

    /**
     * @param configurationFiles file name to content, written into the configuration folder before
     *                           start (FileInstall reads them, as an administrator's files)
     * @return the running demo
     */
    public static DemoServer start(java.util.Map<String, String> configurationFiles) {
        try {
            Path work = Files.createDirectories(Path.of("target", "browser-work")).resolve("demo-" + System.nanoTime());
            Files.createDirectories(work.resolve("data").resolve("config"));
            for (var file : configurationFiles.entrySet()) {
                Files.writeString(work.resolve("data").resolve("config").resolve(file.getKey()), file.getValue());
            }
            int port = freePort();
            Path log = work.resolve("server.log");
            Path launcher = Path.of(System.getProperty("delaktig.launcher.jar", "../features/target/delaktig-launcher.jar"));
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(List.of(java, "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-jar", launcher.toString(), "--port", Integer.toString(port), "--data", work.resolve("data").toString()))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            DemoServer server = new DemoServer(process, port, log);
            server.awaitReady();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the base URL, e.g. {@code http://localhost:41234} */
    public String base() {
        return "http://localhost:" + port;
    }

    /** @param path a path on the server @return its URL */
    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * Paths that answer something other than 404 once the plugin's web resources are registered:
     * the host answers first, and the Jakarta REST whiteboard adds (and reloads for) each resource
     * a moment later.
     */
    private static final List<String> READY_PROBES = List.of("/host/health", "/delaktig/api/status",
            "/delaktig/api/questionnaires", "/delaktig/api/cases/probe/invitations", "/delaktig/api/cases/probe/results",
            "/delaktig/portal/");

    private void awaitReady() throws IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_DEADLINE);
        int readyInARow = 0;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the demo exited with " + process.exitValue() + ": " + Files.readString(log));
            }
            readyInARow = allProbesAnswer(client) ? readyInARow + 1 : 0;
            if (readyInARow >= 5) { // stable for half a second: no whiteboard reload under way
                return;
            }
            sleep(100);
        }
        close();
        throw new IllegalStateException("the demo did not answer within " + START_DEADLINE.toSeconds() + " s: " + Files.readString(log));
    }

    private boolean allProbesAnswer(HttpClient client) {
        for (String probe : READY_PROBES) {
            try {
                int status = client.send(HttpRequest.newBuilder(URI.create(url(probe))).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 404 || status >= 500 || (probe.equals("/host/health") && status != 200)) {
                    return false;
                }
            } catch (IOException notYet) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return true;
    }

    /** @return what the server printed so far */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() {
        ProcessHandle.of(process.pid()).ifPresent(ProcessHandle::destroy);
        Instant deadline = Instant.now().plusSeconds(15);
        while (process.isAlive() && Instant.now().isBefore(deadline)) {
            sleep(100);
        }
        ProcessHandle.of(process.pid()).ifPresent(ProcessHandle::destroyForcibly);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
