package se.delaktig.store.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.delaktig.api.questionnaire.ArchivedDefinition;
import se.delaktig.store.migration.MigrationException;
import se.delaktig.store.migration.MigrationScript;
import se.delaktig.store.migration.MigrationSource;
import se.delaktig.store.questionnaire.JdbcQuestionnaireArchive;

class StoreDatabaseTest {
    private static final String DOC = "{\"id\":\"barn-8-12\",\"v\":\"1.0.0\"}";

    @TempDir
    Path dataDir;

    @Test
    void theBundledMigrationsCreateTheArchiveTable() throws Exception {
        StoreDatabase db = new StoreDatabase(TestDatabases.h2Factory(), TestDatabases.memory(),
                TestDatabases.bundleMigrations());
        try {
            assertEquals(List.of("1 V001__questionnaire_archive.sql"), db.withConnection(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT version, script FROM delaktig_schema_version ORDER BY version")) {
                    rs.next();
                    return List.of(rs.getInt(1) + " " + rs.getString(2));
                }
            }));
        } finally {
            db.close();
        }
    }

    @Test
    void theFileDatabaseLivesUnderTheDataFolder() throws Exception {
        StoreDatabase db = open();
        db.close();
        assertTrue(Files.exists(dataDir.resolve("plugin").resolve("delaktig.mv.db")));
    }

    @Test
    void anArchivedDefinitionSurvivesClosingAndReopening() throws Exception {
        StoreDatabase db = open();
        ArchivedDefinition archived = new JdbcQuestionnaireArchive(db).archive("q", "1", DOC, "o");
        db.close();

        StoreDatabase reopened = open();
        try {
            assertEquals(List.of(archived), new JdbcQuestionnaireArchive(reopened).all());
        } finally {
            reopened.close();
        }
    }

    @Test
    void anAcknowledgedArchiveSurvivesTheProcessDyingAtOnce() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                CrashAfterArchive.class.getName(), dataDir.toString(), DOC)
                .redirectErrorStream(true).start();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "child finished");
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(output.contains("ACKNOWLEDGED"), output);
        assertEquals(3, child.exitValue(), output);

        StoreDatabase db = open();
        try {
            assertEquals(DOC, new JdbcQuestionnaireArchive(db).find("crash", "1").orElseThrow().json());
        } finally {
            db.close();
        }
    }

    @Test
    void aFailedMigrationReleasesTheDatabase() throws Exception {
        MigrationSource broken = MigrationSource.of(List.of(MigrationScript.parse("V001__broken.sql",
                "CREATE TABLE IF NOT EXISTS x (id INT);\nINSERT INTO nowhere VALUES (1);")));
        var e = assertThrows(MigrationException.class, () -> new StoreDatabase(TestDatabases.h2Factory(),
                TestDatabases.file(dataDir), broken));
        assertTrue(e.getMessage().contains("V001__broken.sql failed at statement 2"), e.getMessage());
        // The file was shut down: the database opens again, from another "node" of this JVM too.
        open().close();
    }

    @Test
    void aClosedStoreRefusesWork() throws Exception {
        StoreDatabase db = open();
        db.close();
        assertThrows(java.sql.SQLException.class, () -> db.withConnection(c -> null));
    }

    private StoreDatabase open() throws Exception {
        return new StoreDatabase(TestDatabases.h2Factory(), TestDatabases.file(dataDir),
                TestDatabases.bundleMigrations());
    }
}
