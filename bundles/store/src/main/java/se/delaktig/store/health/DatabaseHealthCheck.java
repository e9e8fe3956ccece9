package se.delaktig.store.health;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.delaktig.store.db.StoreDatabase;
import se.delaktig.store.migration.MigrationRunner;
import se.delaktig.store.migration.MigrationScript;
import se.delaktig.store.migration.MigrationSource;
import se.delaktig.web.api.HealthCheck;
import se.delaktig.web.api.HealthResult;
import se.delaktig.web.api.HealthResult.Status;
import se.delaktig.web.render.MessageCatalog;

/**
 * {@code store.database}: the plugin's database answers a trivial query and its schema is migrated
 * up to the newest script in this bundle. Present also when the database could not be opened.
 */
@Component(service = HealthCheck.class)
public class DatabaseHealthCheck implements HealthCheck {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseHealthCheck.class);
    static final MessageCatalog TEXTS = MessageCatalog.of(DatabaseHealthCheck.class.getClassLoader(),
            "se/delaktig/store/i18n/health");

    private final int newestScript;
    private volatile StoreDatabase db;

    @Activate
    public DatabaseHealthCheck(BundleContext context) {
        this(newest(MigrationSource.fromBundle(context.getBundle())));
    }

    DatabaseHealthCheck(int newestScript) {
        this.newestScript = newestScript;
    }

    /** @return the highest version among the scripts, 0 when they cannot be read */
    static int newest(MigrationSource source) {
        try {
            return source.scripts().stream().mapToInt(MigrationScript::version).max().orElse(0);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot read the store's migration scripts for its health check", e);
            return 0;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setDatabase(StoreDatabase database) {
        this.db = database;
    }

    void unsetDatabase(StoreDatabase database) {
        if (this.db == database) {
            this.db = null;
        }
    }

    @Override
    public String name() {
        return "store.database";
    }

    @Override
    public String title(String language) {
        return TEXTS.messages(language).get("health.database.title");
    }

    @Override
    public HealthResult check() {
        StoreDatabase database = db;
        if (database == null) {
            return HealthResult.of(Status.CRITICAL, TEXTS, "health.database.closed");
        }
        int applied;
        try {
            applied = database.withConnection(c -> {
                try (PreparedStatement q = c.prepareStatement("SELECT MAX(version) FROM " + MigrationRunner.VERSION_TABLE)) {
                    q.setQueryTimeout(3);
                    try (ResultSet rs = q.executeQuery()) {
                        return rs.next() ? rs.getInt(1) : 0;
                    }
                }
            });
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Store health check: the database did not answer", e);
            return HealthResult.of(Status.CRITICAL, TEXTS, "health.database.unreachable", e.getClass().getSimpleName());
        }
        if (applied < newestScript) {
            return HealthResult.of(Status.CRITICAL, TEXTS, "health.database.behind", version(applied), version(newestScript));
        }
        return HealthResult.of(Status.OK, TEXTS, "health.database.ok", version(applied));
    }

    private static String version(int v) {
        return String.format("V%03d", v);
    }
}
