package se.delaktig.host.api.statistics;

import java.util.List;
import java.util.Objects;

/**
 * A table of figures, already disclosure-controlled.
 *
 * @param id             a stable id of the table, for links and downloads
 * @param title          the table's title, plain text
 * @param columnHeadings the column headings, plain text
 * @param rows           the rows; each has one cell per column heading
 * @param note           a note to show under the table (method, suppression rule), or empty
 */
public record FigureTable(String id, String title, List<String> columnHeadings, List<FigureRow> rows, String note) {
    /** Checks the shape and copies the lists. */
    public FigureTable {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(note, "note");
        columnHeadings = List.copyOf(columnHeadings);
        rows = List.copyOf(rows);
        for (FigureRow row : rows) {
            if (row.cells().size() != columnHeadings.size()) {
                throw new IllegalArgumentException("row '" + row.heading() + "' has "
                        + row.cells().size() + " cells for " + columnHeadings.size() + " columns");
            }
        }
    }
}
