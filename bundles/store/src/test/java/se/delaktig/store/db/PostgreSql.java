package se.delaktig.store.db;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.postgresql.osgi.PGDataSourceFactory;
import se.delaktig.store.migration.MigrationException;

/**
 * JUnit 5 extension giving tests a real PostgreSQL: one throwaway cluster per test JVM (started on the
 * first test class that needs it, stopped after the last test, and by a shutdown hook), one fresh
 * database per {@link #open()}. The store reaches it through the PostgreSQL driver's own OSGi
 * {@code DataSourceFactory} ({@link PGDataSourceFactory}, what the driver bundle registers).
 *
 * <p>{@code -Dstore.postgresql=skip} skips these tests (for developers without the PostgreSQL
 * binaries); without it, missing binaries fail the tests, so CI always runs them.
 */
public final class PostgreSql implements BeforeAllCallback, ExecutionCondition {
    /** System property; {@code skip} disables every PostgreSQL test. */
    public static final String SKIP_PROPERTY = "store.postgresql";
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PostgreSql.class);
    private static volatile PostgreSqlCluster cluster;

    /** Marks a test class as running on PostgreSQL (a subclass of an H2 test overriding its database). */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @ExtendWith(PostgreSql.class)
    @Tag("postgresql")
    public @interface Test {
    }

    /** Marks a test of an H2 test class that is about H2 itself (its file, its durability): not repeated on PostgreSQL. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface H2Only {
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if ("skip".equalsIgnoreCase(System.getProperty(SKIP_PROPERTY, ""))) {
            return ConditionEvaluationResult.disabled("PostgreSQL tests skipped (-D" + SKIP_PROPERTY + "=skip)");
        }
        if (context.getTestMethod().map(m -> m.isAnnotationPresent(H2Only.class)).orElse(false)) {
            return ConditionEvaluationResult.disabled("about H2 itself; not repeated on PostgreSQL");
        }
        return ConditionEvaluationResult.enabled("PostgreSQL");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("cluster", key -> {
            PostgreSqlCluster started = PostgreSqlCluster.start();
            System.out.println("PostgreSQL test cluster: " + started.version() + " at " + started.url(""));
            cluster = started;
            // closed by JUnit after the last test of the run (the root store's CloseableResource)
            return (ExtensionContext.Store.CloseableResource) started::close;
        });
    }

    /** @return the running cluster (after the extension's beforeAll) */
    public static PostgreSqlCluster cluster() {
        PostgreSqlCluster c = cluster;
        if (c == null) {
            throw new IllegalStateException("no PostgreSQL test cluster: annotate the class with @PostgreSql.Test");
        }
        return c;
    }

    /** @return PostgreSQL's own OSGi DataSourceFactory, as its driver bundle registers it */
    public static PGDataSourceFactory factory() {
        return new PGDataSourceFactory();
    }

    /**
     * @param maxConnections pool size
     * @return a pool, as the store builds it (H2's pool over the driver's ConnectionPoolDataSource), on a
     *         fresh, empty PostgreSQL database
     */
    public static org.h2.jdbcx.JdbcConnectionPool emptyDatabase(int maxConnections) throws java.sql.SQLException {
        return pool(cluster().newDatabase(maxConnections));
    }

    /**
     * @param settings where
     * @return another pool on the same database (a second node)
     */
    public static org.h2.jdbcx.JdbcConnectionPool pool(StoreSettings settings) throws java.sql.SQLException {
        org.h2.jdbcx.JdbcConnectionPool pool = org.h2.jdbcx.JdbcConnectionPool.create(
                factory().createConnectionPoolDataSource(settings.connectionProperties()));
        pool.setMaxConnections(settings.maxConnections());
        return pool;
    }

    /** @return a store on a fresh PostgreSQL database, migrated with this bundle's real migration files */
    public static StoreDatabase open() throws java.sql.SQLException, MigrationException {
        return new StoreDatabase(factory(), cluster().newDatabase(4), TestDatabases.bundleMigrations());
    }
}
