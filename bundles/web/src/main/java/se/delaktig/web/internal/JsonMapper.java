package se.delaktig.web.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * The plugin's JSON settings. Jackson's JavaTimeModule is not in the stack, so the java.time
 * types we use are written as ISO-8601 strings (their {@code toString}) and read back by parsing.
 */
final class JsonMapper {

    private JsonMapper() {
    }

    static ObjectMapper create() {
        SimpleModule time = new SimpleModule("delaktig-iso-time");
        iso(time, Instant.class, Instant::parse);
        iso(time, LocalDate.class, LocalDate::parse);
        iso(time, LocalDateTime.class, LocalDateTime::parse);
        iso(time, OffsetDateTime.class, OffsetDateTime::parse);
        return new ObjectMapper()
                .registerModule(time)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    private static <T> void iso(SimpleModule module, Class<T> type, Function<String, T> parse) {
        module.addSerializer(type, ToStringSerializer.instance);
        module.addDeserializer(type, new StdScalarDeserializer<T>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String text = p.getValueAsString();
                try {
                    return text == null ? null : parse.apply(text.trim());
                } catch (DateTimeParseException e) {
                    return type.cast(ctxt.handleWeirdStringValue(type, text, "not an ISO-8601 value"));
                }
            }
        });
    }
}
