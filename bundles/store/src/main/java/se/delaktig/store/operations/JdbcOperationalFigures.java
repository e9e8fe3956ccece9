package se.delaktig.store.operations;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import se.delaktig.api.operations.FilingBacklog;
import se.delaktig.api.operations.OperationalFigures;
import se.delaktig.store.db.StoreDatabase;
import se.delaktig.store.db.StoreException;

/** Aggregate counts over the invitation (V002) and result filing (V005) tables, for health checks. */
@Component(service = OperationalFigures.class)
public class JdbcOperationalFigures implements OperationalFigures {

    static final int QUERY_TIMEOUT_SECONDS = 3;
    private final StoreDatabase db;

    /** Started by DS once the store's database is migrated. */
    @Activate
    public JdbcOperationalFigures(@Reference StoreDatabase db) {
        this.db = db;
    }

    @Override
    public int deliveriesFailedSince(Instant since) {
        try {
            return db.withConnection(c -> {
                try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM delaktig_invitation"
                        + " WHERE status = 'DELIVERY_FAILED' AND status_changed_at >= ?")) {
                    q.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
                    q.setObject(1, OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
                    try (ResultSet rs = q.executeQuery()) {
                        rs.next();
                        return rs.getInt(1);
                    }
                }
            });
        } catch (SQLException e) {
            throw new StoreException("counting failed deliveries", e);
        }
    }

    @Override
    public FilingBacklog filingBacklog() {
        try {
            return db.withConnection(c -> {
                try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*),"
                        + " SUM(CASE WHEN attempts > 0 THEN 1 ELSE 0 END), MIN(queued_at)"
                        + " FROM delaktig_result_filing WHERE filed_at IS NULL")) {
                    q.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
                    try (ResultSet rs = q.executeQuery()) {
                        rs.next();
                        OffsetDateTime oldest = rs.getObject(3, OffsetDateTime.class);
                        return new FilingBacklog(rs.getInt(1), rs.getInt(2), oldest == null ? null : oldest.toInstant());
                    }
                }
            });
        } catch (SQLException e) {
            throw new StoreException("reading the filing queue", e);
        }
    }
}
