package se.delaktig.store.migration;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the schema up to date: applies the steps not yet recorded in {@value #VERSION_TABLE}, in
 * version order, one transaction per step, while holding the row lock of {@value #LOCK_TABLE} in a
 * second connection so that nodes starting together migrate one after the other. A recorded step
 * whose file changed, or a recorded step this bundle does not have, stops the migration.
 */
public final class MigrationRunner {
    /** The steps applied so far, with their checksums. */
    public static final String VERSION_TABLE = "delaktig_schema_version";
    /** One row whose lock serialises migrations across nodes. */
    public static final String LOCK_TABLE = "delaktig_schema_lock";
    private static final Logger LOG = LoggerFactory.getLogger(MigrationRunner.class);
    private static final int BOOTSTRAP_ATTEMPTS = 5;
    /** The longest single wait for the lock row before the deadline is checked again. */
    private static final int LOCK_SLICE_SECONDS = 30;
    /**
     * Steps corrected before any release, whose earlier text behaved the same on H2: version to the
     * checksum of that earlier text. A database that applied the earlier text is accepted and its
     * recorded checksum replaced (logged); any other change still stops the store. V004 declared
     * {@code document CLOB}, which PostgreSQL does not have; it is {@code VARCHAR} now (an H2 database
     * migrated before keeps its CLOB column, read and written as a string just the same).
     */
    static final Map<Integer, String> CORRECTED = Map.of(
            4, "b0e4c73ab149e5fc6bdfa17fe55949306d0d06589550df71fc88a3f9fccaeb9c");

    private final DataSource dataSource;
    private final MigrationSource source;
    private final Duration lockWait;
    private final Clock clock;
    private final String node;

    /**
     * @param dataSource where to migrate (needs two connections at once)
     * @param source     the steps
     */
    public MigrationRunner(DataSource dataSource, MigrationSource source) {
        this(dataSource, source, Duration.ofMinutes(10), Clock.systemUTC());
    }

    MigrationRunner(DataSource dataSource, MigrationSource source, Duration lockWait, Clock clock) {
        this.dataSource = dataSource;
        this.source = source;
        this.lockWait = lockWait;
        this.clock = clock;
        String name = ManagementFactory.getRuntimeMXBean().getName();
        this.node = name.length() > 200 ? name.substring(0, 200) : name;
    }

    /**
     * @return the steps this call applied (empty when the schema was up to date)
     * @throws MigrationException when the schema cannot be brought up to date; the message says why
     */
    public List<MigrationScript> migrate() throws MigrationException {
        Map<Integer, MigrationScript> scripts = load();
        try {
            bootstrap();
            try (Connection lock = dataSource.getConnection(); Connection work = dataSource.getConnection()) {
                lock.setAutoCommit(false);
                try {
                    acquire(lock);
                    List<MigrationScript> corrected = new ArrayList<>();
                    List<MigrationScript> pending = pending(scripts, applied(work), corrected);
                    for (MigrationScript script : corrected) {
                        recordCorrection(work, script);
                    }
                    for (MigrationScript script : pending) {
                        apply(work, script);
                    }
                    lock.commit();
                    return pending;
                } finally {
                    if (!lock.getAutoCommit()) {
                        lock.rollback();
                    }
                }
            }
        } catch (SQLException e) {
            throw new MigrationException("schema migration failed: " + e.getMessage(), e);
        }
    }

    private Map<Integer, MigrationScript> load() throws MigrationException {
        Map<Integer, MigrationScript> byVersion = new TreeMap<>();
        try {
            for (MigrationScript script : source.scripts()) {
                MigrationScript other = byVersion.put(script.version(), script);
                if (other != null) {
                    throw new MigrationException("two migration files have version " + script.version() + ": "
                            + other.fileName() + " and " + script.fileName());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new MigrationException("cannot read the migration files: " + e.getMessage(), e);
        }
        return byVersion;
    }

    /** Creates the bookkeeping tables and the lock row; retried because nodes may race to create them. */
    private void bootstrap() throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                c.setAutoCommit(true);
                s.execute("CREATE TABLE IF NOT EXISTS " + VERSION_TABLE + " (version INT PRIMARY KEY,"
                        + " description VARCHAR(200) NOT NULL, script VARCHAR(200) NOT NULL,"
                        + " checksum VARCHAR(64) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL,"
                        + " applied_by VARCHAR(200) NOT NULL, execution_ms BIGINT NOT NULL)");
                s.execute("CREATE TABLE IF NOT EXISTS " + LOCK_TABLE + " (id INT PRIMARY KEY,"
                        + " locked_by VARCHAR(200), locked_at TIMESTAMP WITH TIME ZONE)");
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + LOCK_TABLE + " WHERE id = 1")) {
                    rs.next();
                    if (rs.getInt(1) == 0) {
                        s.executeUpdate("INSERT INTO " + LOCK_TABLE + " (id) VALUES (1)");
                    }
                }
                return;
            } catch (SQLException e) {
                if (attempt >= BOOTSTRAP_ATTEMPTS) {
                    throw e;
                }
                LOG.debug("Creating the migration tables raced with another node; trying again", e);
                pause(50L * attempt);
            }
        }
    }

    /** Takes the lock row; waits (in the database's lock-timeout slices) while another node migrates. */
    private void acquire(Connection lock) throws SQLException, MigrationException {
        Instant deadline = clock.instant().plus(lockWait);
        boolean told = false;
        while (true) {
            try (PreparedStatement update = lock.prepareStatement(
                    "UPDATE " + LOCK_TABLE + " SET locked_by = ?, locked_at = ? WHERE id = 1")) {
                update.setString(1, node);
                update.setObject(2, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                // PostgreSQL waits for a row lock without end (no lock_timeout by default): wait in
                // slices, so the deadline holds there too (a cancelled wait is SQLState 57014).
                long left = Duration.between(clock.instant(), deadline).toSeconds();
                update.setQueryTimeout((int) Math.max(1, Math.min(LOCK_SLICE_SECONDS, left)));
                if (update.executeUpdate() != 1) {
                    throw new MigrationException("the lock row of " + LOCK_TABLE + " is missing");
                }
                return;
            } catch (SQLException e) {
                lock.rollback();
                if (!isLockWait(e)) {
                    throw e;
                }
                if (!clock.instant().isBefore(deadline)) {
                    throw new MigrationException("another node held the schema migration lock (" + LOCK_TABLE
                            + ") for longer than " + lockWait + "; the store is not started", e);
                }
                if (!told) {
                    LOG.info("Another node is migrating the Delaktig schema; waiting up to {}", lockWait);
                    told = true;
                }
            }
        }
    }

    /**
     * Lock timeout (H2 HYT00, PostgreSQL 55P03), the statement's own timeout (57014, both) or
     * deadlock/serialisation failure (40001, 40P01).
     */
    private static boolean isLockWait(SQLException e) {
        String state = e.getSQLState();
        return "HYT00".equals(state) || "55P03".equals(state) || "57014".equals(state) || "40001".equals(state)
                || "40P01".equals(state);
    }

    /** A step as recorded in the version table. */
    private record Applied(String script, String checksum) {
    }

    private static TreeMap<Integer, Applied> applied(Connection c) throws SQLException {
        TreeMap<Integer, Applied> applied = new TreeMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, script, checksum FROM " + VERSION_TABLE)) {
            while (rs.next()) {
                applied.put(rs.getInt(1), new Applied(rs.getString(2), rs.getString(3)));
            }
        }
        return applied;
    }

    private static List<MigrationScript> pending(Map<Integer, MigrationScript> scripts, TreeMap<Integer, Applied> applied,
            List<MigrationScript> corrected) throws MigrationException {
        for (var entry : applied.entrySet()) {
            MigrationScript script = scripts.get(entry.getKey());
            Applied recorded = entry.getValue();
            if (script == null) {
                throw new MigrationException("the database has migration " + recorded.script() + " applied, which this "
                        + "store bundle does not contain: a newer version of the store migrated it. Refusing to "
                        + "run an older store on a schema it does not know.");
            }
            if (recorded.checksum().equals(CORRECTED.get(script.version()))) {
                corrected.add(script);
            } else if (!script.checksum().equals(recorded.checksum())) {
                throw new MigrationException("migration " + script.fileName() + " was changed after it was applied "
                        + "(checksum in the database " + recorded.checksum() + ", in the bundle " + script.checksum()
                        + "). An applied migration must never change: restore the file and put the change in a "
                        + "new migration with a higher number. The store is not started.");
            }
        }
        int highest = applied.isEmpty() ? 0 : applied.lastKey();
        List<MigrationScript> pending = new ArrayList<>();
        for (MigrationScript script : scripts.values()) {
            if (!applied.containsKey(script.version())) {
                if (script.version() < highest) {
                    throw new MigrationException("migration " + script.fileName() + " is new but version " + highest
                            + " is already applied: number new migrations above the highest applied one.");
                }
                pending.add(script);
            }
        }
        pending.sort(Comparator.comparingInt(MigrationScript::version));
        return pending;
    }

    private static void recordCorrection(Connection work, MigrationScript script) throws SQLException {
        try (PreparedStatement update = work.prepareStatement(
                "UPDATE " + VERSION_TABLE + " SET checksum = ? WHERE version = ? AND checksum = ?")) {
            update.setString(1, script.checksum());
            update.setInt(2, script.version());
            update.setString(3, CORRECTED.get(script.version()));
            update.executeUpdate();
        }
        LOG.info("Migration {} was applied in an earlier, corrected text (same effect on H2); recorded its "
                + "current checksum", script.fileName());
    }

    private void apply(Connection work, MigrationScript script) throws SQLException, MigrationException {
        long started = System.nanoTime();
        List<String> statements = script.statements();
        work.setAutoCommit(false);
        try {
            for (int i = 0; i < statements.size(); i++) {
                try (Statement s = work.createStatement()) {
                    s.execute(statements.get(i));
                } catch (SQLException e) {
                    work.rollback();
                    throw new MigrationException("migration " + script.fileName() + " failed at statement "
                            + (i + 1) + " of " + statements.size() + " (" + abbreviate(statements.get(i)) + "): "
                            + e.getMessage() + ". The step was rolled back (H2 commits DDL statements one by one, "
                            + "so they must be re-runnable, see the store README); earlier steps stay applied.", e);
                }
            }
            try (PreparedStatement insert = work.prepareStatement("INSERT INTO " + VERSION_TABLE
                    + " (version, description, script, checksum, applied_at, applied_by, execution_ms)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setInt(1, script.version());
                insert.setString(2, script.description());
                insert.setString(3, script.fileName());
                insert.setString(4, script.checksum());
                insert.setObject(5, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                insert.setString(6, node);
                insert.setLong(7, Duration.ofNanos(System.nanoTime() - started).toMillis());
                insert.executeUpdate();
            }
            work.commit();
            LOG.info("Applied migration {}", script.fileName());
        } catch (SQLException e) {
            work.rollback();
            throw e;
        } finally {
            work.setAutoCommit(true);
        }
    }

    private static String abbreviate(String statement) {
        String flat = statement.replaceAll("\\s+", " ");
        return flat.length() <= 80 ? flat : flat.substring(0, 77) + "...";
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
