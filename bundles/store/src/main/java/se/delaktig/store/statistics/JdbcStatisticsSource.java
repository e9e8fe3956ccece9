package se.delaktig.store.statistics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import se.delaktig.api.statistics.CodedAnswer;
import se.delaktig.api.statistics.CodedResponse;
import se.delaktig.api.statistics.RecordedFacts;
import se.delaktig.api.statistics.SentInvitation;
import se.delaktig.api.statistics.StatisticsSource;
import se.delaktig.store.db.StoreDatabase;
import se.delaktig.store.db.StoreException;

/**
 * The coded view of responses and invitations for statistics (tables of V002 and V003), with the facts
 * statistics recorded about them (V006), followed by the anonymised extract of erased cases (V007). The
 * text columns ({@code answer_text}, {@code tell_more}) and declined answers are never selected.
 */
@Component(service = StatisticsSource.class)
public class JdbcStatisticsSource implements StatisticsSource {

    private static final String SUBMITTED = "SELECT r.response_id, i.case_id, r.questionnaire_id, r.questionnaire_version,"
            + " r.submitted_at, f.unit_id, f.gender, f.age_band, f.recorded_at, a.link_id, a.codes FROM delaktig_response r"
            + " JOIN delaktig_invitation i ON i.invitation_id = r.invitation_id"
            + " LEFT JOIN delaktig_statistics_response_facts f ON f.response_id = r.response_id"
            + " LEFT JOIN delaktig_response_answer a ON a.response_id = r.response_id AND a.declined = FALSE"
            + " WHERE r.submitted_at IS NOT NULL";
    private static final String ORDER = " ORDER BY r.submitted_at, r.response_id, a.first_seq";
    private static final String SENT = "SELECT i.invitation_id, i.case_id, i.questionnaire_id, i.questionnaire_version,"
            + " i.created_at, i.status, r.submitted_at, f.unit_id, f.gender, f.age_band, f.recorded_at"
            + " FROM delaktig_invitation i"
            + " LEFT JOIN delaktig_response r ON r.invitation_id = i.invitation_id"
            + " LEFT JOIN delaktig_statistics_invitation_facts f ON f.invitation_id = i.invitation_id"
            + " WHERE (i.status IN ('SENT', 'OPENED', 'IN_PROGRESS', 'ANSWERED')"
            + " OR (i.status IN ('EXPIRED', 'REVOKED') AND i.last_sent_at IS NOT NULL))";
    private static final String SENT_ORDER = " ORDER BY i.created_at, i.invitation_id";
    private static final String RETAINED = "SELECT r.retained_id, r.questionnaire_id, r.questionnaire_version,"
            + " r.sent_month, r.unit_id, r.gender, r.age_band, a.link_id, a.codes"
            + " FROM delaktig_statistics_retained_response r"
            + " LEFT JOIN delaktig_statistics_retained_answer a ON a.retained_id = r.retained_id"
            + " ORDER BY r.sent_month, r.retained_id, a.answer_order";
    private static final String RETAINED_SENT = "SELECT retained_id, questionnaire_id, questionnaire_version,"
            + " sent_month, unit_id, gender, age_band, answered FROM delaktig_statistics_retained_invitation"
            + " ORDER BY sent_month, retained_id";
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final String RECORD = "INSERT INTO %1$s (%2$s, unit_id, gender, age_band, recorded_at)"
            + " SELECT ?, ?, ?, ?, ? FROM %3$s o WHERE o.%2$s = ?"
            + " AND NOT EXISTS (SELECT 1 FROM %1$s f WHERE f.%2$s = ?)";

    private final StoreDatabase db;

    /** Started by DS once the store's database is migrated. */
    @Activate
    public JdbcStatisticsSource(@Reference StoreDatabase db) {
        this.db = db;
    }

    @Override
    public long forEachSubmitted(Consumer<CodedResponse> each) {
        try {
            // a cursor on PostgreSQL, not the whole table in memory
            return db.streaming(c -> stream(c, SUBMITTED + ORDER, null, each) + retained(c, each));
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
            return db.streaming(c -> sent(c, SENT + SENT_ORDER, null, each) + retainedSent(c, each));
        } catch (SQLException e) {
            throw new StoreException("reading invitations for statistics failed", e);
        }
    }

    @Override
    public Optional<SentInvitation> sent(String invitationId) {
        List<SentInvitation> found = new ArrayList<>();
        try {
            db.withConnection(c -> sent(c, SENT + " AND i.invitation_id = ?" + SENT_ORDER, invitationId, found::add));
        } catch (SQLException e) {
            throw new StoreException("reading an invitation for statistics failed", e);
        }
        return found.stream().findFirst();
    }

    @Override
    public int recordResponses(Map<String, RecordedFacts> facts) {
        return record("delaktig_statistics_response_facts", "response_id", "delaktig_response", facts);
    }

    @Override
    public int recordInvitations(Map<String, RecordedFacts> facts) {
        return record("delaktig_statistics_invitation_facts", "invitation_id", "delaktig_invitation", facts);
    }

    /** One insert per id that exists and has no facts yet; a concurrent writer's row (another node) wins. */
    private int record(String table, String key, String owner, Map<String, RecordedFacts> facts) {
        if (facts.isEmpty()) {
            return 0;
        }
        String sql = String.format(RECORD, table, key, owner);
        int recorded = 0;
        for (Map.Entry<String, RecordedFacts> each : facts.entrySet()) {
            try {
                recorded += db.inTransaction(c -> {
                    try (PreparedStatement u = c.prepareStatement(sql)) {
                        RecordedFacts f = each.getValue();
                        u.setString(1, each.getKey());
                        u.setString(2, f.unitId());
                        u.setString(3, f.gender());
                        u.setString(4, f.ageBand());
                        u.setObject(5, OffsetDateTime.ofInstant(f.recordedAt(), ZoneOffset.UTC));
                        u.setString(6, each.getKey());
                        u.setString(7, each.getKey());
                        return u.executeUpdate();
                    }
                });
            } catch (SQLException e) {
                if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
                    throw new StoreException("recording statistics facts failed", e);
                }
                // another writer recorded the same id at the same moment: the first record wins
            }
        }
        return recorded;
    }

    private static long sent(Connection c, String sql, String parameter, Consumer<SentInvitation> each)
            throws SQLException {
        long count = 0;
        try (PreparedStatement q = c.prepareStatement(sql)) {
            q.setFetchSize(1000);
            if (parameter != null) {
                q.setString(1, parameter);
            }
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    boolean answered = "ANSWERED".equals(r.getString(6)) || r.getObject(7) != null;
                    each.accept(new SentInvitation(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            instant(r, 5), answered, facts(r, 8)));
                    count++;
                }
            }
        }
        return count;
    }

    /** The extract of erased cases' responses: no case id, the month's start as the time. */
    private static long retained(Connection c, Consumer<CodedResponse> each) throws SQLException {
        long count = 0;
        try (PreparedStatement q = c.prepareStatement(RETAINED)) {
            q.setFetchSize(1000);
            try (ResultSet r = q.executeQuery()) {
                String current = null;
                String[] head = null;
                RecordedFacts recorded = null;
                List<CodedAnswer> answers = new ArrayList<>();
                while (r.next()) {
                    String id = r.getString(1);
                    if (!id.equals(current)) {
                        if (current != null) {
                            each.accept(new CodedResponse(current, null, head[0], head[1], recorded.recordedAt(), answers,
                                    recorded));
                            count++;
                        }
                        current = id;
                        head = new String[] {r.getString(2), r.getString(3)};
                        recorded = monthFacts(r, 4);
                        answers = new ArrayList<>();
                    }
                    String linkId = r.getString(8);
                    String codes = r.getString(9);
                    if (linkId != null && codes != null && !codes.isEmpty()) {
                        answers.add(new CodedAnswer(linkId, Arrays.asList(codes.split("\n"))));
                    }
                }
                if (current != null) {
                    each.accept(new CodedResponse(current, null, head[0], head[1], recorded.recordedAt(), answers, recorded));
                    count++;
                }
            }
        }
        return count;
    }

    /** The extract of erased cases' invitations. */
    private static long retainedSent(Connection c, Consumer<SentInvitation> each) throws SQLException {
        long count = 0;
        try (PreparedStatement q = c.prepareStatement(RETAINED_SENT)) {
            q.setFetchSize(1000);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    RecordedFacts recorded = monthFacts(r, 4);
                    each.accept(new SentInvitation(r.getString(1), null, r.getString(2), r.getString(3),
                            recorded.recordedAt(), r.getBoolean(8), recorded));
                    count++;
                }
            }
        }
        return count;
    }

    /** Month (DATE), unit, gender, age band; the month's start in Stockholm stands for every time. */
    private static RecordedFacts monthFacts(ResultSet r, int month) throws SQLException {
        Instant start = r.getObject(month, LocalDate.class).atStartOfDay(STOCKHOLM).toInstant();
        return new RecordedFacts(r.getString(month + 1), r.getString(month + 2), r.getString(month + 3), start);
    }

    private static RecordedFacts facts(ResultSet r, int first) throws SQLException {
        String unit = r.getString(first);
        return unit == null ? null
                : new RecordedFacts(unit, r.getString(first + 1), r.getString(first + 2), instant(r, first + 3));
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
                RecordedFacts recorded = null;
                List<CodedAnswer> answers = new ArrayList<>();
                while (r.next()) {
                    String id = r.getString(1);
                    if (!id.equals(current)) {
                        if (current != null) {
                            each.accept(new CodedResponse(current, head[0], head[1], head[2], submittedAt, answers, recorded));
                            count++;
                        }
                        current = id;
                        head = new String[] {r.getString(2), r.getString(3), r.getString(4)};
                        submittedAt = instant(r, 5);
                        recorded = facts(r, 6);
                        answers = new ArrayList<>();
                    }
                    String linkId = r.getString(10);
                    String codes = r.getString(11);
                    if (linkId != null && codes != null && !codes.isEmpty()) {
                        answers.add(new CodedAnswer(linkId, Arrays.asList(codes.split("\n"))));
                    }
                }
                if (current != null) {
                    each.accept(new CodedResponse(current, head[0], head[1], head[2], submittedAt, answers, recorded));
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
