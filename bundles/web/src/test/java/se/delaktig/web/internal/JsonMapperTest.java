package se.delaktig.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JsonMapperTest {

    public record Answered(Instant at, LocalDate day) {
    }

    private final ObjectMapper mapper = JsonMapper.create();

    @Test
    void writesAndReadsIsoDates() throws Exception {
        Answered value = new Answered(Instant.parse("2026-03-01T09:15:00Z"), LocalDate.of(2026, 3, 1));
        String json = mapper.writeValueAsString(value);
        assertEquals("{\"at\":\"2026-03-01T09:15:00Z\",\"day\":\"2026-03-01\"}", json);
        assertEquals(value, mapper.readValue(json, Answered.class));
    }

    @Test
    void rejectsNonIsoDates() {
        assertThrows(InvalidFormatException.class,
                () -> mapper.readValue("{\"day\":\"1 mars 2026\"}", Answered.class));
    }
}
