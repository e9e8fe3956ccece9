package se.delaktig.store.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.delaktig.store.db.StoreDatabase;
import se.delaktig.store.db.TestDatabases;
import se.delaktig.web.api.HealthResult;
import se.delaktig.web.api.HealthResult.Status;

class DatabaseHealthCheckTest {

    private StoreDatabase db;
    private final int newest = DatabaseHealthCheck.newest(TestDatabases.bundleMigrations());

    /** The database under test: a fresh H2 in memory; the PostgreSQL subclass opens a fresh PostgreSQL one. */
    StoreDatabase openDatabase() throws Exception {
        return new StoreDatabase(TestDatabases.h2Factory(), TestDatabases.memory(), TestDatabases.bundleMigrations());
    }

    @BeforeEach
    void open() throws Exception {
        db = openDatabase();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void okWhenTheDatabaseAnswersAndIsMigratedToTheNewestScript() {
        assertTrue(newest >= 7, "scripts up to " + newest);
        DatabaseHealthCheck check = new DatabaseHealthCheck(newest);
        check.setDatabase(db);
        HealthResult result = check.check();
        assertEquals(Status.OK, result.status(), result.message());
        assertTrue(result.message().contains(String.format("V%03d", newest)), result.message());
        assertEquals("Databas", check.title("sv"));
    }

    @Test
    void criticalWhenTheSchemaIsBehindTheBundlesScripts() {
        DatabaseHealthCheck check = new DatabaseHealthCheck(newest + 1);
        check.setDatabase(db);
        HealthResult result = check.check();
        assertEquals(Status.CRITICAL, result.status());
        assertTrue(result.text("sv").contains("schema"), result.text("sv"));
    }

    @Test
    void criticalWhenTheDatabaseIsNotOpenOrClosedUnderneath() {
        DatabaseHealthCheck check = new DatabaseHealthCheck(newest);
        assertEquals(Status.CRITICAL, check.check().status());
        check.setDatabase(db);
        db.close();
        HealthResult result = check.check();
        assertEquals(Status.CRITICAL, result.status());
        assertTrue(result.message().contains("did not answer"), result.message());
        check.unsetDatabase(db);
        assertTrue(check.check().message().contains("not open"));
    }
}
