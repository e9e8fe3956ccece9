package se.delaktig.referencehost.db;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Properties;
import org.h2.jdbcx.JdbcConnectionPool;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.delaktig.referencehost.ReferenceHostConfiguration;

/**
 * The host's H2 database: a pooled connection source, migrated (and seeded with demo data) before
 * the service is registered, so every component referencing it finds the schema in place.
 */
@Component(service = HostDatabase.class, configurationPid = ReferenceHostConfiguration.PID)
@Designate(ocd = ReferenceHostConfiguration.class)
public class HostDatabase {
    static final String DATA_DIR_PROPERTY = "delaktig.data.dir";
    private static final Logger LOG = LoggerFactory.getLogger(HostDatabase.class);

    private final JdbcConnectionPool pool;

    /** Started by DS: opens the configured database, migrates it and seeds demo data once. */
    @Activate
    public HostDatabase(
            @Reference(target = "(osgi.jdbc.driver.class=org.h2.Driver)") DataSourceFactory factory,
            ReferenceHostConfiguration config, BundleContext context) throws SQLException, IOException {
        this(JdbcConnectionPool.create(factory.createConnectionPoolDataSource(
                        connectionProperties(jdbcUrl(config.jdbc_url(), context.getProperty(DATA_DIR_PROPERTY))))),
                Migrations.fromBundle(context.getBundle()), config.seed_demo_data(), Clock.systemDefaultZone());
    }

    /** For tests and the DS constructor: takes over {@code pool} and prepares it. */
    public HostDatabase(JdbcConnectionPool pool, Migrations migrations, boolean seedDemoData, Clock clock)
            throws SQLException, IOException {
        this.pool = pool;
        try {
            migrations.migrate(this);
            if (seedDemoData) {
                new DemoSeed(clock).seedIfEmpty(this);
            }
        } catch (SQLException | IOException | RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    /** The configured URL, or the H2 file under the data folder when none is configured. */
    static String jdbcUrl(String configured, String dataDir) {
        if (configured != null && !configured.isBlank()) {
            return configured.trim();
        }
        Path base = Path.of(dataDir == null || dataDir.isBlank() ? "./delaktig-data" : dataDir);
        // WRITE_DELAY=0: a commit (an audit entry above all) is on disk before we answer.
        // retry: reopens the file when a thread is interrupted mid-write (else H2 closes the database for everyone)
        return "jdbc:h2:retry:" + base.resolve("host").resolve("reference-host").toAbsolutePath()
                + ";DB_CLOSE_DELAY=-1;WRITE_DELAY=0";
    }

    private static Properties connectionProperties(String url) {
        LOG.info("Reference host database: {}", url);
        Properties props = new Properties();
        props.setProperty(DataSourceFactory.JDBC_URL, url);
        props.setProperty(DataSourceFactory.JDBC_USER, "sa");
        props.setProperty(DataSourceFactory.JDBC_PASSWORD, "");
        return props;
    }

    /** Closes every pooled connection. */
    @Deactivate
    public void close() {
        pool.dispose();
    }

    /** Runs {@code work} on a connection in auto-commit mode. */
    public <T> T withConnection(SqlWork<T> work) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            return work.run(connection);
        } catch (IllegalStateException disposed) {
            throw new SQLException("database closed", disposed);
        }
    }

    /** Runs {@code work} in one transaction, committed when it returns and rolled back when it throws. */
    public <T> T inTransaction(SqlWork<T> work) throws SQLException {
        return withConnection(connection -> {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        });
    }
}
