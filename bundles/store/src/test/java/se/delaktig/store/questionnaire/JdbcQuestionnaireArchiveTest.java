package se.delaktig.store.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.delaktig.api.questionnaire.ArchiveConflictException;
import se.delaktig.api.questionnaire.ArchivedDefinition;
import se.delaktig.store.db.StoreDatabase;
import se.delaktig.store.db.TestDatabases;

class JdbcQuestionnaireArchiveTest {
    private static final Instant NOW = Instant.parse("2026-11-20T09:15:30.123456Z");
    private static final String DOC = "{\"id\":\"barn-8-12\",\"title\":{\"sv\":\"Hur har du det?\"}}";

    private StoreDatabase db;
    private JdbcQuestionnaireArchive archive;

    /** The database under test: a fresh H2 in memory; the PostgreSQL subclass opens a fresh PostgreSQL one. */
    StoreDatabase openDatabase() throws Exception {
        return new StoreDatabase(TestDatabases.h2Factory(), TestDatabases.memory(), TestDatabases.bundleMigrations());
    }

    @BeforeEach
    void open() throws Exception {
        db = openDatabase();
        archive = new JdbcQuestionnaireArchive(db, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void archivesANewVersionActiveWithItsChecksum() throws Exception {
        ArchivedDefinition d = archive.archive("barn-8-12", "1.0.0", DOC, "bundle:se.delaktig.questionnaire/x.json");
        assertEquals(new ArchivedDefinition("barn-8-12", "1.0.0", DOC, JdbcQuestionnaireArchive.sha256(DOC),
                "bundle:se.delaktig.questionnaire/x.json", NOW, true), d);
        assertEquals(Optional.of(d), archive.find("barn-8-12", "1.0.0"));
        assertEquals(Optional.empty(), archive.find("barn-8-12", "1.0.1"));
        assertEquals(Optional.empty(), archive.find("barn-13-18", "1.0.0"));
    }

    @Test
    void theDocumentComesBackByteForByte() throws Exception {
        String odd = "{\r\n  \"t\": \"åäö ÅÄÖ \uD83D\uDE00 \\u00e5\",\t\"n\": 1.50 }  \n\n";
        archive.archive("q", "1", odd, "import:staff-06");
        String back = archive.find("q", "1").orElseThrow().json();
        assertEquals(odd, back);
        assertTrue(java.util.Arrays.equals(odd.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                back.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void offeringTheIdenticalDocumentAgainChangesNothing() throws Exception {
        ArchivedDefinition first = archive.archive("q", "1", DOC, "bundle:a/q.json");
        JdbcQuestionnaireArchive later = new JdbcQuestionnaireArchive(db, Clock.fixed(NOW.plusSeconds(60),
                ZoneOffset.UTC));
        assertEquals(first, later.archive("q", "1", DOC, "import:staff-06"));
        assertEquals(List.of(first), archive.all());
    }

    @Test
    void otherContentUnderAnArchivedVersionIsAConflictNamingBothChecksums() throws Exception {
        ArchivedDefinition first = archive.archive("q", "1.2.0", DOC, "bundle:a/q.json");
        String changed = DOC.replace("Hur", "Hur mycket");
        var e = assertThrows(ArchiveConflictException.class, () -> archive.archive("q", "1.2.0", changed, "x"));
        assertTrue(e.getMessage().contains("q") && e.getMessage().contains("1.2.0"), e.getMessage());
        assertTrue(e.getMessage().contains(first.sha256()), e.getMessage());
        assertTrue(e.getMessage().contains(JdbcQuestionnaireArchive.sha256(changed)), e.getMessage());
        assertEquals(Optional.of(first), archive.find("q", "1.2.0"));
    }

    @Test
    void setActiveNeverDeletesAndReofferingDoesNotReactivate() throws Exception {
        archive.archive("q", "1", DOC, "bundle:a/q.json");
        assertTrue(archive.setActive("q", "1", false));
        ArchivedDefinition inactive = archive.find("q", "1").orElseThrow();
        assertFalse(inactive.active());
        assertEquals(List.of(inactive), archive.all());
        assertEquals(inactive, archive.archive("q", "1", DOC, "bundle:a/q.json"), "a bundle restart re-offers it");
        assertTrue(archive.setActive("q", "1", true));
        assertTrue(archive.find("q", "1").orElseThrow().active());
        assertFalse(archive.setActive("q", "2", false), "no such version");
    }

    @Test
    void allListsByIdThenOrderOfArchiving() throws Exception {
        archive.archive("b", "1.0.0", DOC, "o");
        archive.archive("a", "2.0.0", DOC, "o");
        archive.archive("a", "10.0.0", DOC, "o");
        archive.archive("a", "1.0.0", DOC, "o");
        assertEquals(List.of("a 2.0.0", "a 10.0.0", "a 1.0.0", "b 1.0.0"), archive.all().stream()
                .map(d -> d.questionnaireId() + " " + d.version()).toList());
    }

    @Test
    void concurrentOffersOfOneDocumentKeepOneEntry() throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(4);
        try {
            List<Future<ArchivedDefinition>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(executor.submit(() -> archive.archive("q", "1", DOC, "o")));
            }
            for (Future<ArchivedDefinition> r : results) {
                assertEquals("q", r.get(30, TimeUnit.SECONDS).questionnaireId());
            }
        } finally {
            executor.shutdownNow();
        }
        assertEquals(1, archive.all().size());
    }

    @Test
    void missingOrOversizedArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> archive.archive(" ", "1", DOC, "o"));
        assertThrows(IllegalArgumentException.class, () -> archive.archive("q", null, DOC, "o"));
        assertThrows(IllegalArgumentException.class, () -> archive.archive("q", "1", "", "o"));
        assertThrows(IllegalArgumentException.class, () -> archive.archive("q", "1", DOC, "o".repeat(501)));
        assertThrows(IllegalArgumentException.class, () -> archive.archive("q", "1",
                "x".repeat(JdbcQuestionnaireArchive.MAX_JSON_CHARS + 1), "o"));
    }
}
