package se.delaktig.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import jakarta.ws.rs.core.FeatureContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeaturesTest {

    private final List<Object> registered = new ArrayList<>();
    private final FeatureContext context = Fakes.of(FeatureContext.class, Map.of("register", args -> {
        registered.add(args[0]);
        return null;
    }));

    @Test
    void jacksonIsRegisteredAsAProviderInstanceInsideTheFeature() {
        assertTrue(new JacksonFeature().configure(context));
        assertEquals(1, registered.size());
        assertInstanceOf(JacksonJsonProvider.class, registered.get(0));
    }

    @Test
    void errorMapperIsRegisteredByClassSoJerseyInjectsIt() {
        assertTrue(new ErrorFeature().configure(context));
        assertEquals(List.of(ErrorMapper.class), registered);
    }
}
