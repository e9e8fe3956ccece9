package se.delaktig.store.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.delaktig.store.db.PostgreSql;
import se.delaktig.store.db.StoreSettings;
import se.delaktig.store.db.TestDatabases;

/** The migration runner and the bundle's real migrations on PostgreSQL. */
@PostgreSql.Test
class MigrationRunnerPostgreSqlTest {
    private static final MigrationScript V1 = MigrationScript.parse("V001__people.sql",
            "CREATE TABLE IF NOT EXISTS people (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL);\n"
                    + "INSERT INTO people (id, name) VALUES (1, 'Astrid');\n");

    private final List<JdbcConnectionPool> pools = new ArrayList<>();

    @AfterEach
    void close() {
        pools.forEach(JdbcConnectionPool::dispose);
    }

    private JdbcConnectionPool empty() throws SQLException {
        JdbcConnectionPool pool = PostgreSql.emptyDatabase(4);
        pools.add(pool);
        return pool;
    }

    @Test
    void theBundlesMigrationsRunFromAnEmptyDatabaseAndOnlyOnce() throws Exception {
        JdbcConnectionPool pool = empty();
        MigrationSource bundle = TestDatabases.bundleMigrations();
        List<MigrationScript> applied = new MigrationRunner(pool, bundle).migrate();
        List<String> expected = bundle.scripts().stream().sorted(java.util.Comparator.comparingInt(MigrationScript::version))
                .map(s -> s.version() + " " + s.fileName() + " " + s.checksum()).toList();
        assertEquals(expected.size(), applied.size());
        assertEquals(expected, strings(pool,
                "SELECT version || ' ' || script || ' ' || checksum FROM delaktig_schema_version ORDER BY version"));
        assertTrue(strings(pool, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                + " AND table_name LIKE 'delaktig\\_%'").size() > 15);
        assertEquals(List.of(), new MigrationRunner(pool, bundle).migrate(), "a restart applies nothing");
    }

    @Test
    void aFailingStepLeavesNothingBehindOnPostgreSql() throws Exception {
        JdbcConnectionPool pool = empty();
        MigrationScript broken = MigrationScript.parse("V002__pets.sql",
                "CREATE TABLE pets (id INT PRIMARY KEY);\nINSERT INTO pets (id) VALUES (1);\nINSERT INTO nowhere VALUES (1);");
        var e = assertThrows(MigrationException.class,
                () -> new MigrationRunner(pool, MigrationSource.of(List.of(V1, broken))).migrate());
        assertTrue(e.getMessage().contains("V002__pets.sql failed at statement 3 of 3"), e.getMessage());
        assertEquals(List.of("1"), strings(pool, "SELECT version FROM delaktig_schema_version"));
        // unlike H2, PostgreSQL rolls the DDL back with the step: the table is gone
        assertEquals(List.of(), strings(pool, "SELECT table_name FROM information_schema.tables WHERE table_name = 'pets'"));
        MigrationScript fixed = MigrationScript.parse("V002__pets.sql", "CREATE TABLE pets (id INT PRIMARY KEY);");
        assertEquals(1, new MigrationRunner(pool, MigrationSource.of(List.of(V1, fixed))).migrate().size());
    }

    @Test
    void nodesStartingTogetherMigrateOnce() throws Exception {
        StoreSettings database = PostgreSql.cluster().newDatabase(4);
        MigrationSource bundle = TestDatabases.bundleMigrations();
        int nodes = 3;
        CyclicBarrier start = new CyclicBarrier(nodes);
        ExecutorService executor = Executors.newFixedThreadPool(nodes);
        try {
            List<Future<List<MigrationScript>>> results = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                JdbcConnectionPool own = PostgreSql.pool(database);
                pools.add(own);
                results.add(executor.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return new MigrationRunner(own, bundle).migrate();
                }));
            }
            int applied = 0;
            for (Future<List<MigrationScript>> result : results) {
                applied += result.get(60, TimeUnit.SECONDS).size();
            }
            assertEquals(bundle.scripts().size(), applied, "every step applied by exactly one node");
        } finally {
            executor.shutdownNow();
        }
        assertEquals(List.of(String.valueOf(bundle.scripts().size())),
                strings(pools.get(0), "SELECT COUNT(*) FROM delaktig_schema_version"));
    }

    @Test
    void aNodeWaitsForAnotherNodesMigrationAndGivesUpAtItsDeadline() throws Exception {
        StoreSettings database = PostgreSql.cluster().newDatabase(4);
        List<MigrationScript> slow = List.of(V1, MigrationScript.parse("V002__slow.sql", "SELECT pg_sleep(3);"));
        JdbcConnectionPool first = PostgreSql.pool(database);
        JdbcConnectionPool patient = PostgreSql.pool(database);
        JdbcConnectionPool hasty = PostgreSql.pool(database);
        pools.addAll(List.of(first, patient, hasty));
        new MigrationRunner(first, MigrationSource.of(List.of())).migrate(); // the bookkeeping tables
        ExecutorService executor = Executors.newFixedThreadPool(3);
        try {
            Future<List<MigrationScript>> migrating = executor.submit(
                    () -> new MigrationRunner(first, MigrationSource.of(slow)).migrate());
            Thread.sleep(700);
            long started = System.nanoTime();
            Future<List<MigrationScript>> waiting = executor.submit(() -> new MigrationRunner(patient,
                    MigrationSource.of(slow), Duration.ofMinutes(1), Clock.systemUTC()).migrate());
            Future<List<MigrationScript>> givingUp = executor.submit(() -> new MigrationRunner(hasty,
                    MigrationSource.of(slow), Duration.ofSeconds(1), Clock.systemUTC()).migrate());
            var e = assertThrows(java.util.concurrent.ExecutionException.class, () -> givingUp.get(30, TimeUnit.SECONDS));
            assertTrue(e.getCause().getMessage().contains("held the schema migration lock"), e.getCause().getMessage());
            assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 2_000 + 1_500,
                    "PostgreSQL's endless row lock wait is cut at the deadline");
            assertEquals(2, migrating.get(30, TimeUnit.SECONDS).size());
            assertEquals(List.of(), waiting.get(30, TimeUnit.SECONDS));
            assertFalse(waiting.isCancelled());
        } finally {
            executor.shutdownNow();
        }
    }

    private static List<String> strings(JdbcConnectionPool pool, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = pool.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
