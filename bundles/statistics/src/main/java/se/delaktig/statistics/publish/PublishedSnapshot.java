package se.delaktig.statistics.publish;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import se.delaktig.host.api.statistics.FigureTable;
import se.delaktig.statistics.aggregate.AggregateData;

/**
 * The published figures, computed once from the aggregates frozen at {@link #takenAt()} with the
 * suppression applied once per window. Until the next snapshot every query is answered from these
 * same tables, so two queries at different moments cannot be subtracted to isolate one child.
 *
 * @param takenAt      when the aggregates were frozen
 * @param k            the threshold used
 * @param publications one per window, windows disjoint
 */
public record PublishedSnapshot(Instant takenAt, int k, List<Publication> publications) {
    /** Copies the list and checks that the windows are disjoint. */
    public PublishedSnapshot {
        publications = List.copyOf(publications);
        for (int i = 0; i < publications.size(); i++) {
            for (int j = i + 1; j < publications.size(); j++) {
                if (publications.get(i).window().overlaps(publications.get(j).window())) {
                    throw new IllegalArgumentException("overlapping windows could be subtracted: "
                            + publications.get(i).window().code() + " and " + publications.get(j).window().code());
                }
            }
        }
    }

    /**
     * @param data    frozen aggregates
     * @param windows disjoint windows
     * @param k       the threshold
     * @return the snapshot
     */
    public static PublishedSnapshot take(AggregateData data, List<Window> windows, int k) {
        Publisher publisher = new Publisher(k);
        List<Publication> publications = new ArrayList<>();
        for (Window window : windows) {
            publications.add(publisher.publish(data, window));
        }
        return new PublishedSnapshot(data.takenAt(), k, publications);
    }

    /** @param from first day @param to last day @return the publications whose window meets the period */
    public List<Publication> within(LocalDate from, LocalDate to) {
        Window asked = new Window(YearMonth.from(from), YearMonth.from(to), se.delaktig.statistics.aggregate.Granularity.MONTH);
        return publications.stream().filter(p -> p.window().overlaps(asked)).toList();
    }

    /**
     * The host's figure tables of the publications meeting a period. Selecting published tables is
     * safe; nothing is recomputed for the query.
     *
     * @param from first day @param to last day @param locale language @param unitNames unit id to name
     * @return the tables
     */
    public List<FigureTable> figures(LocalDate from, LocalDate to, Locale locale, Function<String, String> unitNames) {
        Labels labels = Labels.of(locale, unitNames);
        List<FigureTable> result = new ArrayList<>();
        for (Publication publication : within(from, to)) {
            publication.tables().forEach(t -> result.add(labels.figure(t, k)));
        }
        return result;
    }
}
