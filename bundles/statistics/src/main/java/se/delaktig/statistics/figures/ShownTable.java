package se.delaktig.statistics.figures;

import java.util.ArrayList;
import java.util.List;
import se.delaktig.host.api.statistics.FigureCell;
import se.delaktig.host.api.statistics.FigureRow;
import se.delaktig.host.api.statistics.FigureTable;

/**
 * A selection of published cells ready to be shown: codes (for CSV and links) and headings (for
 * people), never a recomputed figure.
 *
 * @param id             stable id: published table id, {@code @} window, and a suffix for comparisons
 * @param title          title for people
 * @param rowCodes       row codes
 * @param rowHeadings    row headings
 * @param columnCodes    column codes
 * @param columnHeadings column headings
 * @param cells          the published cells, one list per row
 * @param notes          notes for people: what was selected and what could not be
 * @param mean           whether the cells are means (domain index) rather than counts
 */
public record ShownTable(String id, String title, List<String> rowCodes, List<String> rowHeadings,
                         List<String> columnCodes, List<String> columnHeadings, List<List<FigureCell>> cells,
                         List<String> notes, boolean mean) {
    /** Copies the lists. */
    public ShownTable {
        rowCodes = List.copyOf(rowCodes);
        rowHeadings = List.copyOf(rowHeadings);
        columnCodes = List.copyOf(columnCodes);
        columnHeadings = List.copyOf(columnHeadings);
        cells = cells.stream().map(List::copyOf).toList();
        notes = List.copyOf(notes);
    }

    /** @return whether this is a per-question answer table (columns are the question's options) */
    public boolean answers() {
        return id.startsWith(se.delaktig.statistics.publish.TableKind.UNIT_BY_ANSWER.code() + ":");
    }

    /** @param methodNote the closing note (k, snapshot) @return the host's figure table */
    public FigureTable figure(String methodNote) {
        List<FigureRow> rows = new ArrayList<>();
        for (int r = 0; r < rowHeadings.size(); r++) {
            rows.add(new FigureRow(rowHeadings.get(r), cells.get(r)));
        }
        List<String> all = new ArrayList<>(notes);
        all.add(methodNote);
        return new FigureTable(id, title, columnHeadings, rows, String.join(" ", all));
    }
}
