package se.delaktig.statistics.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import se.delaktig.statistics.aggregate.Granularity;
import se.delaktig.statistics.publish.PublishedSnapshot;
import se.delaktig.statistics.publish.PublishedTable;

/**
 * A municipality's suppressed aggregates as exchanged with others (format
 * {@value #FORMAT}, documented in docs/statistics-method.md). It holds only published tables:
 * exactly what the municipality's own statistics page shows, never a raw count.
 *
 * @param municipalityId   the municipality's code (e.g. the four-digit kommunkod)
 * @param municipalityName its name, plain text
 * @param takenAt          when the snapshot's aggregates were frozen
 * @param k                the threshold the tables were suppressed with
 * @param windows          the published windows
 */
public record ExportDocument(String municipalityId, String municipalityName, Instant takenAt, int k, List<WindowTables> windows) {
    /** The format id written into every file. */
    public static final String FORMAT = "delaktig-statistics/1";
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");

    /** Checks the components and copies the list. */
    public ExportDocument {
        Objects.requireNonNull(municipalityId, "municipalityId");
        Objects.requireNonNull(municipalityName, "municipalityName");
        Objects.requireNonNull(takenAt, "takenAt");
        windows = List.copyOf(windows);
    }

    /**
     * The tables of one window.
     *
     * @param window      the window code, {@code 2024-01..2024-12}
     * @param granularity the cut of its unit-by-period table
     * @param tables      the tables
     */
    public record WindowTables(String window, Granularity granularity, List<PublishedTable> tables) {
        /** Copies the list. */
        public WindowTables {
            Objects.requireNonNull(window, "window");
            Objects.requireNonNull(granularity, "granularity");
            tables = List.copyOf(tables);
        }
    }

    /**
     * @param id the municipality's code @param name its name @param snapshot the published snapshot
     * @return the document of the snapshot's tables
     */
    public static ExportDocument of(String id, String name, PublishedSnapshot snapshot) {
        return new ExportDocument(id, name, snapshot.takenAt(), snapshot.k(), snapshot.publications().stream()
                .map(p -> new WindowTables(p.window().code(), p.window().granularity(), p.tables())).toList());
    }
}
