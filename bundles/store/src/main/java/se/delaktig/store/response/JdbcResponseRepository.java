package se.delaktig.store.response;

import static se.delaktig.store.response.JdbcPortalSessionRepository.instant;
import static se.delaktig.store.response.JdbcPortalSessionRepository.utc;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import se.delaktig.api.questionnaire.Answer;
import se.delaktig.api.response.ResponseRepository;
import se.delaktig.api.response.StoredAnswer;
import se.delaktig.api.response.StoredResponse;
import se.delaktig.store.db.StoreDatabase;
import se.delaktig.store.db.StoreException;

/** Responses and answers on tables {@code delaktig_response} and {@code delaktig_response_answer} (migration V003). */
@Component(service = ResponseRepository.class)
public class JdbcResponseRepository implements ResponseRepository {

    private static final String COLUMNS = "response_id, invitation_id, questionnaire_id, questionnaire_version,"
            + " started_at, submitted_at, answered_together, position";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StoreDatabase db;

    /** Started by DS once the store's database is migrated. */
    @Activate
    public JdbcResponseRepository(@Reference StoreDatabase db) {
        this.db = db;
    }

    @Override
    public StoredResponse startOrFind(String invitationId, String questionnaireId, String questionnaireVersion,
            Instant now) {
        Optional<StoredResponse> existing = findByInvitation(invitationId);
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        StoredResponse fresh = new StoredResponse(HexFormat.of().formatHex(id), invitationId, questionnaireId,
                questionnaireVersion, now, null, false, null);
        try {
            db.inTransaction(c -> {
                try (PreparedStatement i = c.prepareStatement("INSERT INTO delaktig_response (" + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, NULL, FALSE, NULL)")) {
                    i.setString(1, fresh.id());
                    i.setString(2, invitationId);
                    i.setString(3, questionnaireId);
                    i.setString(4, questionnaireVersion);
                    i.setObject(5, utc(now));
                    return i.executeUpdate();
                }
            });
            return fresh;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                // Another device started it at the same moment: use theirs.
                return findByInvitation(invitationId).orElseThrow(() -> new StoreException("starting a response failed", e));
            }
            throw new StoreException("starting a response failed", e);
        }
    }

    @Override
    public Optional<StoredResponse> find(String responseId) {
        return one("response_id", responseId);
    }

    @Override
    public Optional<StoredResponse> findByInvitation(String invitationId) {
        return one("invitation_id", invitationId);
    }

    private Optional<StoredResponse> one(String column, String value) {
        try {
            return db.withConnection(c -> {
                try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM delaktig_response WHERE "
                        + column + " = ?")) {
                    q.setString(1, value);
                    try (ResultSet r = q.executeQuery()) {
                        return r.next() ? Optional.of(response(r)) : Optional.<StoredResponse>empty();
                    }
                }
            });
        } catch (SQLException e) {
            throw new StoreException("reading a response failed", e);
        }
    }

    @Override
    public Optional<StoredAnswer> saveAnswer(String responseId, Answer answer, Instant time) {
        // The column keeps microseconds: the returned answer equals the one read back (deleteAnswers compares it).
        Instant now = time.truncatedTo(ChronoUnit.MICROS);
        try {
            return db.inTransaction(c -> {
                // Lock the response row: a send and a save cannot interleave.
                try (PreparedStatement lock = c.prepareStatement(
                        "SELECT submitted_at FROM delaktig_response WHERE response_id = ? FOR UPDATE")) {
                    lock.setString(1, responseId);
                    try (ResultSet r = lock.executeQuery()) {
                        if (!r.next() || r.getObject(1) != null) {
                            return Optional.<StoredAnswer>empty();
                        }
                    }
                }
                long revision = 1;
                try (PreparedStatement u = c.prepareStatement("UPDATE delaktig_response_answer SET codes = ?,"
                        + " answer_text = ?, declined = ?, tell_more = ?, updated_at = ?, revision = revision + 1"
                        + " WHERE response_id = ? AND link_id = ?")) {
                    setValues(u, answer, now);
                    u.setString(6, responseId);
                    u.setString(7, answer.linkId());
                    if (u.executeUpdate() == 1) {
                        revision = revisionOf(c, responseId, answer.linkId());
                    } else {
                        insert(c, responseId, answer, now);
                    }
                }
                return Optional.of(new StoredAnswer(answer, now, revision));
            });
        } catch (SQLException e) {
            throw new StoreException("saving an answer failed", e);
        }
    }

    private static void insert(Connection c, String responseId, Answer answer, Instant now) throws SQLException {
        try (PreparedStatement i = c.prepareStatement("INSERT INTO delaktig_response_answer (codes, answer_text,"
                + " declined, tell_more, updated_at, response_id, link_id, first_seq, revision)"
                + " SELECT ?, ?, ?, ?, ?, ?, ?, COALESCE(MAX(first_seq), 0) + 1, 1 FROM delaktig_response_answer"
                + " WHERE response_id = ?")) {
            setValues(i, answer, now);
            i.setString(6, responseId);
            i.setString(7, answer.linkId());
            i.setString(8, responseId);
            i.executeUpdate();
        }
    }

    private static long revisionOf(Connection c, String responseId, String linkId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(
                "SELECT revision FROM delaktig_response_answer WHERE response_id = ? AND link_id = ?")) {
            q.setString(1, responseId);
            q.setString(2, linkId);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static void setValues(PreparedStatement s, Answer answer, Instant now) throws SQLException {
        s.setString(1, String.join("\n", answer.codes()));
        s.setString(2, answer.text());
        s.setBoolean(3, answer.declined());
        s.setString(4, answer.tellMore());
        s.setObject(5, utc(now));
    }

    @Override
    public List<StoredAnswer> answers(String responseId) {
        try {
            return db.withConnection(c -> {
                try (PreparedStatement q = c.prepareStatement("SELECT link_id, codes, answer_text, declined, tell_more,"
                        + " updated_at, revision FROM delaktig_response_answer WHERE response_id = ? ORDER BY first_seq")) {
                    q.setString(1, responseId);
                    List<StoredAnswer> all = new ArrayList<>();
                    try (ResultSet r = q.executeQuery()) {
                        while (r.next()) {
                            String codes = r.getString(2);
                            List<String> list = codes.isEmpty() ? List.of() : Arrays.asList(codes.split("\n"));
                            all.add(new StoredAnswer(new Answer(r.getString(1), list, r.getString(3), r.getBoolean(4),
                                    r.getString(5)), instant(r, 6), r.getLong(7)));
                        }
                    }
                    return all;
                }
            });
        } catch (SQLException e) {
            throw new StoreException("reading answers failed", e);
        }
    }

    @Override
    public int deleteAnswers(String responseId, Collection<StoredAnswer> asRead) {
        if (asRead.isEmpty()) {
            return 0;
        }
        try {
            return db.inTransaction(c -> {
                // Only the save the caller read: a row saved again since has another revision or time.
                try (PreparedStatement d = c.prepareStatement("DELETE FROM delaktig_response_answer"
                        + " WHERE response_id = ? AND link_id = ? AND revision = ? AND updated_at = ?")) {
                    for (StoredAnswer a : asRead) {
                        d.setString(1, responseId);
                        d.setString(2, a.answer().linkId());
                        d.setLong(3, a.revision());
                        d.setObject(4, utc(a.updatedAt()));
                        d.addBatch();
                    }
                    int deleted = 0;
                    for (int n : d.executeBatch()) {
                        deleted += Math.max(n, 0);
                    }
                    return deleted;
                }
            });
        } catch (SQLException e) {
            throw new StoreException("deleting hidden answers failed", e);
        }
    }

    @Override
    public void setPosition(String responseId, String linkId) {
        update("saving the position", "UPDATE delaktig_response SET position = ? WHERE response_id = ?"
                + " AND submitted_at IS NULL", linkId, responseId);
    }

    @Override
    public boolean markSubmitted(String responseId, Instant now) {
        return update("sending a response", "UPDATE delaktig_response SET submitted_at = ?, position = NULL"
                + " WHERE response_id = ? AND submitted_at IS NULL", utc(now), responseId) == 1;
    }

    @Override
    public void setAnsweredTogether(String responseId, boolean together) {
        update("marking a response answered together",
                "UPDATE delaktig_response SET answered_together = ? WHERE response_id = ?", together, responseId);
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

    private static StoredResponse response(ResultSet r) throws SQLException {
        return new StoredResponse(r.getString(1), r.getString(2), r.getString(3), r.getString(4), instant(r, 5),
                instant(r, 6), r.getBoolean(7), r.getString(8));
    }
}
