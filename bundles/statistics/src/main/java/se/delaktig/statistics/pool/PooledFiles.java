package se.delaktig.statistics.pool;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.delaktig.api.statistics.ImportedFile;
import se.delaktig.api.statistics.ImportedStatisticsRepository;
import se.delaktig.statistics.component.StatisticsService;
import se.delaktig.statistics.exchange.ExportDocument;
import se.delaktig.statistics.exchange.ImportException;
import se.delaktig.statistics.exchange.JsonFormat;
import se.delaktig.statistics.exchange.PooledTotal;
import se.delaktig.statistics.figures.Pool;

/**
 * Other municipalities' files for the pooled total: imported ones from the store, or, in the demo and
 * only while nothing has been imported, the bundled generated files. Imports are validated here.
 */
@Component(service = PooledFiles.class, configurationPid = DemoConfiguration.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = DemoConfiguration.class)
public final class PooledFiles {
    private static final Logger LOG = LoggerFactory.getLogger(PooledFiles.class);
    static final String DEMO_FOLDER = "se/delaktig/statistics/demo/pooled/";
    static final int DEMO_FILES = 4;

    private final StatisticsService statistics;
    private final ImportedStatisticsRepository repository;
    private final boolean demo;
    private volatile List<ExportDocument> cache;

    /** @param statistics own figures @param repository imported files @param config demo switch */
    @Activate
    public PooledFiles(@Reference StatisticsService statistics, @Reference ImportedStatisticsRepository repository,
                       DemoConfiguration config) {
        this.statistics = statistics;
        this.repository = repository;
        this.demo = config.pooled_file();
    }

    /**
     * Validates and stores a file, replacing the municipality's earlier one.
     *
     * @param document a document read by {@code JsonFormat.read} or {@code CsvFormat.read}
     * @param staffId  the importing administrator
     * @return whether it replaced an earlier file
     * @throws ImportException when it is this municipality's own file
     */
    public boolean store(ExportDocument document, String staffId) throws ImportException {
        if (document.municipalityId().equals(statistics.municipalityId())) {
            throw new ImportException("file", List.of("municipality.id: " + document.municipalityId()
                    + " is this municipality; import other municipalities' files"));
        }
        boolean replaced = repository.save(new ImportedFile(document.municipalityId(), document.municipalityName(),
                Instant.now(), staffId, JsonFormat.write(document)));
        cache = null;
        return replaced;
    }

    /** @param municipalityId a code @return whether a file was removed */
    public boolean remove(String municipalityId) {
        boolean removed = repository.delete(municipalityId);
        cache = null;
        return removed;
    }

    /** @return the imported files (without their documents' content), by municipality */
    public List<ImportedFile> imported() {
        return repository.all();
    }

    /** @return whether the pool is made of the bundled demo files */
    public boolean demoInUse() {
        return demo && repository.all().isEmpty();
    }

    /** @return the pool of this municipality's published snapshot and the others' files */
    public Pool pool() {
        List<ExportDocument> others = others();
        if (others.isEmpty()) {
            return Pool.empty(statistics.municipalityId(), statistics.municipalityName());
        }
        List<ExportDocument> all = new ArrayList<>(others);
        all.add(statistics.export());
        return new Pool(statistics.municipalityId(), statistics.municipalityName(), others.size(), PooledTotal.of(all));
    }

    private List<ExportDocument> others() {
        List<ExportDocument> documents = cache;
        if (documents == null) {
            documents = new ArrayList<>();
            for (ImportedFile file : repository.all()) {
                try {
                    documents.add(JsonFormat.read(file.municipalityId(), file.document()));
                } catch (ImportException e) {
                    LOG.error("Stored statistics file of {} no longer reads: {}", file.municipalityId(), e.problems());
                }
            }
            if (documents.isEmpty() && demo) {
                documents.addAll(demoFiles());
            }
            documents.removeIf(d -> d.municipalityId().equals(statistics.municipalityId()));
            cache = List.copyOf(documents);
        }
        return documents;
    }

    /** @return the bundled generated files of made-up municipalities */
    static List<ExportDocument> demoFiles() {
        List<ExportDocument> documents = new ArrayList<>();
        for (int i = 1; i <= DEMO_FILES; i++) {
            String name = DEMO_FOLDER + String.format("demo-%02d.json", i);
            try (InputStream in = PooledFiles.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + name);
                }
                documents.add(JsonFormat.read(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ImportException e) {
                throw new IllegalStateException(name + ": " + e.problems(), e);
            }
        }
        return documents;
    }
}
