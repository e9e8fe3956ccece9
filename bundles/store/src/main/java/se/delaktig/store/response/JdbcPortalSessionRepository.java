package se.delaktig.store.response;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import se.delaktig.api.response.PortalSession;
import se.delaktig.api.response.PortalSessionRepository;
import se.delaktig.store.db.StoreDatabase;
import se.delaktig.store.db.StoreException;

/** Portal sessions on table {@code delaktig_portal_session} (migration V003). */
@Component(service = PortalSessionRepository.class)
public class JdbcPortalSessionRepository implements PortalSessionRepository {

    private static final String COLUMNS = "id_hash, invitation_id, response_id, language, created_at, last_seen_at";

    private final StoreDatabase db;

    /** Started by DS once the store's database is migrated. */
    @Activate
    public JdbcPortalSessionRepository(@Reference StoreDatabase db) {
        this.db = db;
    }

    @Override
    public void create(PortalSession s) {
        update("creating a portal session", "INSERT INTO delaktig_portal_session (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?)", s.idHash(), s.invitationId(), s.responseId(), s.language(),
                utc(s.createdAt()), utc(s.lastSeenAt()));
    }

    @Override
    public Optional<PortalSession> find(String idHash) {
        try {
            return db.withConnection(c -> {
                try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS
                        + " FROM delaktig_portal_session WHERE id_hash = ?")) {
                    q.setString(1, idHash);
                    try (ResultSet r = q.executeQuery()) {
                        if (!r.next()) {
                            return Optional.empty();
                        }
                        return Optional.of(new PortalSession(r.getString(1), r.getString(2), r.getString(3),
                                r.getString(4), instant(r, 5), instant(r, 6)));
                    }
                }
            });
        } catch (SQLException e) {
            throw new StoreException("reading a portal session failed", e);
        }
    }

    @Override
    public void touch(String idHash, Instant now) {
        update("touching a portal session", "UPDATE delaktig_portal_session SET last_seen_at = ? WHERE id_hash = ?",
                utc(now), idHash);
    }

    @Override
    public void setLanguage(String idHash, String language) {
        update("changing a portal session's language",
                "UPDATE delaktig_portal_session SET language = ? WHERE id_hash = ?", language, idHash);
    }

    @Override
    public void delete(String idHash) {
        update("ending a portal session", "DELETE FROM delaktig_portal_session WHERE id_hash = ?", idHash);
    }

    @Override
    public int deleteForInvitation(String invitationId) {
        return update("ending an invitation's portal sessions",
                "DELETE FROM delaktig_portal_session WHERE invitation_id = ?", invitationId);
    }

    @Override
    public int deleteExpired(Instant idleBefore, Instant createdBefore) {
        return update("sweeping portal sessions",
                "DELETE FROM delaktig_portal_session WHERE last_seen_at < ? OR created_at < ? OR EXISTS"
                + " (SELECT 1 FROM delaktig_response r WHERE r.response_id = delaktig_portal_session.response_id"
                + " AND r.submitted_at IS NOT NULL)",
                utc(idleBefore), utc(createdBefore));
    }

    private int update(String what, String sql, Object... values) {
        try {
            return db.inTransaction(c -> {
                try (PreparedStatement u = c.prepareStatement(sql)) {
                    for (int i = 0; i < values.length; i++) {
                        u.setObject(i + 1, values[i]);
                    }
                    return u.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new StoreException(what + " failed", e);
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet r, int column) throws SQLException {
        OffsetDateTime value = r.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
