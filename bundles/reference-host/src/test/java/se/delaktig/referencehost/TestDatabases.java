package se.delaktig.referencehost;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcConnectionPool;
import se.delaktig.referencehost.db.HostDatabase;
import se.delaktig.referencehost.db.Migrations;

/** Fresh in-memory databases with the real migrations, and configurations for tests. */
public final class TestDatabases {
    private TestDatabases() { }

    public static HostDatabase fresh(boolean seed) {
        return fresh(seed, Clock.systemDefaultZone());
    }

    public static HostDatabase fresh(boolean seed, Clock clock) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        try {
            return new HostDatabase(pool, migrations(), seed, clock);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Migrations migrations() {
        try {
            URL folder = TestDatabases.class.getClassLoader().getResource("db/migration");
            try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                List<URL> urls = files.map(p -> {
                    try {
                        return p.toUri().toURL();
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
                return new Migrations(urls);
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the first demo case (by id) of a unit with or without a protected identity */
    public static String caseOf(HostDatabase db, String unit, boolean protectedIdentity) throws SQLException {
        return db.withConnection(c -> {
            try (var q = c.prepareStatement("SELECT id FROM cases WHERE unit_id = ? AND protected_identity = ?"
                    + " ORDER BY id LIMIT 1")) {
                q.setString(1, unit);
                q.setBoolean(2, protectedIdentity);
                try (var rs = q.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
    }

    /** The configuration with its defaults, overridden by {@code values} (keys: method names). */
    public static ReferenceHostConfiguration config(Map<String, Object> values) {
        return (ReferenceHostConfiguration) Proxy.newProxyInstance(TestDatabases.class.getClassLoader(),
                new Class<?>[] {ReferenceHostConfiguration.class}, (proxy, method, args) -> {
                    if (method.getName().equals("annotationType")) {
                        return ReferenceHostConfiguration.class;
                    }
                    return values.getOrDefault(method.getName(), method.getDefaultValue());
                });
    }
}
