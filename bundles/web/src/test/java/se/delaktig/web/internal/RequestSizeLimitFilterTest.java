package se.delaktig.web.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import se.delaktig.web.api.WebError;

class RequestSizeLimitFilterTest {

    private static RequestSizeLimitFilter filter(long limit) {
        RequestSizeLimitFilter filter = new RequestSizeLimitFilter();
        filter.configure(new RequestSizeLimitFilter.Config() {
            @Override
            public long max__request__bytes() {
                return limit;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return RequestSizeLimitFilter.Config.class;
            }
        });
        return filter;
    }

    /** A request with a body and a declared length (-1 for a chunked body). */
    private static ContainerRequestContext request(byte[] body, long declaredLength, AtomicReference<InputStream> stream) {
        stream.set(new ByteArrayInputStream(body));
        Map<String, java.util.function.Function<Object[], Object>> answers = new HashMap<>();
        answers.put("getLength", args -> (int) declaredLength);
        answers.put("hasEntity", args -> body.length > 0);
        answers.put("getEntityStream", args -> stream.get());
        answers.put("setEntityStream", args -> {
            stream.set((InputStream) args[0]);
            return null;
        });
        return Fakes.of(ContainerRequestContext.class, answers);
    }

    @Test
    void declaredLengthAboveTheLimitIs413() {
        AtomicReference<InputStream> stream = new AtomicReference<>();
        WebError error = assertThrows(WebError.class, () -> filter(100).filter(request(new byte[101], 101, stream)));
        assertEquals(413, error.getResponse().getStatus());
        assertEquals("payload_too_large", error.code());
    }

    @Test
    void bodyWithinTheLimitIsReadUnchanged() throws Exception {
        AtomicReference<InputStream> stream = new AtomicReference<>();
        byte[] body = "{\"answer\":3}".getBytes();
        filter(body.length).filter(request(body, body.length, stream));
        assertArrayEquals(body, stream.get().readAllBytes());
    }

    @Test
    void chunkedBodyFailsWhenReadPastTheLimit() throws Exception {
        AtomicReference<InputStream> stream = new AtomicReference<>();
        filter(100).filter(request(new byte[500], -1, stream));
        InputStream limited = stream.get();
        assertEquals(100, limited.readNBytes(100).length);
        WebError error = assertThrows(WebError.class, limited::readAllBytes);
        assertEquals(413, error.getResponse().getStatus());
    }

    @Test
    void chunkedBodyFailsByteByByteToo() throws Exception {
        AtomicReference<InputStream> stream = new AtomicReference<>();
        filter(2).filter(request(new byte[3], -1, stream));
        InputStream limited = stream.get();
        limited.read();
        limited.read();
        assertThrows(WebError.class, limited::read);
    }

    @Test
    void requestWithoutBodyIsLeftAlone() {
        AtomicReference<InputStream> stream = new AtomicReference<>();
        InputStream original = new ByteArrayInputStream(new byte[0]);
        ContainerRequestContext get = request(new byte[0], -1, stream);
        stream.set(original);
        filter(10).filter(get);
        assertEquals(original, stream.get());
    }

    @Test
    void nonPositiveLimitIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> filter(0));
    }
}
