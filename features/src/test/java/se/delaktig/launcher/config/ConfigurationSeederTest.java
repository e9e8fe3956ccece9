package se.delaktig.launcher.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationSeederTest {

    @Test
    void anAdministratorsFileInTheFolderKeepsTheFeaturesDefaultAway(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("se.delaktig.store.cfg"), "jdbc.url=jdbc:postgresql://db/delaktig\n");
        Files.writeString(folder.resolve("se.delaktig.portal.config"), "trusted.proxies=[\"10.0.0.1\"]\n");
        Files.writeString(folder.resolve("JakartarsServletWhiteboardRuntimeComponent-delaktig.cfg"), "x=1\n");
        String dir = folder.toString();

        assertTrue(ConfigurationSeeder.administratorFileFor(dir, "se.delaktig.store"));
        assertTrue(ConfigurationSeeder.administratorFileFor(dir, "se.delaktig.portal"));
        assertTrue(ConfigurationSeeder.administratorFileFor(dir, "JakartarsServletWhiteboardRuntimeComponent~delaktig"));
        assertFalse(ConfigurationSeeder.administratorFileFor(dir, "se.delaktig.web.limits"));
        assertFalse(ConfigurationSeeder.administratorFileFor(dir, "se.delaktig.store.extra"));
    }

    @Test
    void withoutAFolderEveryDefaultIsSeeded() {
        assertFalse(ConfigurationSeeder.administratorFileFor(null, "se.delaktig.store"));
        assertFalse(ConfigurationSeeder.administratorFileFor(" ", "se.delaktig.store"));
    }
}
