package se.delaktig.questionnaire.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.delaktig.api.questionnaire.CatalogEntry;
import se.delaktig.api.questionnaire.InvalidDefinitionException;
import se.delaktig.api.questionnaire.Problem;
import se.delaktig.questionnaire.internal.Defs;

/**
 * The authoring guide's "complete small example" is the test resource, and it imports as written
 * against exactly the files the standard-questionnaires bundle ships (not a check that always says yes).
 */
class AuthoringGuideExampleTest {

    static final Path GUIDE = Path.of("../../docs/questionnaire-authoring.md");
    static final Path STANDARD = Path.of("../standard-questionnaires/src/main/resources");
    static final String BSN = "se.delaktig.standard-questionnaires";

    static String guideExample() throws IOException {
        String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
        int section = guide.indexOf("## A complete small example");
        assertTrue(section >= 0, "the guide has the example section");
        int start = guide.indexOf("```json\n", section) + "```json\n".length();
        int end = guide.indexOf("```\n", start);
        return guide.substring(start, end);
    }

    /** @return the bundle's files as paths inside the bundle, e.g. {@code pictures/sun.svg} */
    static Set<String> shippedFiles() {
        try (Stream<Path> files = Files.walk(STANDARD)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> STANDARD.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Catalog catalog() {
        Set<String> shipped = shippedFiles();
        return new Catalog((bundle, file) -> BSN.equals(bundle) && shipped.contains(file) ? url(file) : null,
                Clock.systemUTC());
    }

    private static URL url(String file) {
        try {
            return STANDARD.resolve(file).toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theGuidesExampleIsTheTestResource() throws IOException {
        assertEquals(Defs.text(Defs.EXAMPLE), guideExample());
    }

    @Test
    void theGuidesExampleImportsAsWritten() throws Exception {
        assertTrue(shippedFiles().contains("questionnaires/barn-8-12.json"), "the listing sees the bundle");
        Catalog catalog = catalog();
        CatalogEntry entry = catalog.importDefinition(guideExample(), "admin-1");
        assertEquals("exempel-8-12", entry.id());
        assertEquals(BSN, entry.resourceBundle());
        assertEquals(List.of(), catalog.rejected());
        assertTrue(entry.questionnaire().attributions().isEmpty(), "the shipped pictograms are the project's own (CC0)");
        assertTrue(catalog.resource("exempel-8-12", "1.0.0", "pictures/home.svg").isPresent());
    }

    @Test
    void aFileTheBundleDoesNotShipRejectsTheImport() throws IOException {
        String withAudio = guideExample().replace("\"tellMore\": true,",
                "\"tellMore\": true,\n          \"audio\": {\"sv\": \"audio/sv/home-how.mp3\"},");
        InvalidDefinitionException e = assertThrows(InvalidDefinitionException.class,
                () -> catalog().importDefinition(withAudio, "admin-1"));
        assertEquals(List.of("items[2].items[0].audio.sv"), e.problems().stream().map(Problem::path).toList());
    }
}
