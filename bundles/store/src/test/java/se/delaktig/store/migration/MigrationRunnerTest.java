package se.delaktig.store.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class MigrationRunnerTest {
    private static final MigrationScript V1 = MigrationScript.parse("V001__people.sql",
            "CREATE TABLE IF NOT EXISTS people (id INT PRIMARY KEY, name VARCHAR(50) NOT NULL);\n"
                    + "INSERT INTO people (id, name) VALUES (1, 'Astrid');\n");
    private static final MigrationScript V2 = MigrationScript.parse("V002__more_people.sql",
            "-- a comment; with a semicolon\nINSERT INTO people (id, name) VALUES (2, 'Elsa; Beskow');\n");
    private static final MigrationScript V3 = MigrationScript.parse("V003__pets.sql",
            "CREATE TABLE IF NOT EXISTS pets (id INT PRIMARY KEY);");

    private String url;
    private JdbcConnectionPool pool;

    @BeforeEach
    void open() {
        url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        pool = JdbcConnectionPool.create(url, "sa", "");
    }

    @AfterEach
    void close() throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
        pool.dispose();
    }

    private List<MigrationScript> migrate(MigrationScript... scripts) throws MigrationException {
        return new MigrationRunner(pool, MigrationSource.of(List.of(scripts))).migrate();
    }

    @Test
    void appliesStepsInVersionOrderWhateverTheListingOrder() throws Exception {
        List<MigrationScript> applied = migrate(V3, V2, V1);
        assertEquals(List.of(1, 2, 3), applied.stream().map(MigrationScript::version).toList());
        assertEquals(List.of("1:" + V1.checksum(), "2:" + V2.checksum(), "3:" + V3.checksum()),
                strings("SELECT version || ':' || checksum FROM delaktig_schema_version ORDER BY version"));
        assertEquals(List.of("Astrid", "Elsa; Beskow"), strings("SELECT name FROM people ORDER BY id"));
    }

    @Test
    void aRestartAppliesNothingTwice() throws Exception {
        migrate(V1, V2);
        assertEquals(List.of(), migrate(V1, V2));
        assertEquals(List.of(), migrate(V2, V1));
        assertEquals(List.of("2"), strings("SELECT COUNT(*) FROM people"));
        assertEquals(List.of("2"), strings("SELECT COUNT(*) FROM delaktig_schema_version"));
    }

    @Test
    void aNewStepIsAppliedOnTheNextStart() throws Exception {
        migrate(V1);
        assertEquals(List.of(V2), migrate(V1, V2));
    }

    @Test
    void aChangedAppliedStepStopsWithAClearMessage() throws Exception {
        migrate(V1);
        MigrationScript edited = MigrationScript.parse("V001__people.sql", V1.sql() + "-- tidied\n");
        var e = assertThrows(MigrationException.class, () -> migrate(edited, V2));
        assertTrue(e.getMessage().contains("V001__people.sql was changed after it was applied"), e.getMessage());
        assertTrue(e.getMessage().contains(V1.checksum()) && e.getMessage().contains(edited.checksum()),
                e.getMessage());
        assertEquals(List.of("1"), strings("SELECT COUNT(*) FROM delaktig_schema_version"), "V2 not applied");
    }

    @Test
    void lineEndingsDoNotChangeTheChecksum() {
        assertEquals(V1.checksum(), MigrationScript.parse(V1.fileName(), V1.sql().replace("\n", "\r\n")).checksum());
    }

    @Test
    void aFailingStepIsRolledBackAloneAndCanBeFixed() throws Exception {
        MigrationScript broken = MigrationScript.parse("V002__broken.sql",
                "CREATE TABLE IF NOT EXISTS toys (id INT PRIMARY KEY);\n"
                        + "INSERT INTO people (id, name) VALUES (2, 'Elsa');\n"
                        + "INSERT INTO no_such_table (id) VALUES (1);\n");
        var e = assertThrows(MigrationException.class, () -> migrate(V1, broken));
        assertTrue(e.getMessage().contains("V002__broken.sql failed at statement 3 of 3"), e.getMessage());
        assertEquals(List.of("1"), strings("SELECT version FROM delaktig_schema_version"), "V1 stays applied");
        assertEquals(List.of("Astrid"), strings("SELECT name FROM people"), "V2's insert rolled back");

        MigrationScript fixed = MigrationScript.parse("V002__broken.sql",
                "CREATE TABLE IF NOT EXISTS toys (id INT PRIMARY KEY);\n"
                        + "INSERT INTO people (id, name) VALUES (2, 'Elsa');\n");
        assertEquals(List.of(fixed), migrate(V1, fixed));
        assertEquals(List.of("Astrid", "Elsa"), strings("SELECT name FROM people ORDER BY id"));
    }

    @Test
    void aStepTheBundleDoesNotKnowStopsAnOlderStore() throws Exception {
        migrate(V1, V2);
        var e = assertThrows(MigrationException.class, () -> migrate(V1));
        assertTrue(e.getMessage().contains("V002__more_people.sql applied, which this store bundle does not contain"),
                e.getMessage());
    }

    @Test
    void aNewStepBelowTheHighestAppliedIsRefused() throws Exception {
        migrate(V1, V3);
        var e = assertThrows(MigrationException.class, () -> migrate(V1, V2, V3));
        assertTrue(e.getMessage().contains("V002__more_people.sql is new but version 3 is already applied"),
                e.getMessage());
    }

    @Test
    void aStepCorrectedBeforeReleaseIsAcceptedInItsEarlierTextOnlyAndRecordedAnew() throws Exception {
        MigrationSource bundle = se.delaktig.store.db.TestDatabases.bundleMigrations();
        assertEquals(bundle.scripts().size(), new MigrationRunner(pool, bundle).migrate().size());
        String current = bundle.scripts().stream().filter(s -> s.version() == 4).findFirst().orElseThrow().checksum();
        setChecksum(4, MigrationRunner.CORRECTED.get(4)); // a database migrated with V004's CLOB text
        assertEquals(List.of(), new MigrationRunner(pool, bundle).migrate());
        assertEquals(List.of(current), strings("SELECT checksum FROM delaktig_schema_version WHERE version = 4"));
        setChecksum(4, "0".repeat(64));
        var e = assertThrows(MigrationException.class, () -> new MigrationRunner(pool, bundle).migrate());
        assertTrue(e.getMessage().contains("V004__statistics_pooled.sql was changed after it was applied"), e.getMessage());
    }

    private void setChecksum(int version, String checksum) throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE delaktig_schema_version SET checksum = '" + checksum + "' WHERE version = " + version);
        }
    }

    @Test
    void twoFilesWithOneVersionAreRefused() {
        var twin = MigrationScript.parse("V001__twin.sql", "SELECT 1;");
        var e = assertThrows(MigrationException.class, () -> migrate(V1, twin));
        assertTrue(e.getMessage().contains("two migration files have version 1"), e.getMessage());
    }

    @RepeatedTest(5)
    void nodesStartingTogetherMigrateOnce() throws Exception {
        List<MigrationScript> scripts = new ArrayList<>(List.of(V1, V2, V3));
        for (int v = 4; v <= 12; v++) {
            scripts.add(MigrationScript.parse(String.format("V%03d__step.sql", v),
                    "CREATE TABLE IF NOT EXISTS t" + v + " (id INT);\nINSERT INTO t" + v + " (id) VALUES (" + v + ");"));
        }
        int nodes = 3;
        CyclicBarrier start = new CyclicBarrier(nodes);
        ExecutorService executor = Executors.newFixedThreadPool(nodes);
        List<JdbcConnectionPool> pools = new ArrayList<>();
        try {
            List<Future<List<MigrationScript>>> results = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                JdbcConnectionPool own = JdbcConnectionPool.create(url, "sa", "");
                pools.add(own);
                results.add(executor.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return new MigrationRunner(own, MigrationSource.of(scripts)).migrate();
                }));
            }
            int applied = 0;
            for (Future<List<MigrationScript>> result : results) {
                applied += result.get(60, TimeUnit.SECONDS).size();
            }
            assertEquals(scripts.size(), applied, "every step applied by exactly one node");
        } finally {
            executor.shutdownNow();
            pools.forEach(JdbcConnectionPool::dispose);
        }
        assertEquals(List.of("12"), strings("SELECT COUNT(*) FROM delaktig_schema_version"));
        assertEquals(List.of("2"), strings("SELECT COUNT(*) FROM people"));
        assertEquals(List.of("1"), strings("SELECT COUNT(*) FROM t12"));
    }

    @Test
    void aNodeWaitsPastTheDatabaseLockTimeoutForAnotherNodesMigration() throws Exception {
        List<MigrationScript> scripts = List.of(V1, MigrationScript.parse("V002__slow.sql",
                "CREATE ALIAS IF NOT EXISTS test_sleep FOR 'java.lang.Thread.sleep';\nCALL test_sleep(2500);"));
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET DEFAULT_LOCK_TIMEOUT 500");
        }
        ExecutorService executor = Executors.newFixedThreadPool(2);
        JdbcConnectionPool second = JdbcConnectionPool.create(url, "sa", "");
        try {
            Future<List<MigrationScript>> first = executor.submit(
                    () -> new MigrationRunner(pool, MigrationSource.of(scripts)).migrate());
            Thread.sleep(500);
            Future<List<MigrationScript>> late = executor.submit(
                    () -> new MigrationRunner(second, MigrationSource.of(scripts)).migrate());
            assertEquals(2, first.get(30, TimeUnit.SECONDS).size());
            assertEquals(List.of(), late.get(30, TimeUnit.SECONDS));
        } finally {
            executor.shutdownNow();
            second.dispose();
        }
    }

    @Test
    void fileNamesFollowTheConvention() {
        assertThrows(IllegalArgumentException.class, () -> MigrationScript.parse("V1_people.sql", ""));
        assertThrows(IllegalArgumentException.class, () -> MigrationScript.parse("V000__zero.sql", ""));
        assertThrows(IllegalArgumentException.class, () -> MigrationScript.parse("v001__lower.sql", ""));
        MigrationScript s = MigrationScript.parse("V042__add_invitations.sql", "");
        assertEquals(42, s.version());
        assertEquals("add_invitations", s.description());
    }

    @Test
    void statementsSplitOutsideQuotesAndComments() {
        assertEquals(List.of("INSERT INTO t VALUES ('a;b', 'it''s; fine')", "SELECT \"x;y\" FROM t",
                        "SELECT 2"),
                SqlScript.split("-- head; comment\nINSERT INTO t VALUES ('a;b', 'it''s; fine');\n"
                        + "/* block; comment */ SELECT \"x;y\" FROM t;;\nSELECT 2"));
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = pool.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
