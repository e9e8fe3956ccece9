package se.delaktig.statistics.publish;

import java.util.List;
import java.util.Optional;
import se.delaktig.statistics.disclosure.Suppression;

/**
 * The published tables of one window, suppressed together as one linked system.
 *
 * @param window      the window
 * @param tables      the tables, in the fixed order
 * @param suppression the suppression behind them (which cells, why, and the equations they reveal)
 */
public record Publication(Window window, List<PublishedTable> tables, Suppression suppression) {
    /** Copies the tables. */
    public Publication {
        tables = List.copyOf(tables);
    }

    /** @param id a table id @return the table */
    public Optional<PublishedTable> table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
