package se.delaktig.questionnaire.internal.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.delaktig.web.api.HealthResult;
import se.delaktig.web.api.HealthResult.Status;

class AgeBandsCheckTest {

    private static Optional<String> standard(int age) {
        return age < 5 || age > 18 ? Optional.empty() : Optional.of(age <= 7 ? "barn-5-7" : age <= 12 ? "barn-8-12" : "barn-13-18");
    }

    @Test
    void okWhenEveryAgeOfEveryBandHasAQuestionnaire() {
        HealthResult result = AgeBandsCheck.check(AgeBandsCheckTest::standard);
        assertEquals(Status.OK, result.status(), result.message());
        assertTrue(result.message().contains("5-7: barn-5-7; 8-12: barn-8-12; 13-18: barn-13-18"), result.message());
    }

    @Test
    void criticalNamingTheBandWithoutAQuestionnaire() {
        HealthResult result = AgeBandsCheck.check(age -> age >= 13 ? Optional.empty() : standard(age));
        assertEquals(Status.CRITICAL, result.status());
        assertTrue(result.message().contains("age band 13-18:"), result.message());
        assertTrue(result.text("sv").contains("åldersgrupp 13-18"), result.text("sv"));
    }

    @Test
    void aGapInsideABandNamesTheAges() {
        HealthResult result = AgeBandsCheck.check(age -> age == 12 ? Optional.empty() : standard(age));
        assertEquals(Status.CRITICAL, result.status());
        assertTrue(result.message().contains("8-12 (12)"), result.message());
    }

    @Test
    void criticalWithoutACatalog() {
        AgeBandsCheck check = new AgeBandsCheck();
        assertEquals(Status.CRITICAL, check.check().status());
        assertEquals("Frågeformulär för alla åldrar", check.title("sv"));
    }
}
