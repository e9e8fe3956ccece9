package se.delaktig.api.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SemanticVersionTest {

    @Test
    void parsesAndPrintsMajorMinorPatch() {
        assertEquals(new SemanticVersion(1, 10, 0), SemanticVersion.parse("1.10.0"));
        assertEquals("0.0.0", SemanticVersion.parse("0.0.0").toString());
        assertEquals("123456789.0.1", SemanticVersion.parse("123456789.0.1").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1", "1.0", "1.0.0.0", "01.0.0", "1.00.0", "v1.0.0", "1.0.0-beta", " 1.0.0", "1.a.0",
            "1234567890.0.0"})
    void rejectsAnythingElse(String text) {
        assertNull(SemanticVersion.parse(text), text);
    }

    @Test
    void nullIsNoVersion() {
        assertNull(SemanticVersion.parse(null));
    }

    @Test
    void ordersNumericallyNotAsText() {
        List<String> sorted = Stream.of("1.10.0", "1.9.0", "2.0.0", "1.9.10", "1.9.2", "0.99.99")
                .map(SemanticVersion::parse).sorted().map(SemanticVersion::toString).toList();
        assertEquals(List.of("0.99.99", "1.9.0", "1.9.2", "1.9.10", "1.10.0", "2.0.0"), sorted);
        assertTrue(SemanticVersion.parse("1.0.0").compareTo(new SemanticVersion(1, 0, 0)) == 0);
    }
}
