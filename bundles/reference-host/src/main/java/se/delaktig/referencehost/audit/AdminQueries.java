package se.delaktig.referencehost.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import se.delaktig.referencehost.db.HostDatabase;

/** Reads for the outbox and audit pages, newest first. */
public final class AdminQueries {
    /** A message of the outbox. */
    public record OutboxRow(String channel, String address, String subject, String text, Instant at) { }

    /** An audit entry; {@code staffName} is empty for the plugin or a deleted account. */
    public record AuditRow(String staffId, String staffName, String caseId, String action, String view, Instant at) {
        public boolean hasCase() {
            return caseId != null;
        }
    }

    private final HostDatabase db;

    public AdminQueries(HostDatabase db) {
        this.db = db;
    }

    /** Every message, for administrators. */
    public List<OutboxRow> outbox(int limit) throws SQLException {
        return outbox("", List.of(), limit);
    }

    /**
     * The messages about cases {@code staffId} may see now (a case of their units, a protected
     * identity only with protected access); messages about no known case are left out.
     */
    public List<OutboxRow> outboxFor(String staffId, int limit) throws SQLException {
        return outbox(" WHERE EXISTS (SELECT 1 FROM cases c JOIN staff_units su ON su.unit_id = c.unit_id"
                + " JOIN staff s ON s.id = su.staff_id WHERE c.id = o.case_id AND s.id = ?"
                + " AND (c.protected_identity = FALSE OR s.protected_access = TRUE))", List.of(staffId), limit);
    }

    private List<OutboxRow> outbox(String where, List<String> args, int limit) throws SQLException {
        return db.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT o.channel, o.address, o.subject, o.body, o.created_at"
                    + " FROM outbox o" + where + " ORDER BY o.id DESC LIMIT ?")) {
                int i = 1;
                for (String arg : args) {
                    q.setString(i++, arg);
                }
                q.setInt(i, limit);
                List<OutboxRow> out = new ArrayList<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.add(new OutboxRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getTimestamp(5).toInstant()));
                    }
                }
                return out;
            }
        });
    }

    /** @return up to {@code limit} entries after skipping {@code offset} */
    public List<AuditRow> audit(int offset, int limit) throws SQLException {
        return db.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT a.staff_id, s.display_name, a.case_id, a.action,"
                    + " a.view_name, a.occurred_at FROM audit_log a LEFT JOIN staff s ON s.id = a.staff_id"
                    + " ORDER BY a.id DESC LIMIT ? OFFSET ?")) {
                q.setInt(1, limit);
                q.setInt(2, offset);
                List<AuditRow> out = new ArrayList<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        String name = rs.getString(2);
                        out.add(new AuditRow(rs.getString(1), name == null ? "" : name, rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()));
                    }
                }
                return out;
            }
        });
    }
}
