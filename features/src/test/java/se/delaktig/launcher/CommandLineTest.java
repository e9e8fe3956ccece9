package se.delaktig.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @Test
    void readsOptions(@TempDir Path dir) throws Exception {
        Path feature = Files.writeString(dir.resolve("f.json"), "{}");
        Path banner = Files.writeString(dir.resolve("banner.txt"), "at {port}");
        LaunchOptions options = CommandLine.parse(new String[] {"--feature", feature.toString(), "--port", "9090",
                "--data", dir.resolve("data").toString(), "--ready-path", "host/health", "--banner", banner.toString(), "--property", "a.b=c=d"}, dir);
        assertEquals("c=d", options.properties().get("a.b"));
        assertEquals(9090, options.port());
        assertEquals(dir.resolve("data").resolve("config"), options.configDir());
        assertEquals("/host/health", options.readyPath());
        assertEquals("at {port}", options.banner());
        assertEquals(dir.resolve("repository"), options.repositories().get(0));
    }

    @Test
    void explainsBadInput(@TempDir Path dir) {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CommandLine.parse(new String[] {"--port", "x"}, dir))
                .getMessage().contains("takes a number"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CommandLine.parse(new String[] {"--port"}, dir))
                .getMessage().contains("needs a value"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CommandLine.parse(new String[] {"--nope", "1"}, dir))
                .getMessage().contains("unknown option"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CommandLine.parse(new String[] {}, dir))
                .getMessage().contains("build first"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CommandLine.parse(new String[] {"--property", "novalue"}, dir))
                .getMessage().contains("KEY=VALUE"));
        assertThrows(IllegalArgumentException.class, () -> CommandLine.parse(new String[] {"--port", "70000",
                "--feature", "pom.xml"}, dir));
    }
}
