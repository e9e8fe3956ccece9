package se.delaktig.statistics.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.delaktig.statistics.aggregate.Granularity;
import se.delaktig.statistics.aggregate.QuestionnaireRef;
import se.delaktig.statistics.exchange.ExportDocument;
import se.delaktig.statistics.exchange.JsonFormat;
import se.delaktig.statistics.exchange.PooledFileGenerator;
import se.delaktig.statistics.publish.Window;

/**
 * The demo's pooled files are exactly what the seeded generator makes. To regenerate them (new
 * years): {@code mvn -f bundles/statistics/pom.xml test -Dtest=DemoPooledFilesTest -Ddemo.pooled.write=true}.
 */
class DemoPooledFilesTest {
    static final long SEED = 7_2026L;
    static final List<Window> WINDOWS = List.of(Window.year(2024, Granularity.MONTH), Window.year(2025, Granularity.MONTH),
            Window.year(2026, Granularity.MONTH));

    static List<ExportDocument> generate() {
        return PooledFileGenerator.generate(SEED, PooledFiles.DEMO_FILES, WINDOWS, QuestionnaireRef.of("barn-8-12", "1.0.0"), 5);
    }

    @Test
    void theBundledFilesAreTheSeededGeneratorsOutput() throws Exception {
        List<ExportDocument> documents = generate();
        Path folder = Path.of("src/main/resources").resolve(PooledFiles.DEMO_FOLDER);
        if (Boolean.getBoolean("demo.pooled.write")) {
            Files.createDirectories(folder);
            for (int i = 0; i < documents.size(); i++) {
                Files.writeString(folder.resolve(String.format("demo-%02d.json", i + 1)), JsonFormat.write(documents.get(i)),
                        StandardCharsets.UTF_8);
            }
        }
        List<ExportDocument> bundled = PooledFiles.demoFiles();
        assertEquals(documents.size(), bundled.size());
        for (int i = 0; i < documents.size(); i++) {
            // Compared after one read, as the page sees them (a read normalises 3.50 to 3.5).
            ExportDocument generated = JsonFormat.read("generated", JsonFormat.write(documents.get(i)));
            assertEquals(JsonFormat.write(generated), JsonFormat.write(bundled.get(i)));
        }
    }
}
