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
        assertEquals(1, versions);
        db.close();
    }
}
