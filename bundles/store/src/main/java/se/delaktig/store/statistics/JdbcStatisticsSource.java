package se.delaktig.store.statistics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import se.delaktig.api.statistics.CodedAnswer;
import se.delaktig.api.statistics.CodedResponse;
import se.delaktig.api.statistics.SentInvitation;
import se.delaktig.api.statistics.StatisticsSource;
import se.delaktig.store.db.StoreDatabase;
import se.delaktig.store.db.StoreException;

/**
 * The coded view of responses and invitations for statistics (tables of V002 and V003). The text
 * columns ({@code answer_text}, {@code tell_more}) and declined answers are never selected.
 */
@Component(service = StatisticsSource.class)
public class JdbcStatisticsSource implements StatisticsSource {

    private static final String SUBMITTED = "SELECT r.response_id, i.case_id, r.questionnaire_id, r.questionnaire_version,"
            + " r.submitted_at, a.link_id, a.codes FROM delaktig_response r"
            + " JOIN delaktig_invitation i ON i.invitation_id = r.invitation_id"
            + " LEFT JOIN delaktig_response_answer a ON a.response_id = r.response_id AND a.declined = FALSE"
            + " WHERE r.submitted_at IS NOT NULL";
    private static final String ORDER = " ORDER BY r.submitted_at, r.response_id, a.first_seq";
    private static final String SENT = "SELECT i.invitation_id, i.case_id, i.questionnaire_id, i.questionnaire_version,"
            + " i.created_at, i.status, r.submitted_at FROM delaktig_invitation i"
            + " LEFT JOIN delaktig_response r ON r.invitation_id = i.invitation_id"
            + " WHERE i.status IN ('SENT', 'OPENED', 'IN_PROGRESS', 'ANSWERED')"
            + " OR (i.status IN ('EXPIRED', 'REVOKED') AND i.last_sent_at IS NOT NULL)"
            + " ORDER BY i.created_at, i.invitation_id";

    private final StoreDatabase db;

    /** Started by DS once the store's database is migrated. */
    @Activate
    public JdbcStatisticsSource(@Reference StoreDatabase db) {
        this.db = db;
    }

    @Override
    public long forEachSubmitted(Consumer<CodedResponse> each) {
        try {
            return db.withConnection(c -> stream(c, SUBMITTED + ORDER, null, each));
        } catch (SQLException e) {
            throw new StoreException("reading sent responses for statistics failed", e);
        }
    }

    @Override
    public Optional<CodedResponse> submitted(String responseId) {
        List<CodedResponse> found = new ArrayList<>();
        try {
            db.withConnection(c -> stream(c, SUBMITTED + " AND r.response_id = ?" + ORDER, responseId, found::add));
        } catch (SQLException e) {
            throw new StoreException("reading a sent response for statistics failed", e);
        }
        return found.stream().findFirst();
    }

    @Override
    public long forEachSent(Consumer<SentInvitation> each) {
        try {
            return db.withConnection(c -> {
                long count = 0;
                try (PreparedStatement q = c.prepareStatement(SENT)) {
                    q.setFetchSize(1000);
                    try (ResultSet r = q.executeQuery()) {
                        while (r.next()) {
                            boolean answered = "ANSWERED".equals(r.getString(6)) || r.getObject(7) != null;
                            each.accept(new SentInvitation(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                                    instant(r, 5), answered));
                            count++;
                        }
                    }
                }
                return count;
            });
        } catch (SQLException e) {
            throw new StoreException("reading invitations for statistics failed", e);
        }
    }

    private static long stream(Connection c, String sql, String parameter, Consumer<CodedResponse> each)
            throws SQLException {
        long count = 0;
        try (PreparedStatement q = c.prepareStatement(sql)) {
            q.setFetchSize(1000);
            if (parameter != null) {
                q.setString(1, parameter);
            }
            try (ResultSet r = q.executeQuery()) {
                String current = null;
                String[] head = null;
                Instant submittedAt = null;
                List<CodedAnswer> answers = new ArrayList<>();
                while (r.next()) {
                    String id = r.getString(1);
                    if (!id.equals(current)) {
                        if (current != null) {
                            each.accept(new CodedResponse(current, head[0], head[1], head[2], submittedAt, answers));
                            count++;
                        }
                        current = id;
                        head = new String[] {r.getString(2), r.getString(3), r.getString(4)};
                        submittedAt = instant(r, 5);
                        answers = new ArrayList<>();
                    }
                    String linkId = r.getString(6);
                    String codes = r.getString(7);
                    if (linkId != null && codes != null && !codes.isEmpty()) {
                        answers.add(new CodedAnswer(linkId, Arrays.asList(codes.split("\n"))));
                    }
                }
                if (current != null) {
                    each.accept(new CodedResponse(current, head[0], head[1], head[2], submittedAt, answers));
                    count++;
                }
            }
        }
        return count;
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        OffsetDateTime value = r.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
