package se.delaktig.api.statistics;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What statistics read: the anonymised extract of an erased case has no case id but always recorded facts. */
class CaselessRecordsTest {

    private static final Instant MARCH = Instant.parse("2026-02-28T23:00:00Z");
    private static final RecordedFacts FACTS = new RecordedFacts("north", "girl", "8-12", MARCH);
    private static final List<CodedAnswer> ANSWERS = List.of(new CodedAnswer("home.1", List.of("3")));

    @Test
    void aResponseWithoutACaseNeedsRecordedFacts() {
        assertThrows(NullPointerException.class, () -> new CodedResponse("r1", null, "q", "1.0.0", MARCH, ANSWERS));
        CodedResponse extract = new CodedResponse("r1", null, "q", "1.0.0", MARCH, ANSWERS, FACTS);
        assertTrue(extract.erasedCase());
        assertFalse(new CodedResponse("r1", "case-7", "q", "1.0.0", MARCH, ANSWERS).erasedCase());
    }

    @Test
    void anInvitationWithoutACaseNeedsRecordedFacts() {
        assertThrows(NullPointerException.class, () -> new SentInvitation("i1", null, "q", "1.0.0", MARCH, true));
        assertTrue(new SentInvitation("i1", null, "q", "1.0.0", MARCH, true, FACTS).erasedCase());
    }

    @Test
    void theCaseIdStaysOutOfLogs() {
        assertFalse(new CodedResponse("r1", "case-7", "q", "1.0.0", MARCH, ANSWERS).toString().contains("case-7"));
        assertFalse(new SentInvitation("i1", "case-7", "q", "1.0.0", MARCH, false).toString().contains("case-7"));
    }

    @Test
    void aCodedAnswerHasACode() {
        assertThrows(IllegalArgumentException.class, () -> new CodedAnswer("home.1", List.of()));
    }
}
