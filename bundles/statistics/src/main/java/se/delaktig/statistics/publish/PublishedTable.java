package se.delaktig.statistics.publish;

import java.util.List;
import java.util.Objects;
import se.delaktig.host.api.statistics.FigureCell;

/**
 * One published, disclosure-controlled table with stable codes for rows and columns (unit ids,
 * gender and age-band codes, period codes, option codes; {@code total} for a margin). Titles and
 * headings for people come from {@link Labels}.
 *
 * @param id      stable id: {@code kind[:questionnaire:question]}
 * @param kind    which of the fixed tables
 * @param window  the window's code
 * @param rows    row codes, {@code total} last when the table has a total row
 * @param columns column codes, {@code total} last when the table has a total column
 * @param cells   one list per row, one cell per column
 */
public record PublishedTable(String id, TableKind kind, String window, List<String> rows, List<String> columns,
                             List<List<FigureCell>> cells) {
    /** The code of a margin row or column. */
    public static final String TOTAL = "total";

    /** Checks the shape and copies the lists. */
    public PublishedTable {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(window, "window");
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        cells = cells.stream().map(List::copyOf).toList();
        if (cells.size() != rows.size()) {
            throw new IllegalArgumentException(id + ": " + cells.size() + " cell rows for " + rows.size() + " rows");
        }
        for (List<FigureCell> row : cells) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(id + ": a row has " + row.size() + " cells for " + columns.size() + " columns");
            }
        }
    }

    /** @param row a row code @param column a column code @return the cell */
    public FigureCell cell(String row, String column) {
        int r = rows.indexOf(row);
        int c = columns.indexOf(column);
        if (r < 0 || c < 0) {
            throw new IllegalArgumentException(id + " has no cell " + row + "/" + column);
        }
        return cells.get(r).get(c);
    }
}
