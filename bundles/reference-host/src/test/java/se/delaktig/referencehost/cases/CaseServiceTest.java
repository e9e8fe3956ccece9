package se.delaktig.referencehost.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.delaktig.host.api.CaseEntry;
import se.delaktig.host.api.CaseFacts;
import se.delaktig.host.api.HostException;
import se.delaktig.referencehost.TestDatabases;
import se.delaktig.referencehost.db.HostDatabase;

class CaseServiceTest {
    private final HostDatabase db = TestDatabases.fresh(true);
    private final CaseService cases = new CaseService(db);

    @AfterEach
    void close() {
        db.close();
    }

    private String firstCase() throws Exception {
        return db.withConnection(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT id FROM cases ORDER BY id LIMIT 1")) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    @Test
    void filingIsIdempotentPerSource() throws Exception {
        String id = firstCase();
        CaseEntry entry = new CaseEntry("Barnets svar", "Text", "delaktig", Instant.now(), "response-1");
        String first = cases.file(id, entry);
        assertEquals(first, cases.file(id, entry));
        String other = cases.file(id, new CaseEntry("Barnets svar", "Text", "delaktig", Instant.now(), "response-2"));
        assertNotEquals(first, other);
        assertEquals(3, new CaseQueries(db, java.time.Clock.systemUTC()).entries(id).size(), "seed entry + 2");
    }

    @Test
    void filingOnAnUnknownCaseFails() {
        CaseEntry entry = new CaseEntry("t", "x", "delaktig", Instant.now(), "s");
        assertThrows(HostException.class, () -> cases.file("NO-SUCH", entry));
    }

    @Test
    void factsAndAgesWithoutNames() throws Exception {
        String id = firstCase();
        CaseFacts facts = cases.find(id).orElseThrow();
        assertEquals(id, facts.caseId());
        assertTrue(cases.find("NO-SUCH").isEmpty());
        int age = cases.ageOn(id, LocalDate.now()).orElseThrow();
        assertTrue(age >= 5 && age <= 18);
        assertTrue(cases.ageOn("NO-SUCH", LocalDate.now()).isEmpty());
        assertEquals(3, cases.units().size());
        assertEquals("Norra enheten", cases.units().get(0).name());
    }

    @Test
    void returnUrlEncodesTheId() {
        assertEquals("/host/cases/AB12-CD34", cases.returnUrl("AB12-CD34"));
        assertEquals("/host/cases/a%2Fb%20c%3F", cases.returnUrl("a/b c?"));
    }
}
