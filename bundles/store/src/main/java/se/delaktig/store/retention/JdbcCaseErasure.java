package se.delaktig.store.retention;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import se.delaktig.api.retention.CaseErasure;
import se.delaktig.api.retention.ErasedCase;
import se.delaktig.api.statistics.RecordedFacts;
import se.delaktig.store.db.StoreDatabase;
import se.delaktig.store.db.StoreException;

/**
 * Erases a case's rows (V002, V003, V005, V006) in one transaction, after keeping the anonymised
 * statistical extract of V007. The extract follows the rules of {@code JdbcStatisticsSource}: sent
 * responses of the case's invitations with their non-declined option codes, and invitations that
 * reached the child.
 */
@Component(service = CaseErasure.class)
public class JdbcCaseErasure implements CaseErasure {

    /** Statistics count calendar months in Stockholm; the extract keeps only the month. */
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private static final String INVITATIONS = "SELECT invitation_id FROM delaktig_invitation WHERE case_id = ?"
            + " ORDER BY invitation_id FOR UPDATE";
    private static final String RESPONSES = "SELECT r.response_id FROM delaktig_response r"
            + " JOIN delaktig_invitation i ON i.invitation_id = r.invitation_id WHERE i.case_id = ?"
            + " UNION SELECT response_id FROM delaktig_result_staff_response WHERE case_id = ?";
    private static final String SENT_RESPONSES = "SELECT r.response_id, r.questionnaire_id, r.questionnaire_version,"
            + " r.submitted_at, f.unit_id, f.gender, f.age_band, f.recorded_at FROM delaktig_response r"
            + " JOIN delaktig_invitation i ON i.invitation_id = r.invitation_id"
            + " LEFT JOIN delaktig_statistics_response_facts f ON f.response_id = r.response_id"
            + " WHERE i.case_id = ? AND r.submitted_at IS NOT NULL ORDER BY r.submitted_at, r.response_id";
    private static final String CODES = "SELECT link_id, codes FROM delaktig_response_answer"
            + " WHERE response_id = ? AND declined = FALSE ORDER BY first_seq";
    /** The same rule as {@code JdbcStatisticsSource}'s invitations that reached a child. */
    private static final String SENT_INVITATIONS = "SELECT i.questionnaire_id, i.questionnaire_version, i.created_at,"
            + " i.status, r.submitted_at, f.unit_id, f.gender, f.age_band, f.recorded_at FROM delaktig_invitation i"
            + " LEFT JOIN delaktig_response r ON r.invitation_id = i.invitation_id"
            + " LEFT JOIN delaktig_statistics_invitation_facts f ON f.invitation_id = i.invitation_id"
            + " WHERE i.case_id = ? AND (i.status IN ('SENT', 'OPENED', 'IN_PROGRESS', 'ANSWERED')"
            + " OR (i.status IN ('EXPIRED', 'REVOKED') AND i.last_sent_at IS NOT NULL))"
            + " ORDER BY i.created_at, i.invitation_id";

    private final StoreDatabase db;

    /** Started by DS once the store's database is migrated. */
    @Activate
    public JdbcCaseErasure(@Reference StoreDatabase db) {
        this.db = db;
    }

    @Override
    public ErasedCase erase(String caseId, Function<Instant, Optional<RecordedFacts>> factsOn) {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(factsOn, "factsOn");
        try {
            return db.inTransaction(c -> {
                List<String> invitations = ids(c, INVITATIONS, caseId);
                List<String> responses = ids(c, RESPONSES, caseId, caseId);
                // the extract first: it reads the answers and the recorded facts about to be deleted
                int keptResponses = keepResponses(c, caseId, factsOn);
                int keptInvitations = keepInvitations(c, caseId, factsOn);
                int sessions = deleteEach(c, "DELETE FROM delaktig_portal_session WHERE invitation_id = ?", invitations)
                        + deleteEach(c, "DELETE FROM delaktig_portal_session WHERE response_id = ?", responses);
                int answers = deleteEach(c, "DELETE FROM delaktig_response_answer WHERE response_id = ?", responses);
                deleteEach(c, "DELETE FROM delaktig_statistics_response_facts WHERE response_id = ?", responses);
                int responseRows = deleteEach(c, "DELETE FROM delaktig_response WHERE response_id = ?", responses);
                int resultRows = deleteEach(c, "DELETE FROM delaktig_result_filing WHERE response_id = ?", responses)
                        + deleteEach(c, "DELETE FROM delaktig_result_alert WHERE response_id = ?", responses)
                        + deleteWhereCase(c, "delaktig_result_filing", caseId)
                        + deleteWhereCase(c, "delaktig_result_alert", caseId)
                        + deleteWhereCase(c, "delaktig_result_staff_response", caseId)
                        + deleteEach(c, "DELETE FROM delaktig_result_together WHERE invitation_id = ?", invitations);
                deleteEach(c, "DELETE FROM delaktig_statistics_invitation_facts WHERE invitation_id = ?", invitations);
                int invitationRows = deleteWhereCase(c, "delaktig_invitation", caseId);
                return new ErasedCase(invitationRows, responseRows, answers, sessions, resultRows, keptResponses,
                        keptInvitations);
            });
        } catch (SQLException e) {
            throw new StoreException("erasing case " + caseId + " failed; nothing was erased", e);
        }
    }

    /** Copies each sent response of the case, with facts, into the extract under a new random id. */
    private static int keepResponses(Connection c, String caseId, Function<Instant, Optional<RecordedFacts>> factsOn)
            throws SQLException {
        record Sent(String responseId, String questionnaireId, String version, Instant at, RecordedFacts facts) {
        }
        List<Sent> sent = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(SENT_RESPONSES)) {
            q.setString(1, caseId);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    sent.add(new Sent(r.getString(1), r.getString(2), r.getString(3), instant(r, 4), facts(r, 5)));
                }
            }
        }
        int kept = 0;
        try (PreparedStatement codes = c.prepareStatement(CODES);
             PreparedStatement response = c.prepareStatement("INSERT INTO delaktig_statistics_retained_response"
                     + " (retained_id, questionnaire_id, questionnaire_version, sent_month, unit_id, gender, age_band)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement answer = c.prepareStatement("INSERT INTO delaktig_statistics_retained_answer"
                     + " (retained_id, answer_order, link_id, codes) VALUES (?, ?, ?, ?)")) {
            for (Sent s : sent) {
                Optional<RecordedFacts> facts = usable(s.facts(), s.at(), factsOn);
                if (facts.isEmpty()) {
                    continue; // statistics could not count it either
                }
                String id = UUID.randomUUID().toString();
                head(response, id, s.questionnaireId(), s.version(), s.at(), facts.get());
                response.executeUpdate();
                codes.setString(1, s.responseId());
                int order = 0;
                try (ResultSet a = codes.executeQuery()) {
                    while (a.next()) {
                        String value = a.getString(2);
                        if (value == null || value.isEmpty()) {
                            continue; // a text answer: never kept
                        }
                        answer.setString(1, id);
                        answer.setInt(2, order++);
                        answer.setString(3, a.getString(1));
                        answer.setString(4, value);
                        answer.addBatch();
                    }
                }
                answer.executeBatch();
                kept++;
            }
        }
        return kept;
    }

    /** Copies each invitation of the case that reached the child into the extract under a new random id. */
    private static int keepInvitations(Connection c, String caseId, Function<Instant, Optional<RecordedFacts>> factsOn)
            throws SQLException {
        int kept = 0;
        try (PreparedStatement q = c.prepareStatement(SENT_INVITATIONS);
             PreparedStatement insert = c.prepareStatement("INSERT INTO delaktig_statistics_retained_invitation"
                     + " (retained_id, questionnaire_id, questionnaire_version, sent_month, unit_id, gender, age_band,"
                     + " answered) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            q.setString(1, caseId);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    Instant sentAt = instant(r, 3);
                    Optional<RecordedFacts> facts = usable(facts(r, 6), sentAt, factsOn);
                    if (facts.isEmpty()) {
                        continue;
                    }
                    head(insert, UUID.randomUUID().toString(), r.getString(1), r.getString(2), sentAt, facts.get());
                    insert.setBoolean(8, "ANSWERED".equals(r.getString(4)) || r.getObject(5) != null);
                    insert.executeUpdate();
                    kept++;
                }
            }
        }
        return kept;
    }

    private static void head(PreparedStatement insert, String id, String questionnaireId, String version, Instant at,
            RecordedFacts facts) throws SQLException {
        insert.setString(1, id);
        insert.setString(2, questionnaireId);
        insert.setString(3, version);
        insert.setObject(4, month(at));
        insert.setString(5, facts.unitId());
        insert.setString(6, facts.gender());
        insert.setString(7, facts.ageBand());
    }

    /** @param at a moment @return the first day of its calendar month in Stockholm */
    static LocalDate month(Instant at) {
        return at.atZone(STOCKHOLM).toLocalDate().withDayOfMonth(1);
    }

    /** The recorded facts, or else the caller's; either only when its codes fit the extract's columns. */
    private static Optional<RecordedFacts> usable(RecordedFacts recorded, Instant at,
            Function<Instant, Optional<RecordedFacts>> factsOn) {
        Optional<RecordedFacts> facts = recorded != null ? Optional.of(recorded) : factsOn.apply(at);
        return facts.filter(f -> f.unitId().length() <= 64 && f.gender().length() <= 16 && f.ageBand().length() <= 16);
    }

    private static RecordedFacts facts(ResultSet r, int first) throws SQLException {
        String unit = r.getString(first);
        return unit == null ? null
                : new RecordedFacts(unit, r.getString(first + 1), r.getString(first + 2), instant(r, first + 3));
    }

    private static List<String> ids(Connection c, String sql, String... parameters) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setString(i + 1, parameters[i]);
            }
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
        }
        return ids;
    }

    private static int deleteWhereCase(Connection c, String table, String caseId) throws SQLException {
        try (PreparedStatement d = c.prepareStatement("DELETE FROM " + table + " WHERE case_id = ?")) {
            d.setString(1, caseId);
            return d.executeUpdate();
        }
    }

    private static int deleteEach(Connection c, String sql, List<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return 0;
        }
        int deleted = 0;
        try (PreparedStatement d = c.prepareStatement(sql)) {
            for (String id : ids) {
                d.setString(1, id);
                deleted += d.executeUpdate();
            }
        }
        return deleted;
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        OffsetDateTime value = r.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
