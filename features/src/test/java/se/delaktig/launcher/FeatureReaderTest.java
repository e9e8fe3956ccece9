package se.delaktig.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureReaderTest {

    private static Feature read(String json) throws IOException {
        return new FeatureReader().read("test.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsBundlesConfigurationsAndProperties() throws IOException {
        Feature feature = read("""
                {"id":"g:f:slingosgifeature:x:1","title":"X",
                 "bundles":["a:b:1",{"id":"c:d:2","start-order":"3"},{"id":"e:f:3","start-order":1}],
                 "configurations":{"pid~one":{"key":"v","n:Integer":5}},
                 "framework-properties":{"p":"q"}}
                """);
        assertEquals("X", feature.title());
        assertEquals(List.of("a:b:1", "c:d:2", "e:f:3"), feature.bundles().stream().map(FeatureBundle::id).toList());
        assertEquals(20, feature.bundles().get(0).startOrder());
        assertEquals(3, feature.bundles().get(1).startOrder());
        assertEquals(1, feature.bundles().get(2).startOrder());
        assertEquals(5, feature.configurations().get("pid~one").get("n:Integer"));
        assertEquals("q", feature.frameworkProperties().get("p"));
    }

    @Test
    void namesTheFaultyPlace() {
        IllegalArgumentException noId = assertThrows(IllegalArgumentException.class, () -> read("{\"bundles\":[]}"));
        assertTrue(noId.getMessage().contains("'id' is missing"), noId.getMessage());
        IllegalArgumentException badBundle = assertThrows(IllegalArgumentException.class,
                () -> read("{\"id\":\"x\",\"bundles\":[\"a:b:1\",{\"id\":\"only:two\"}]}"));
        assertTrue(badBundle.getMessage().contains("bundles[1]"), badBundle.getMessage());
        IllegalArgumentException badOrder = assertThrows(IllegalArgumentException.class,
                () -> read("{\"id\":\"x\",\"bundles\":[{\"id\":\"a:b:1\",\"start-order\":\"soon\"}]}"));
        assertTrue(badOrder.getMessage().contains("start-order 'soon'"), badOrder.getMessage());
    }

    @Test
    void rejectsUnfilteredPlaceholders() {
        assertThrows(IllegalArgumentException.class, () -> read("{\"id\":\"x\",\"bundles\":[\"a:b:${v}\"]}"));
    }
}
