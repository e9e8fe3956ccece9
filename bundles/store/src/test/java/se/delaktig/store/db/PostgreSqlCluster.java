package se.delaktig.store.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.UserPrincipal;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster for tests: {@code initdb} into a temporary folder, {@code pg_ctl start}
 * on a free port of 127.0.0.1 (unix socket in the same folder), one fresh database per test owned by a
 * non-superuser role, {@code pg_ctl stop -m immediate} and the folder deleted at the end.
 *
 * <p>The server binaries are found under {@code /usr/lib/postgresql/<newest>/bin} (Debian's
 * layout), then on the PATH; the system property {@value #BIN_PROPERTY} names another folder.
 * PostgreSQL refuses to run as root: when this JVM runs as root, initdb and pg_ctl run as the
 * {@code postgres} OS user (runuser, else su) and the folder belongs to that user. Every wait
 * has a deadline.
 */
public final class PostgreSqlCluster implements AutoCloseable {
    /** System property: the folder holding initdb and pg_ctl. */
    public static final String BIN_PROPERTY = "store.postgresql.bin";
    /** The role owning the test databases (no superuser), as the admin guide sets it up. */
    static final String ROLE = "delaktig";
    private static final String ADMIN = "delaktig_admin";
    private static final Duration COMMAND_DEADLINE = Duration.ofSeconds(90);

    private final Path bin;
    private final Path dir;
    private final Path data;
    private final int port;
    private final List<String> asOwner;
    private final String adminPassword = UUID.randomUUID().toString();
    private final String rolePassword = UUID.randomUUID().toString();
    private final AtomicInteger databases = new AtomicInteger();
    private final String version;
    private volatile long postmasterPid = -1;
    private volatile boolean stopped;

    private PostgreSqlCluster(Path bin) throws IOException {
        this.bin = bin;
        this.asOwner = runningAsRoot() ? switchUser() : List.of();
        this.dir = Files.createTempDirectory("delaktig-pg-");
        this.data = dir.resolve("data");
        this.port = freePort();
        this.version = run(List.of(bin.resolve("pg_ctl").toString(), "--version"), false).trim();
    }

    /**
     * Starts a new cluster; a JVM shutdown hook stops it if {@link #close()} is never called.
     *
     * @return the running cluster
     * @throws IllegalStateException with a message saying what to install when the binaries are missing
     */
    public static PostgreSqlCluster start() {
        Path bin = findBinaries().orElseThrow(() -> new IllegalStateException("PostgreSQL server binaries "
                + "(initdb, pg_ctl) not found under /usr/lib/postgresql/<version>/bin, on the PATH or in -D"
                + BIN_PROPERTY + ". The store's PostgreSQL tests need them: install Debian's 'postgresql' "
                + "package (./test.sh does that with apt), or skip these tests with -D" + PostgreSql.SKIP_PROPERTY
                + "=skip."));
        try {
            PostgreSqlCluster cluster = new PostgreSqlCluster(bin);
            Runtime.getRuntime().addShutdownHook(new Thread(cluster::close, "postgresql-test-cluster-stop"));
            cluster.initAndStart();
            return cluster;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the PostgreSQL test cluster: " + e.getMessage(), e);
        }
    }

    /** The newest {@code /usr/lib/postgresql/<n>/bin}, else the PATH, else the system property's folder. */
    static Optional<Path> findBinaries() {
        String configured = System.getProperty(BIN_PROPERTY, "");
        if (!configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(PostgreSqlCluster::hasBinaries);
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Optional<Path> newest = versions.map(v -> v.resolve("bin")).filter(PostgreSqlCluster::hasBinaries)
                        .max(Comparator.comparingInt(PostgreSqlCluster::major));
                if (newest.isPresent()) {
                    return newest;
                }
            } catch (IOException e) {
                // fall through to the PATH
            }
        }
        for (String entry : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!entry.isBlank() && hasBinaries(Path.of(entry))) {
                return Optional.of(Path.of(entry));
            }
        }
        return Optional.empty();
    }

    private static boolean hasBinaries(Path folder) {
        return Files.isExecutable(folder.resolve("initdb")) && Files.isExecutable(folder.resolve("pg_ctl"));
    }

    private static int major(Path binFolder) {
        try {
            return Integer.parseInt(binFolder.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void initAndStart() throws IOException {
        Path pwfile = dir.resolve("admin.pw");
        Files.writeString(pwfile, adminPassword + "\n", StandardCharsets.UTF_8);
        if (!asOwner.isEmpty()) {
            UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName("postgres");
            Files.setOwner(dir, postgres);
            Files.setOwner(pwfile, postgres);
        }
        run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", ADMIN, "--pwfile=" + pwfile,
                "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync"), true);
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1"
                        + " -c max_connections=200 -c fsync=off -c full_page_writes=off -c synchronous_commit=off",
                "start"), true);
        postmasterPid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + ROLE + " LOGIN PASSWORD '" + rolePassword + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test cluster started but refused the admin: " + e, e);
        }
    }

    /** @return e.g. "pg_ctl (PostgreSQL) 15.18" */
    public String version() {
        return version;
    }

    /**
     * Creates an empty database owned by the non-superuser role, as an administrator would (see the
     * admin guide), and returns how the store reaches it.
     *
     * @param maxConnections the pool size
     * @return settings for the store: URL, role and password
     */
    public synchronized StoreSettings newDatabase(int maxConnections) {
        String name = "delaktig_" + databases.incrementAndGet();
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " OWNER " + ROLE);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + ": " + e, e);
        }
        return new StoreSettings(url(name), ROLE, rolePassword, maxConnections, false);
    }

    /** @return the JDBC URL of the named database on this cluster */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private Connection admin() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", ADMIN);
        p.setProperty("password", adminPassword);
        p.setProperty("connectTimeout", "10");
        return new org.postgresql.Driver().connect(url("postgres"), p);
    }

    /** Stops the server at once (the data is thrown away) and deletes the folder. Idempotent. */
    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w",
                        "-t", "30", "stop"), true);
            }
        } catch (RuntimeException | IOException e) {
            System.err.println("PostgreSQL test cluster: pg_ctl stop failed (" + e.getMessage()
                    + "); killing postmaster " + postmasterPid);
        }
        if (postmasterPid > 0) {
            ProcessHandle.of(postmasterPid).ifPresent(p -> {
                p.destroyForcibly();
                p.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(t -> null).join();
            });
        }
        deleteQuietly(dir);
    }

    /** Runs a command (as the postgres user when {@code asOwner}), failing after the deadline. */
    private String run(List<String> command, boolean asPostgres) throws IOException {
        List<String> full = new ArrayList<>(asPostgres ? asOwner : List.of());
        full.addAll(command);
        Path out = Files.createTempFile("delaktig-pg-cmd", ".out");
        try {
            Process p = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(out.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            Instant deadline = Instant.now().plus(COMMAND_DEADLINE);
            if (!p.waitFor(Duration.between(Instant.now(), deadline).toMillis(), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new IllegalStateException("timed out after " + COMMAND_DEADLINE.toSeconds() + " s: " + full
                        + "\n" + Files.readString(out));
            }
            String output = Files.readString(out);
            if (p.exitValue() != 0) {
                throw new IllegalStateException("failed (exit " + p.exitValue() + "): " + full + "\n" + output
                        + serverLog());
            }
            return output;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + full, e);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private String serverLog() {
        Path log = dir.resolve("server.log");
        try {
            return Files.exists(log) ? "\nserver.log:\n" + Files.readString(log) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static boolean runningAsRoot() {
        try {
            Process p = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim().equals("0");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** initdb and the server refuse root: run them as the postgres OS user (Debian's package creates it). */
    private static List<String> switchUser() {
        for (String runuser : List.of("/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser")) {
            if (Files.isExecutable(Path.of(runuser))) {
                return List.of(runuser, "-u", "postgres", "--");
            }
        }
        throw new IllegalStateException("running as root, and runuser is missing: PostgreSQL must run as the "
                + "'postgres' OS user; run the tests as another user or install util-linux");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }

    private static void deleteQuietly(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            System.err.println("PostgreSQL test cluster: could not delete " + root + ": " + e.getMessage());
        }
    }
}
