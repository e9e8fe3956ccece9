package se.delaktig.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureSetTest {

    private static Feature feature(String id, List<FeatureBundle> bundles, Map<String, Map<String, Object>> configs,
                                   Map<String, String> properties) {
        return new Feature(id, id, bundles, configs, properties);
    }

    @Test
    void ordersBundlesByStartOrderKeepingFeatureOrder() {
        FeatureSet set = new FeatureSet(List.of(
                feature("one", List.of(FeatureBundle.parse("g:late:1", 20), FeatureBundle.parse("g:early:1", 1)), Map.of(), Map.of()),
                feature("two", List.of(FeatureBundle.parse("g:mid:1", 10), FeatureBundle.parse("g:late2:1", 20),
                        FeatureBundle.parse("g:early:1", 1)), Map.of(), Map.of())));
        assertEquals(List.of("g:early:1", "g:mid:1", "g:late:1", "g:late2:1"),
                set.bundles().stream().map(FeatureBundle::id).toList());
    }

    @Test
    void rejectsTwoVersionsOfOneArtifact() {
        FeatureSet set = new FeatureSet(List.of(
                feature("one", List.of(FeatureBundle.parse("g:a:1", 1)), Map.of(), Map.of()),
                feature("two", List.of(FeatureBundle.parse("g:a:2", 1)), Map.of(), Map.of())));
        assertThrows(IllegalArgumentException.class, set::bundles);
    }

    @Test
    void laterFeaturesWin() {
        FeatureSet set = new FeatureSet(List.of(
                feature("one", List.of(), Map.of("pid", Map.of("a", "1")), Map.of("p", "one")),
                feature("two", List.of(), Map.of("pid", Map.of("a", "2")), Map.of("p", "two"))));
        assertEquals("two", set.frameworkProperties().get("p"));
        assertEquals(Map.of("pid", Map.of("a", "2")), set.configurations());
    }

    @Test
    void resolvesFromTheFirstRepositoryThatHasTheFileAndNamesWhatIsMissing(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        FeatureBundle bundle = FeatureBundle.parse("se.x:thing:1.0", 1);
        Files.createDirectories(second.resolve(bundle.repositoryPath()).getParent());
        Files.writeString(second.resolve(bundle.repositoryPath()), "jar");
        ArtifactRepository repository = new ArtifactRepository(List.of(first, second));
        assertEquals(second.resolve("se/x/thing/1.0/thing-1.0.jar"), repository.resolve(bundle));
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> repository.resolveAll(List.of(bundle, FeatureBundle.parse("se.x:other:2", 1))));
        assertTrue(missing.getMessage().contains("se.x:other:2"), missing.getMessage());
    }
}
