package se.delaktig.referencehost.view;

import java.util.List;
import se.delaktig.host.api.statistics.FigureCell;
import se.delaktig.host.api.statistics.FigureTable;

/**
 * A figure table prepared for the template: cells as display strings, ".." for suppressed ones.
 *
 * @param hasSuppressed whether the table needs the footnote explaining ".."
 */
public record TableView(String id, String title, List<String> columns, List<RowView> rows, String note,
                        boolean hasSuppressed) {

    /** A row: heading and display values. */
    public record RowView(String heading, List<String> cells) { }

    public static TableView of(FigureTable table) {
        boolean suppressed = false;
        List<RowView> rows = new java.util.ArrayList<>();
        for (var row : table.rows()) {
            List<String> cells = new java.util.ArrayList<>();
            for (FigureCell cell : row.cells()) {
                suppressed |= cell.suppressed();
                cells.add(cell.suppressed() ? ".." : cell.value() == null ? "–" : cell.value().toPlainString());
            }
            rows.add(new RowView(row.heading(), cells));
        }
        String id = table.id().replaceAll("[^A-Za-z0-9_-]", "_");
        return new TableView(id, table.title(), table.columnHeadings(), rows, table.note(), suppressed);
    }
}
