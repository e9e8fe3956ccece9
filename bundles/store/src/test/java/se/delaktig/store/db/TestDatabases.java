package se.delaktig.store.db;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.h2.Driver;
import org.h2.util.OsgiDataSourceFactory;
import org.osgi.framework.Bundle;
import org.osgi.service.jdbc.DataSourceFactory;
import se.delaktig.store.migration.MigrationSource;

/** Databases and stand-ins for tests: H2's real DataSourceFactory, no OSGi framework. */
public final class TestDatabases {
    private TestDatabases() {
    }

    /** H2's own OSGi DataSourceFactory, as the H2 bundle registers it. */
    public static DataSourceFactory h2Factory() {
        return new OsgiDataSourceFactory(new Driver());
    }

    /** A fresh private in-memory database. */
    public static StoreSettings memory() {
        return new StoreSettings("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", 4, false);
    }

    /** The default embedded file database under {@code dataDir}, as the component opens it. */
    public static StoreSettings file(Path dataDir) {
        return StoreSettings.of(config(Map.of()), dataDir.toString());
    }

    /** The real migration files of this bundle, found through a Bundle stand-in's findEntries. */
    public static MigrationSource bundleMigrations() {
        return MigrationSource.fromBundle(bundleOver(Path.of("src/main/resources")));
    }

    /** A Bundle stand-in answering findEntries from a folder. */
    public static Bundle bundleOver(Path root) {
        return (Bundle) Proxy.newProxyInstance(Bundle.class.getClassLoader(), new Class<?>[] {Bundle.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("findEntries")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    Path folder = root.resolve((String) args[0]);
                    String glob = (String) args[1];
                    if (!Files.isDirectory(folder)) {
                        return null;
                    }
                    var matcher = folder.getFileSystem().getPathMatcher("glob:" + glob);
                    try (Stream<Path> files = Files.list(folder)) {
                        List<URL> urls = files.filter(p -> matcher.matches(p.getFileName()))
                                .map(TestDatabases::url).toList();
                        return urls.isEmpty() ? null : Collections.enumeration(urls);
                    }
                });
    }

    /** The configuration with its metatype defaults, some replaced by {@code overrides} (by method name). */
    public static StoreConfiguration config(Map<String, Object> overrides) {
        return (StoreConfiguration) Proxy.newProxyInstance(StoreConfiguration.class.getClassLoader(),
                new Class<?>[] {StoreConfiguration.class}, (proxy, method, args) -> {
                    if (method.getName().equals("annotationType")) {
                        return StoreConfiguration.class;
                    }
                    if (overrides.containsKey(method.getName())) {
                        return overrides.get(method.getName());
                    }
                    if (method.getDefaultValue() == null) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return method.getDefaultValue();
                });
    }

    /**
     * An unquoted identifier as the database stores it in its metadata: upper case in H2, lower case
     * in PostgreSQL.
     */
    public static String identifier(java.sql.Connection c, String name) throws java.sql.SQLException {
        return c.getMetaData().storesUpperCaseIdentifiers() ? name.toUpperCase(java.util.Locale.ROOT)
                : name.toLowerCase(java.util.Locale.ROOT);
    }

    private static URL url(Path p) {
        try {
            return p.toUri().toURL();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
