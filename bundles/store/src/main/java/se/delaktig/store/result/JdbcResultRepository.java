package se.delaktig.store.result;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import se.delaktig.api.response.StoredResponse;
import se.delaktig.api.result.PendingFiling;
import se.delaktig.api.result.ResultRepository;
import se.delaktig.store.db.StoreDatabase;
import se.delaktig.store.db.StoreException;

/** The result view's tables (migration V005) and the case's responses through its invitations (V002, V003). */
@Component(service = ResultRepository.class)
public class JdbcResultRepository implements ResultRepository {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String R = "r.response_id, r.invitation_id, r.questionnaire_id, r.questionnaire_version,"
            + " r.started_at, r.submitted_at, r.answered_together, r.position";

    private final StoreDatabase db;

    /** Started by DS once the store's database is migrated. */
    @Activate
    public JdbcResultRepository(@Reference StoreDatabase db) {
        this.db = db;
    }

    @Override
    public List<StoredResponse> submittedForCase(String caseId) {
        String sql = "SELECT " + R + " FROM delaktig_response r JOIN delaktig_invitation i"
                + " ON i.invitation_id = r.invitation_id WHERE i.case_id = ? AND r.submitted_at IS NOT NULL"
                + " UNION ALL SELECT " + R + " FROM delaktig_response r JOIN delaktig_result_staff_response s"
                + " ON s.response_id = r.response_id WHERE s.case_id = ? AND r.submitted_at IS NOT NULL"
                + " ORDER BY 6, 1";
        return read("listing a case's responses", c -> {
            try (PreparedStatement q = c.prepareStatement(sql)) {
                q.setString(1, caseId);
                q.setString(2, caseId);
                List<StoredResponse> out = new ArrayList<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.add(new StoredResponse(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                instant(rs, 5), instant(rs, 6), rs.getBoolean(7), rs.getString(8)));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public Optional<String> caseOf(String responseId) {
        String sql = "SELECT i.case_id FROM delaktig_response r JOIN delaktig_invitation i"
                + " ON i.invitation_id = r.invitation_id WHERE r.response_id = ?"
                + " UNION ALL SELECT case_id FROM delaktig_result_staff_response WHERE response_id = ?";
        return read("finding a response's case", c -> {
            try (PreparedStatement q = c.prepareStatement(sql)) {
                q.setString(1, responseId);
                q.setString(2, responseId);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public void linkStaffResponse(String responseId, String caseId, String staffId, Instant now) {
        insertOnce("linking a staff response", "INSERT INTO delaktig_result_staff_response"
                + " (response_id, case_id, staff_id, created_at) VALUES (?, ?, ?, ?)", responseId, caseId, staffId, now);
    }

    @Override
    public boolean queueFiling(String responseId, String caseId, Instant now) {
        return insertOnce("queueing a filing", "INSERT INTO delaktig_result_filing (response_id, case_id, queued_at,"
                + " attempts, next_attempt_at, filed_at, host_entry_id) VALUES (?, ?, ?, 0, ?, NULL, NULL)",
                responseId, caseId, now, now);
    }

    @Override
    public List<PendingFiling> dueFilings(Instant now, int max) {
        return read("listing due filings", c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT response_id, case_id, attempts, next_attempt_at"
                    + " FROM delaktig_result_filing WHERE filed_at IS NULL AND next_attempt_at <= ?"
                    + " ORDER BY next_attempt_at, response_id")) {
                q.setObject(1, utc(now));
                q.setMaxRows(Math.max(1, max));
                List<PendingFiling> out = new ArrayList<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.add(new PendingFiling(rs.getString(1), rs.getString(2), rs.getInt(3), instant(rs, 4)));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public void markFiled(String responseId, String hostEntryId, Instant now) {
        write("marking a filing done", "UPDATE delaktig_result_filing SET filed_at = ?, host_entry_id = ?"
                + " WHERE response_id = ?", utc(now), hostEntryId, responseId);
    }

    @Override
    public void markFilingFailed(String responseId, Instant nextAttempt) {
        write("marking a filing failed", "UPDATE delaktig_result_filing SET attempts = attempts + 1,"
                + " next_attempt_at = ? WHERE response_id = ? AND filed_at IS NULL", utc(nextAttempt), responseId);
    }

    @Override
    public boolean filed(String responseId) {
        return read("reading a filing", c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT 1 FROM delaktig_result_filing WHERE response_id = ? AND filed_at IS NOT NULL")) {
                q.setString(1, responseId);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    @Override
    public boolean claimAlert(String responseId, String caseId, Instant now) {
        return insertOnce("claiming an alert", "INSERT INTO delaktig_result_alert (response_id, case_id, alerted_at)"
                + " VALUES (?, ?, ?)", responseId, caseId, now);
    }

    @Override
    public void releaseAlert(String responseId) {
        write("releasing an alert", "DELETE FROM delaktig_result_alert WHERE response_id = ?", responseId);
    }

    @Override
    public List<String> alertedResponses(String caseId) {
        return read("listing alerts", c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT response_id FROM delaktig_result_alert WHERE case_id = ? ORDER BY alerted_at, response_id")) {
                q.setString(1, caseId);
                List<String> out = new ArrayList<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public void markTogether(String invitationId, String staffId, Instant now) {
        insertOnce("marking answering together", "INSERT INTO delaktig_result_together (invitation_id, staff_id,"
                + " created_at) VALUES (?, ?, ?)", invitationId, staffId, now);
    }

    @Override
    public boolean together(String invitationId) {
        return read("reading answering together", c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT 1 FROM delaktig_result_together WHERE invitation_id = ?")) {
                q.setString(1, invitationId);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** @return false when the row existed (unique violation), true when inserted */
    private boolean insertOnce(String what, String sql, Object... values) {
        try {
            return db.inTransaction(c -> execute(c, sql, values)) == 1;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw new StoreException(what + " failed", e);
        }
    }

    private void write(String what, String sql, Object... values) {
        try {
            db.inTransaction(c -> execute(c, sql, values));
        } catch (SQLException e) {
            throw new StoreException(what + " failed", e);
        }
    }

    private static int execute(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                s.setObject(i + 1, v instanceof Instant t ? utc(t) : v);
            }
            return s.executeUpdate();
        }
    }

    private <T> T read(String what, se.delaktig.store.db.SqlWork<T> work) {
        try {
            return db.withConnection(work);
        } catch (SQLException e) {
            throw new StoreException(what + " failed", e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        OffsetDateTime value = r.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
