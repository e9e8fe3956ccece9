package se.delaktig.host.api.statistics;

import java.util.List;
import java.util.Objects;

/**
 * A row of a figure table.
 *
 * @param heading the row heading, plain text
 * @param cells   one cell per column heading of the table
 */
public record FigureRow(String heading, List<FigureCell> cells) {
    /** Checks the components and copies the list. */
    public FigureRow {
        Objects.requireNonNull(heading, "heading");
        cells = List.copyOf(cells);
    }
}
