package se.delaktig.store.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.delaktig.api.questionnaire.Answer;
import se.delaktig.api.response.StoredResponse;
import se.delaktig.api.statistics.CodedAnswer;
import se.delaktig.api.statistics.CodedResponse;
import se.delaktig.api.statistics.ImportedFile;
import se.delaktig.api.statistics.RecordedFacts;
import se.delaktig.api.statistics.SentInvitation;
import se.delaktig.store.db.StoreDatabase;
import se.delaktig.store.db.TestDatabases;
import se.delaktig.store.response.JdbcResponseRepository;

class JdbcStatisticsStoreTest {
    private static final Instant T = Instant.parse("2026-03-10T10:00:00Z");

    StoreDatabase db;
    private JdbcResponseRepository responses;
    JdbcStatisticsSource source;

    /** The database under test: a fresh H2 in memory; the PostgreSQL subclass opens a fresh PostgreSQL one. */
    StoreDatabase openDatabase() throws Exception {
        return new StoreDatabase(TestDatabases.h2Factory(), TestDatabases.memory(), TestDatabases.bundleMigrations());
    }

    @BeforeEach
    void open() throws Exception {
        db = openDatabase();
        responses = new JdbcResponseRepository(db);
        source = new JdbcStatisticsSource(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void sentResponsesAreStreamedWithCodesOnlyNeverTextOrDeclined() throws Exception {
        invitation("inv-1", "case-1", "SENT");
        invitation("inv-2", "case-2", "ANSWERED");
        invitation("inv-3", "case-3", "OPENED");
        StoredResponse first = responses.startOrFind("inv-2", "q", "1.0.0", T);
        responses.saveAnswer(first.id(), Answer.ofCodes("safe", "yes"), T);
        responses.saveAnswer(first.id(), Answer.ofText("words", "my secret words"), T);
        responses.saveAnswer(first.id(), Answer.declined("school"), T);
        responses.saveAnswer(first.id(), new Answer("feel", List.of("3"), null, false, "tell more text"), T);
        responses.saveAnswer(first.id(), Answer.ofCodes("hobbies", "sport", "music"), T);
        assertTrue(responses.markSubmitted(first.id(), T.plusSeconds(60)));
        StoredResponse unsent = responses.startOrFind("inv-3", "q", "1.0.0", T);
        responses.saveAnswer(unsent.id(), Answer.ofCodes("safe", "no"), T);

        List<CodedResponse> all = new ArrayList<>();
        assertEquals(1, source.forEachSubmitted(all::add));
        CodedResponse sent = all.get(0);
        assertEquals("case-2", sent.caseId());
        assertEquals(T.plusSeconds(60), sent.submittedAt());
        assertEquals(List.of(new CodedAnswer("safe", List.of("yes")), new CodedAnswer("feel", List.of("3")),
                new CodedAnswer("hobbies", List.of("sport", "music"))), sent.answers());
        assertFalse(sent.toString().contains("case-2"));
        assertEquals(sent, source.submitted(first.id()).orElseThrow());
        assertTrue(source.submitted(unsent.id()).isEmpty());
        assertTrue(source.submitted("nope").isEmpty());
    }

    @Test
    void invitationsThatReachedAChildCountWithWhetherTheyWereAnswered() throws Exception {
        invitation("inv-1", "case-1", "SENT");
        invitation("inv-2", "case-2", "ANSWERED");
        invitation("inv-3", "case-3", "CREATED");
        invitation("inv-4", "case-4", "DELIVERY_FAILED");
        List<SentInvitation> sent = new ArrayList<>();
        assertEquals(2, source.forEachSent(sent::add));
        assertEquals(List.of("inv-1", "inv-2"), sent.stream().map(SentInvitation::invitationId).toList());
        assertEquals(List.of(false, true), sent.stream().map(SentInvitation::answered).toList());
    }

    @Test
    void recordedFactsComeBackWithTheirResponseOrInvitationAndTheFirstRecordWins() throws Exception {
        invitation("inv-1", "case-1", "ANSWERED");
        invitation("inv-2", "case-2", "SENT");
        invitation("inv-3", "case-3", "CREATED");
        StoredResponse response = responses.startOrFind("inv-1", "q", "1.0.0", T);
        responses.saveAnswer(response.id(), Answer.ofCodes("safe", "yes"), T);
        assertTrue(responses.markSubmitted(response.id(), T.plusSeconds(60)));
        assertNull(source.submitted(response.id()).orElseThrow().recorded());
        assertNull(source.sent("inv-1").orElseThrow().recorded());

        RecordedFacts north = new RecordedFacts("north", "girl", "8-12", T.plusSeconds(61));
        RecordedFacts south = new RecordedFacts("south", "boy", "13-18", T.plusSeconds(3600));
        assertEquals(1, source.recordResponses(Map.of(response.id(), north, "no-such-response", north)));
        assertEquals(0, source.recordResponses(Map.of(response.id(), south)), "the first record wins");
        assertEquals(2, source.recordInvitations(Map.of("inv-1", north, "inv-2", south, "no-such-invitation", north)));
        assertEquals(0, source.recordInvitations(Map.of("inv-2", north)));

        CodedResponse coded = source.submitted(response.id()).orElseThrow();
        assertEquals(north, coded.recorded());
        assertEquals(List.of(new CodedAnswer("safe", List.of("yes"))), coded.answers());
        List<CodedResponse> streamed = new ArrayList<>();
        source.forEachSubmitted(streamed::add);
        assertEquals(List.of(coded), streamed);
        assertEquals(north, source.sent("inv-1").orElseThrow().recorded());
        assertTrue(source.sent("inv-1").orElseThrow().answered());
        assertEquals(south, source.sent("inv-2").orElseThrow().recorded());
        assertFalse(source.sent("inv-2").orElseThrow().answered());
        assertTrue(source.sent("inv-3").isEmpty(), "not sent: not counted");
        assertTrue(source.sent("nope").isEmpty());
        List<SentInvitation> all = new ArrayList<>();
        source.forEachSent(all::add);
        assertEquals(List.of(north, south), all.stream().map(SentInvitation::recorded).toList());
        // codes only: the statistics' tables have no case id column
        db.withConnection(c -> {
            for (String table : List.of("delaktig_statistics_response_facts", "delaktig_statistics_invitation_facts")) {
                try (ResultSet columns = c.getMetaData().getColumns(null, c.getSchema(),
                        TestDatabases.identifier(c, table), null)) {
                    List<String> names = new ArrayList<>();
                    while (columns.next()) {
                        names.add(columns.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
                    }
                    assertFalse(names.isEmpty(), table);
                    assertFalse(names.contains("case_id"), table + " " + names);
                }
            }
            return null;
        });
    }

    @Test
    void importedFilesAreKeptOnePerMunicipality() {
        JdbcImportedStatisticsRepository files = new JdbcImportedStatisticsRepository(db);
        assertFalse(files.save(new ImportedFile("0180", "Stockholm", T, "admin", "{\"a\":1}")));
        assertTrue(files.save(new ImportedFile("0180", "Stockholm stad", T.plusSeconds(1), "admin", "{\"a\":2}")));
        assertFalse(files.save(new ImportedFile("1480", "Göteborg", T, "admin", "{}")));
        List<ImportedFile> all = files.all();
        assertEquals(List.of("0180", "1480"), all.stream().map(ImportedFile::municipalityId).toList());
        assertEquals("{\"a\":2}", all.get(0).document());
        assertEquals(T.plusSeconds(1), all.get(0).importedAt());
        assertTrue(files.delete("1480"));
        assertFalse(files.delete("1480"));
        assertEquals(1, files.all().size());
    }

    @Test
    void aLargeImportedFileIsKeptWhole() {
        JdbcImportedStatisticsRepository files = new JdbcImportedStatisticsRepository(db);
        String document = "{\"cells\":\"" + "åäö0123456789".repeat(200_000) + "\"}"; // 2.6 million characters
        files.save(new ImportedFile("0180", "Stockholm", T, "admin", document));
        assertEquals(document, files.all().get(0).document());
    }

    @Test
    void manySentResponsesStreamInOrderAcrossFetchBatches() throws Exception {
        int count = 2_500; // more than the fetch size of 1,000
        db.inTransaction(c -> {
            try (PreparedStatement i = c.prepareStatement("INSERT INTO delaktig_invitation (invitation_id, case_id,"
                    + " questionnaire_id, questionnaire_version, channel_id, language, status, created_by, created_at,"
                    + " expires_at, send_count, last_sent_at, status_changed_at, revision)"
                    + " VALUES (?, ?, 'q', '1.0.0', 'print', 'sv', 'ANSWERED', 'staff', ?, ?, 1, ?, ?, 0)");
                 PreparedStatement r = c.prepareStatement("INSERT INTO delaktig_response (response_id, invitation_id,"
                         + " questionnaire_id, questionnaire_version, started_at, submitted_at, answered_together)"
                         + " VALUES (?, ?, 'q', '1.0.0', ?, ?, FALSE)");
                 PreparedStatement a = c.prepareStatement("INSERT INTO delaktig_response_answer (response_id, link_id,"
                         + " first_seq, codes, declined, updated_at, revision) VALUES (?, 'safe', 1, ?, FALSE, ?, 1)")) {
                for (int n = 0; n < count; n++) {
                    var at = T.plusSeconds(n).atOffset(ZoneOffset.UTC);
                    String id = String.format("%05d", n);
                    i.setString(1, "inv-" + id);
                    i.setString(2, "case-" + id);
                    i.setObject(3, at);
                    i.setObject(4, at.plusDays(14));
                    i.setObject(5, at);
                    i.setObject(6, at);
                    i.addBatch();
                    r.setString(1, "r-" + id);
                    r.setString(2, "inv-" + id);
                    r.setObject(3, at);
                    r.setObject(4, at);
                    r.addBatch();
                    a.setString(1, "r-" + id);
                    a.setString(2, n % 2 == 0 ? "yes" : "no");
                    a.setObject(3, at);
                    a.addBatch();
                }
                i.executeBatch();
                r.executeBatch();
                a.executeBatch();
            }
            return null;
        });
        List<String> seen = new ArrayList<>();
        assertEquals(count, source.forEachSubmitted(r -> seen.add(r.responseId() + "=" + r.answers().get(0).codes())));
        assertEquals(count, seen.size());
        assertEquals("r-00000=[yes]", seen.get(0));
        assertEquals("r-02499=[no]", seen.get(count - 1));
        assertEquals(seen.stream().sorted().toList(), seen, "oldest first");
        assertEquals(count, source.forEachSent(i -> { }));
    }

    private void invitation(String id, String caseId, String status) throws Exception {
        db.inTransaction(c -> {
            try (PreparedStatement i = c.prepareStatement("INSERT INTO delaktig_invitation (invitation_id, case_id,"
                    + " questionnaire_id, questionnaire_version, channel_id, language, status, created_by, created_at,"
                    + " expires_at, send_count, last_sent_at, status_changed_at, revision)"
                    + " VALUES (?, ?, 'q', '1.0.0', 'print', 'sv', ?, 'staff', ?, ?, 1, ?, ?, 0)")) {
                i.setString(1, id);
                i.setString(2, caseId);
                i.setString(3, status);
                i.setObject(4, T.atOffset(ZoneOffset.UTC));
                i.setObject(5, T.plusSeconds(86400 * 14).atOffset(ZoneOffset.UTC));
                i.setObject(6, T.atOffset(ZoneOffset.UTC));
                i.setObject(7, T.atOffset(ZoneOffset.UTC));
                return i.executeUpdate();
            }
        });
    }
}
