package se.delaktig.store.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.ConnectionPoolDataSource;
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
import se.delaktig.store.migration.MigrationException;
import se.delaktig.store.migration.MigrationRunner;
import se.delaktig.store.migration.MigrationScript;
import se.delaktig.store.migration.MigrationSource;

/**
 * The plugin's own database: a connection pool over the configured DataSourceFactory, migrated in
 * the constructor. Registered as a service of this (private) type only after the constructor
 * returned, so every repository in this bundle that references it finds the schema in place.
 */
@Component(service = StoreDatabase.class, immediate = true, configurationPid = StoreConfiguration.PID)
@Designate(ocd = StoreConfiguration.class)
public class StoreDatabase {
    private static final Logger LOG = LoggerFactory.getLogger(StoreDatabase.class);

    private final StoreSettings settings;
    private final ConnectionPoolDataSource source;
    private final JdbcConnectionPool pool;

    /** Started by DS: opens the configured database and migrates it. */
    @Activate
    public StoreDatabase(
            @Reference(name = "dataSourceFactory", target = StoreConfiguration.H2_FACTORY) DataSourceFactory factory,
            StoreConfiguration config, BundleContext context) throws SQLException, MigrationException {
        this(factory, StoreSettings.of(config, context.getProperty(StoreSettings.DATA_DIR_PROPERTY)),
                MigrationSource.fromBundle(context.getBundle()));
    }

    /**
     * Opens and migrates the database; on failure releases everything and throws.
     *
     * @param factory    the JDBC driver's factory (H2's OsgiDataSourceFactory in tests)
     * @param settings   where and how to connect
     * @param migrations the schema steps
     * @throws SQLException       when the database cannot be opened
     * @throws MigrationException when the schema cannot be brought up to date
     */
    public StoreDatabase(DataSourceFactory factory, StoreSettings settings, MigrationSource migrations)
            throws SQLException, MigrationException {
        this.settings = settings;
        LOG.info("Delaktig store database: {}", masked(settings.jdbcUrl()));
        this.source = factory.createConnectionPoolDataSource(settings.connectionProperties());
        this.pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(settings.maxConnections());
        try {
            List<MigrationScript> applied = new MigrationRunner(pool, migrations).migrate();
            LOG.info("Delaktig store schema up to date ({} step(s) applied now)", applied.size());
        } catch (MigrationException | RuntimeException e) {
            LOG.error("Delaktig store not started: {}", e.getMessage());
            close();
            throw e;
        }
    }

    /** Closes the pool; the store's own H2 file is shut down too, so it is complete on disk and released. */
    @Deactivate
    public void close() {
        pool.dispose();
        if (settings.ownedH2File()) {
            try (Connection c = source.getPooledConnection().getConnection(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            } catch (SQLException e) {
                LOG.warn("Could not shut the store's H2 database down cleanly", e);
            }
        }
    }

    /** @return the settings this database was opened with */
    public StoreSettings settings() {
        return settings;
    }

    /**
     * Runs read-only {@code work} on a pooled connection in auto-commit mode.
     *
     * @param work the work
     * @param <T>  its result type
     * @return its result
     * @throws SQLException from the work, or when the database is closed
     */
    public <T> T withConnection(SqlWork<T> work) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            return work.run(connection);
        } catch (IllegalStateException disposed) {
            throw new SQLException("the Delaktig store is closed", disposed);
        }
    }

    /**
     * Runs read-only {@code work} that streams a large result ({@code setFetchSize}) in a transaction
     * that is rolled back at the end. PostgreSQL's driver fetches rows in batches through a cursor only
     * outside auto-commit; in auto-commit it reads the whole result into memory first. H2 streams either
     * way. The work must not write: nothing it does is committed.
     *
     * @param work the work
     * @param <T>  its result type
     * @return its result
     * @throws SQLException from the work
     */
    public <T> T streaming(SqlWork<T> work) throws SQLException {
        return withConnection(connection -> {
            connection.setAutoCommit(false);
            try {
                return work.run(connection);
            } finally {
                try {
                    connection.rollback();
                } finally {
                    connection.setAutoCommit(true);
                }
            }
        });
    }

    /**
     * Runs {@code work} in one transaction: committed (and durable) when it returns, rolled back when
     * it throws. Every write goes through here.
     *
     * @param work the work
     * @param <T>  its result type
     * @return its result
     * @throws SQLException from the work or the commit
     */
    public <T> T inTransaction(SqlWork<T> work) throws SQLException {
        return withConnection(connection -> {
            connection.setAutoCommit(false);
            T result;
            try {
                result = work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            if (settings.ownedH2File()) {
                // WRITE_DELAY=0 has H2 write the commit to the file; this forces it to the disk
                // (fsync), so an acknowledged answer also survives a power cut.
                try (Statement s = connection.createStatement()) {
                    s.execute("CHECKPOINT SYNC");
                }
            }
            return result;
        });
    }

    static String masked(String url) {
        return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }
}
