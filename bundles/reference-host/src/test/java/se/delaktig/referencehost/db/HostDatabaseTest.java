package se.delaktig.referencehost.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import se.delaktig.referencehost.TestDatabases;

class HostDatabaseTest {

    @Test
    void defaultUrlIsAnH2FileUnderTheDataFolder() {
        String url = HostDatabase.jdbcUrl("", "/srv/data");
        assertTrue(url.startsWith("jdbc:h2:retry:/srv/data/host/reference-host;"), url);
        assertTrue(url.contains("DB_CLOSE_DELAY=-1"));
        assertTrue(HostDatabase.jdbcUrl(null, null).contains("delaktig-data/host/reference-host"));
        assertEquals("jdbc:h2:mem:x", HostDatabase.jdbcUrl(" jdbc:h2:mem:x ", "/srv"));
    }

    @Test
    void defaultUrlOpensWithH2(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        var pool = org.h2.jdbcx.JdbcConnectionPool.create(HostDatabase.jdbcUrl("", dir.toString()), "sa", "");
        HostDatabase db = new HostDatabase(pool, TestDatabases.migrations(), false, java.time.Clock.systemUTC());
        db.close();
        assertTrue(java.nio.file.Files.exists(dir.resolve("host").resolve("reference-host.mv.db")));
    }

    @Test
    void migrationsAreRecordedAndRunOnce() throws Exception {
        HostDatabase db = TestDatabases.fresh(false);
        TestDatabases.migrations().migrate(db); // second run: nothing to do, no error
        long versions = db.withConnection(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM schema_version")) {
                rs.next();
                return rs.getLong(1);
            }
        });
        assertEquals(3, versions, "V001, V002 and V003");
        db.close();
    }

    @Test
    void aV001DatabaseWithDataMigratesToV002WithTheDefaults() throws Exception {
        Migrations all = TestDatabases.migrations();
        java.net.URL v001 = HostDatabaseTest.class.getClassLoader().getResource("db/migration/V001__schema.sql");
        org.h2.jdbcx.JdbcConnectionPool pool = org.h2.jdbcx.JdbcConnectionPool.create(
                "jdbc:h2:mem:" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        HostDatabase db = new HostDatabase(pool, new Migrations(java.util.List.of(v001)), false,
                java.time.Clock.systemUTC());
        db.withConnection(c -> c.createStatement().executeUpdate("INSERT INTO staff (id, username, display_name,"
                + " password_hash, roles) VALUES ('s1', 'u1', 'U', 'x', 'CASEWORKER')"));
        db.withConnection(c -> c.createStatement().executeUpdate("INSERT INTO outbox (channel, address, subject, body,"
                + " created_at) VALUES ('SMS', '+46701234567', '', 'x', CURRENT_TIMESTAMP)"));
        all.migrate(db);
        db.withConnection(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT protected_access, away, (SELECT COUNT(*) FROM outbox WHERE case_id IS NULL) FROM staff")) {
                assertTrue(rs.next());
                assertEquals(false, rs.getBoolean(1));
                assertEquals(false, rs.getBoolean(2));
                assertEquals(1, rs.getInt(3));
            }
            return null;
        });
        db.close();
    }
}
