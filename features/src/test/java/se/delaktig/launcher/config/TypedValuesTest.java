package se.delaktig.launcher.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Dictionary;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TypedValuesTest {

    @Test
    void convertsConfiguratorNotation() {
        Dictionary<String, Object> d = TypedValues.toDictionary("pid", Map.of(
                "plain", "text", "n:Integer", 5, "big", 7, "flag:Boolean", "true",
                "list", List.of("a", "b"), "ints:Integer[]", List.of(1, 2), "ratio:Double", "0.5"));
        assertEquals("text", d.get("plain"));
        assertEquals(5, d.get("n"));
        assertEquals(7L, d.get("big"));
        assertEquals(Boolean.TRUE, d.get("flag"));
        assertArrayEquals(new String[] {"a", "b"}, (String[]) d.get("list"));
        assertArrayEquals(new Integer[] {1, 2}, (Integer[]) d.get("ints"));
        assertEquals(0.5, d.get("ratio"));
    }

    @Test
    void interpolatesFrameworkProperties() {
        Map<String, Object> result = TypedValues.interpolate(Map.of("url", "http://$[prop:h]:$[prop:p]/x", "n", 5),
                Map.of("h", "localhost", "p", "8081")::get);
        assertEquals("http://localhost:8081/x", result.get("url"));
        assertEquals(5, result.get("n"));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> TypedValues.interpolate(Map.of("url", "$[prop:nope]"), name -> null));
        assertTrue(missing.getMessage().contains("nope"), missing.getMessage());
    }

    @Test
    void namesPidAndKeyOfABadValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TypedValues.toDictionary("my.pid", Map.of("port:Integer", "eighty")));
        assertTrue(e.getMessage().contains("my.pid") && e.getMessage().contains("port:Integer"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TypedValues.toDictionary("p", Map.of("x:Boolean", "yes")));
        assertThrows(IllegalArgumentException.class, () -> TypedValues.toDictionary("p", Map.of("x:Colour", "red")));
    }
}
