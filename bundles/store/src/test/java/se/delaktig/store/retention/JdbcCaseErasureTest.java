package se.delaktig.store.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.delaktig.api.questionnaire.Answer;
import se.delaktig.api.response.PortalSession;
import se.delaktig.api.response.StoredResponse;
import se.delaktig.api.retention.ErasedCase;
import se.delaktig.api.statistics.CodedResponse;
import se.delaktig.api.statistics.RecordedFacts;
import se.delaktig.api.statistics.SentInvitation;
import se.delaktig.store.db.StoreDatabase;
import se.delaktig.store.db.TestDatabases;
import se.delaktig.store.response.JdbcPortalSessionRepository;
import se.delaktig.store.response.JdbcResponseRepository;
import se.delaktig.store.result.JdbcResultRepository;
import se.delaktig.store.statistics.JdbcStatisticsSource;

/** Erasing a deleted case on H2 with the real migrations: everything of the case goes, the extract stays. */
class JdbcCaseErasureTest {
    /** 23:30 UTC on 31 January is 00:30 on 1 February in Stockholm: a February answer. */
    private static final Instant T = Instant.parse("2026-01-31T23:30:00Z");
    private static final RecordedFacts NORTH = new RecordedFacts("north", "girl", "8-12", T.plusSeconds(60));
    private static final String SECRET = "my secret words";

    private StoreDatabase db;
    private JdbcResponseRepository responses;
    private JdbcPortalSessionRepository sessions;
    private JdbcResultRepository results;
    private JdbcStatisticsSource source;
    private JdbcCaseErasure erasure;

    /** The database under test: a fresh H2 in memory; the PostgreSQL subclass opens a fresh PostgreSQL one. */
    StoreDatabase openDatabase() throws Exception {
        return new StoreDatabase(TestDatabases.h2Factory(), TestDatabases.memory(), TestDatabases.bundleMigrations());
    }

    @BeforeEach
    void open() throws Exception {
        db = openDatabase();
        responses = new JdbcResponseRepository(db);
        sessions = new JdbcPortalSessionRepository(db);
        results = new JdbcResultRepository(db);
        source = new JdbcStatisticsSource(db);
        erasure = new JdbcCaseErasure(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void everythingOfTheCaseGoesInOneStepAndOtherCasesAreUntouched() throws Exception {
        String sent = caseWithEverything("case-1", "1");
        caseWithEverything("case-2", "2");
        Map<String, Integer> before = counts();

        ErasedCase erased = erasure.erase("case-1", at -> Optional.empty());

        assertEquals(3, erased.invitations(), "answered, sent and never sent");
        assertEquals(2, erased.responses(), "the child's and the caseworker's follow-up");
        assertEquals(5, erased.answers());
        assertEquals(1, erased.sessions());
        assertEquals(5, erased.resultRows(), "filing, alert, together, follow-up link and its filing");
        assertEquals(1, erased.retainedResponses());
        assertEquals(2, erased.retainedInvitations(), "the two that reached the child");
        assertFalse(erased.nothing());

        Map<String, Integer> after = counts();
        for (String table : List.of("delaktig_invitation", "delaktig_response", "delaktig_portal_session",
                "delaktig_result_filing", "delaktig_result_alert", "delaktig_result_together",
                "delaktig_result_staff_response", "delaktig_statistics_response_facts",
                "delaktig_statistics_invitation_facts")) {
            assertEquals(before.get(table) / 2, after.get(table), table + ": only case-2's rows are left");
        }
        assertEquals(before.get("delaktig_response_answer") - 5, after.get("delaktig_response_answer"));
        assertEquals(0, rowsMentioning("case-1"), "no row anywhere names the case");
        assertEquals(0, rowsMentioning(sent), "no row anywhere names its response");
        assertEquals(0, rowsMentioning("inv-1-answered"));
        assertEquals(0, rowsMentioning("staff-1"));
        assertEquals(1, rowsMentioning(SECRET), "case-2's free text is still there, case-1's is gone");
        assertTrue(results.submittedForCase("case-1").isEmpty());
        assertTrue(results.caseOf(sent).isEmpty());
        assertEquals(2, results.submittedForCase("case-2").size());
        assertTrue(responses.find(sent).isEmpty());
    }

    @Test
    void erasingAgainChangesNothingAndAnUnknownCaseIsNothing() throws Exception {
        caseWithEverything("case-1", "1");
        assertFalse(erasure.erase("case-1", at -> Optional.empty()).nothing());
        Map<String, Integer> once = counts();
        ErasedCase again = erasure.erase("case-1", at -> Optional.of(NORTH));
        assertTrue(again.nothing());
        assertEquals(ErasedCase.NONE, again);
        assertEquals(once, counts(), "the extract is not kept twice");
        assertEquals(ErasedCase.NONE, erasure.erase("never-known", at -> Optional.of(NORTH)));
    }

    @Test
    void statisticsStreamTheSameFiguresAfterTheErasure() throws Exception {
        caseWithEverything("case-1", "1");
        caseWithEverything("case-2", "2");
        Map<String, Integer> responsesBefore = responseFigures();
        Map<String, Integer> invitationsBefore = invitationFigures();

        erasure.erase("case-1", at -> Optional.empty());

        assertEquals(responsesBefore, responseFigures());
        assertEquals(invitationsBefore, invitationFigures());
        List<CodedResponse> all = new ArrayList<>();
        assertEquals(2, source.forEachSubmitted(all::add));
        CodedResponse kept = all.stream().filter(CodedResponse::erasedCase).findFirst().orElseThrow();
        assertNull(kept.caseId());
        assertEquals(Instant.parse("2026-01-31T23:00:00Z"), kept.submittedAt(), "1 February 00:00 in Stockholm");
        assertTrue(source.submitted(kept.responseId()).isEmpty(), "the extract is not found by id");
        List<SentInvitation> invitations = new ArrayList<>();
        assertEquals(4, source.forEachSent(invitations::add));
        assertEquals(2, invitations.stream().filter(SentInvitation::erasedCase).count());
    }

    @Test
    void theExtractHoldsNoIdThatJoinsToAnythingAndNoText() throws Exception {
        caseWithEverything("case-1", "1");
        caseWithEverything("case-2", "2");
        erasure.erase("case-1", at -> Optional.empty());
        db.withConnection(c -> {
            for (String table : List.of("delaktig_statistics_retained_response", "delaktig_statistics_retained_answer",
                    "delaktig_statistics_retained_invitation")) {
                List<String> names = columns(c, table).keySet().stream().toList();
                assertFalse(names.isEmpty(), table);
                for (String forbidden : List.of("case_id", "response_id", "invitation_id", "staff_id", "answer_text",
                        "tell_more", "submitted_at", "created_at", "declined")) {
                    assertFalse(names.contains(forbidden), table + " " + names);
                }
            }
            List<String> ids = new ArrayList<>();
            for (String table : List.of("delaktig_statistics_retained_response", "delaktig_statistics_retained_invitation")) {
                try (PreparedStatement q = c.prepareStatement("SELECT retained_id FROM " + table);
                     ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getString(1));
                    }
                }
            }
            assertEquals(3, ids.size());
            assertEquals(3, ids.stream().distinct().count(), "one new id per row");
            for (String id : ids) {
                assertEquals(0, rowsMentioning(c, id, true), "a random id is found in the extract only: " + id);
            }
            return null;
        });
        assertEquals(0, rowsMentioning(SECRET + "-1"));
        assertEquals(0, rowsMentioning("tell more 1"));
        db.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT sent_month FROM delaktig_statistics_retained_response");
                 ResultSet r = q.executeQuery()) {
                assertTrue(r.next());
                assertEquals(LocalDate.of(2026, 2, 1), r.getObject(1, LocalDate.class), "the month, not the time");
            }
            return null;
        });
    }

    @Test
    void withoutRecordedFactsTheCallersFactsAreKeptAndWithoutAnyNothingIs() throws Exception {
        invitation("inv-a", "case-3", "ANSWERED");
        StoredResponse r = responses.startOrFind("inv-a", "q", "1.0.0", T);
        responses.saveAnswer(r.id(), Answer.ofCodes("safe", "yes"), T);
        responses.markSubmitted(r.id(), T);
        invitation("inv-b", "case-4", "SENT");
        List<Instant> asked = new ArrayList<>();
        RecordedFacts south = new RecordedFacts("south", "boy", "13-18", T);
        ErasedCase three = erasure.erase("case-3", at -> {
            asked.add(at);
            return Optional.of(south);
        });
        assertEquals(1, three.retainedResponses());
        assertEquals(1, three.retainedInvitations());
        assertEquals(List.of(T, T), asked, "asked with the answering and the sending time");
        List<CodedResponse> kept = new ArrayList<>();
        source.forEachSubmitted(kept::add);
        assertEquals("south", kept.get(0).recorded().unitId());
        assertEquals("13-18", kept.get(0).recorded().ageBand());

        ErasedCase four = erasure.erase("case-4", at -> Optional.empty());
        assertEquals(1, four.invitations());
        assertEquals(0, four.retainedInvitations(), "no facts: statistics could not count it either");
        assertThrows(NullPointerException.class, () -> erasure.erase(null, at -> Optional.empty()));
    }

    /** A case with an answered, a sent and a created invitation, a session, result rows and a follow-up form. */
    private String caseWithEverything(String caseId, String n) throws Exception {
        String answered = "inv-" + n + "-answered";
        invitation(answered, caseId, "ANSWERED");
        invitation("inv-" + n + "-sent", caseId, "SENT");
        invitation("inv-" + n + "-created", caseId, "CREATED");
        StoredResponse r = responses.startOrFind(answered, "q", "1.0.0", T);
        responses.saveAnswer(r.id(), Answer.ofCodes("safe", "no"), T);
        responses.saveAnswer(r.id(), Answer.ofText("words", SECRET + (n.equals("1") ? "-1" : "")), T);
        responses.saveAnswer(r.id(), Answer.declined("school"), T);
        responses.saveAnswer(r.id(), new Answer("feel", List.of("3"), null, false, "tell more " + n), T);
        assertTrue(responses.markSubmitted(r.id(), T));
        sessions.create(new PortalSession("hash-" + n, answered, r.id(), "sv", T, T));
        results.queueFiling(r.id(), caseId, T);
        results.claimAlert(r.id(), caseId, T);
        results.markTogether(answered, "staff-" + n, T);
        StoredResponse followUp = responses.startOrFind("staff:" + n, "follow-up", "1.0.0", T);
        responses.saveAnswer(followUp.id(), Answer.ofText("notes", "caseworker notes " + n), T);
        responses.markSubmitted(followUp.id(), T);
        results.linkStaffResponse(followUp.id(), caseId, "staff-" + n, T);
        results.queueFiling(followUp.id(), caseId, T);
        source.recordResponses(Map.of(r.id(), NORTH));
        source.recordInvitations(Map.of(answered, NORTH, "inv-" + n + "-sent", NORTH));
        return r.id();
    }

    /** What statistics would count, without ids: questionnaire, Stockholm month, facts and answers. */
    private Map<String, Integer> responseFigures() {
        Map<String, Integer> figures = new TreeMap<>();
        source.forEachSubmitted(r -> figures.merge(r.questionnaireId() + "@" + r.questionnaireVersion() + " "
                + JdbcCaseErasure.month(r.submittedAt()) + " " + key(r.recorded()) + " " + r.answers(), 1, Integer::sum));
        return figures;
    }

    private Map<String, Integer> invitationFigures() {
        Map<String, Integer> figures = new TreeMap<>();
        source.forEachSent(i -> figures.merge(i.questionnaireId() + " " + JdbcCaseErasure.month(i.sentAt()) + " "
                + key(i.recorded()) + " " + i.answered(), 1, Integer::sum));
        return figures;
    }

    private static String key(RecordedFacts f) {
        return f == null ? "none" : f.unitId() + "/" + f.gender() + "/" + f.ageBand();
    }

    private Map<String, Integer> counts() throws SQLException {
        return db.withConnection(c -> {
            Map<String, Integer> counts = new HashMap<>();
            for (String table : tables(c)) {
                try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM " + table);
                     ResultSet r = q.executeQuery()) {
                    r.next();
                    counts.put(table, r.getInt(1));
                }
            }
            return counts;
        });
    }

    private int rowsMentioning(String value) throws SQLException {
        return db.withConnection(c -> rowsMentioning(c, value, false));
    }

    /**
     * Rows of the plugin's tables with a character column equal to (exact: outside the extract's own
     * tables) or containing the value.
     */
    private static int rowsMentioning(Connection c, String value, boolean exact) throws SQLException {
        int found = 0;
        for (String table : tables(c)) {
            if (exact && table.startsWith("delaktig_statistics_retained_")) {
                continue;
            }
            for (Map.Entry<String, String> column : columns(c, table).entrySet()) {
                if (!column.getValue().toUpperCase(Locale.ROOT).contains("CHAR")) {
                    continue;
                }
                String where = exact ? column.getKey() + " = ?" : column.getKey() + " LIKE ?";
                try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE " + where)) {
                    q.setString(1, exact ? value : "%" + value + "%");
                    try (ResultSet r = q.executeQuery()) {
                        r.next();
                        found += r.getInt(1);
                    }
                }
            }
        }
        return found;
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet r = c.getMetaData().getTables(null, c.getSchema(), TestDatabases.identifier(c, "delaktig_%"),
                new String[] {"TABLE"})) {
            while (r.next()) {
                tables.add(r.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        assertTrue(tables.size() > 15, "the plugin's tables, found through the metadata: " + tables);
        return tables;
    }

    private static Map<String, String> columns(Connection c, String table) throws SQLException {
        Map<String, String> columns = new TreeMap<>();
        try (ResultSet r = c.getMetaData().getColumns(null, c.getSchema(), TestDatabases.identifier(c, table), null)) {
            while (r.next()) {
                columns.put(r.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), r.getString("TYPE_NAME"));
            }
        }
        return columns;
    }

    private void invitation(String id, String caseId, String status) throws Exception {
        db.inTransaction(c -> {
            try (PreparedStatement i = c.prepareStatement("INSERT INTO delaktig_invitation (invitation_id, case_id,"
                    + " questionnaire_id, questionnaire_version, channel_id, address, language, status, created_by,"
                    + " created_at, expires_at, send_count, last_sent_at, status_changed_at, revision)"
                    + " VALUES (?, ?, 'q', '1.0.0', 'sms', '+46701234567', 'sv', ?, 'staff', ?, ?, 1, ?, ?, 0)")) {
                i.setString(1, id);
                i.setString(2, caseId);
                i.setString(3, status);
                i.setObject(4, T.atOffset(ZoneOffset.UTC));
                i.setObject(5, T.plusSeconds(86400 * 14).atOffset(ZoneOffset.UTC));
                i.setObject(6, "CREATED".equals(status) ? null : T.atOffset(ZoneOffset.UTC));
                i.setObject(7, T.atOffset(ZoneOffset.UTC));
                return i.executeUpdate();
            }
        });
    }
}
