package se.delaktig.store.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.delaktig.api.questionnaire.Answer;
import se.delaktig.api.response.StoredResponse;
import se.delaktig.api.statistics.CodedAnswer;
import se.delaktig.api.statistics.CodedResponse;
import se.delaktig.api.statistics.ImportedFile;
import se.delaktig.api.statistics.SentInvitation;
import se.delaktig.store.db.StoreDatabase;
import se.delaktig.store.db.TestDatabases;
import se.delaktig.store.response.JdbcResponseRepository;

class JdbcStatisticsStoreTest {
    private static final Instant T = Instant.parse("2026-03-10T10:00:00Z");

    private StoreDatabase db;
    private JdbcResponseRepository responses;
    private JdbcStatisticsSource source;

    @BeforeEach
    void open() throws Exception {
        db = new StoreDatabase(TestDatabases.h2Factory(), TestDatabases.memory(), TestDatabases.bundleMigrations());
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
