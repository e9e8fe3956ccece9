package se.delaktig.store.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.osgi.service.jdbc.DataSourceFactory;

class StoreSettingsTest {
    private static final String POSTGRESQL = "(osgi.jdbc.driver.class=org.postgresql.Driver)";

    @Test
    void defaultsGiveTheEmbeddedH2FileUnderTheDataFolder() {
        StoreSettings s = StoreSettings.of(TestDatabases.config(Map.of()), "/srv/delaktig");
        assertEquals("jdbc:h2:retry:" + Path.of("/srv/delaktig/plugin/delaktig").toAbsolutePath()
                + ";DB_CLOSE_DELAY=-1;WRITE_DELAY=0", s.jdbcUrl());
        assertEquals("sa", s.user());
        assertEquals("", s.password());
        assertEquals(10, s.maxConnections());
        assertTrue(s.ownedH2File());
    }

    @Test
    void withoutDataFolderPropertyTheFileIsUnderDelaktigData() {
        StoreSettings s = StoreSettings.of(TestDatabases.config(Map.of()), null);
        assertEquals("jdbc:h2:retry:" + Path.of("delaktig-data/plugin/delaktig").toAbsolutePath()
                + ";DB_CLOSE_DELAY=-1;WRITE_DELAY=0", s.jdbcUrl());
        assertEquals(s.jdbcUrl(), StoreSettings.of(TestDatabases.config(Map.of()), " ").jdbcUrl());
    }

    @Test
    void theDefaultDataSourceFactoryIsH2s() throws Exception {
        assertEquals("(osgi.jdbc.driver.class=org.h2.Driver)",
                StoreConfiguration.class.getMethod("dataSourceFactory_target").getDefaultValue());
        assertEquals(StoreConfiguration.H2_FACTORY, TestDatabases.config(Map.of()).dataSourceFactory_target());
    }

    @Test
    void aConfiguredUrlIsUsedAsGivenAndNotTreatedAsOurs() {
        StoreSettings s = StoreSettings.of(TestDatabases.config(Map.of(
                "jdbc_url", "  jdbc:postgresql://db:5432/delaktig ", "user", "delaktig", "_password", "s3cret",
                "max_connections", 20, "dataSourceFactory_target", POSTGRESQL)), "/srv/delaktig");
        assertEquals("jdbc:postgresql://db:5432/delaktig", s.jdbcUrl());
        assertEquals("s3cret", s.password());
        assertEquals(20, s.maxConnections());
        assertFalse(s.ownedH2File());
        assertFalse(s.toString().contains("s3cret"));
    }

    @Test
    void theUrlAndTheChosenDriverMustAgree() {
        var noUrl = assertThrows(IllegalArgumentException.class, () -> StoreSettings.of(TestDatabases.config(Map.of(
                "dataSourceFactory_target", POSTGRESQL)), "/srv/delaktig"));
        assertTrue(noUrl.getMessage().contains("set jdbc.url"), noUrl.getMessage());
        var noTarget = assertThrows(IllegalArgumentException.class, () -> StoreSettings.of(TestDatabases.config(Map.of(
                "jdbc_url", "jdbc:postgresql://db:5432/delaktig?password=s3cret")), "/srv/delaktig"));
        assertTrue(noTarget.getMessage().contains("set dataSourceFactory.target"), noTarget.getMessage());
        assertFalse(noTarget.getMessage().contains("s3cret"), noTarget.getMessage());
        assertEquals("jdbc:h2:mem:x", StoreSettings.of(TestDatabases.config(Map.of("jdbc_url", "jdbc:h2:mem:x")),
                null).jdbcUrl());
    }

    @Test
    void fewerThanTwoConnectionsAreRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> StoreSettings.of(
                TestDatabases.config(Map.of("max_connections", 1)), null));
        assertTrue(e.getMessage().contains("max.connections"), e.getMessage());
    }

    @Test
    void anH2AutoServerIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> StoreSettings.of(TestDatabases.config(Map.of(
                "jdbc_url", "jdbc:h2:file:/tmp/x;AUTO_SERVER=TRUE")), null));
    }

    @Test
    void connectionPropertiesCarryNoPoolingOptionsAndH2sFactoryAcceptsThem() throws Exception {
        StoreSettings s = TestDatabases.memory();
        Properties props = s.connectionProperties();
        assertEquals(java.util.Set.of(DataSourceFactory.JDBC_URL, DataSourceFactory.JDBC_USER,
                DataSourceFactory.JDBC_PASSWORD), props.stringPropertyNames());
        try (var c = TestDatabases.h2Factory().createConnectionPoolDataSource(props).getPooledConnection()
                .getConnection()) {
            assertTrue(c.isValid(1));
        }
    }

    @Test
    void passwordsInUrlsAreMaskedInTheLog() {
        assertEquals("jdbc:postgresql://db/d?user=a&password=***&ssl=true",
                StoreDatabase.masked("jdbc:postgresql://db/d?user=a&password=x&ssl=true"));
    }
}
