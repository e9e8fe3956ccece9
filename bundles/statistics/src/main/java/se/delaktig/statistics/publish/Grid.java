package se.delaktig.statistics.publish;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import se.delaktig.host.api.statistics.FigureCell;
import se.delaktig.statistics.disclosure.CellSystem;
import se.delaktig.statistics.disclosure.Suppression;

/** The layout of one count table: which canonical cell sits where, and which margins it reveals. */
final class Grid {
    private final String id;
    private final TableKind kind;
    private final List<String> rows;
    private final List<String> columns;
    private final BiFunction<String, String, String> cell;
    private final Function<String, String> rowTotal;
    private final Function<String, String> columnTotal;
    private final String grand;
    private final boolean rowsAdditive;

    /**
     * @param rowTotal    the row margin's id per row, or {@code null} for no total column
     * @param columnTotal the column margin's id per column, or {@code null} for no total row
     * @param grand       the grand total's id, or {@code null}
     * @param rowsAdditive whether each row's cells sum to its row total (not for multiple choice)
     */
    Grid(String id, TableKind kind, List<String> rows, List<String> columns, BiFunction<String, String, String> cell,
         Function<String, String> rowTotal, Function<String, String> columnTotal, String grand, boolean rowsAdditive) {
        this.id = id;
        this.kind = kind;
        this.rows = List.copyOf(rows);
        this.columns = List.copyOf(columns);
        this.cell = cell;
        this.rowTotal = rowTotal;
        this.columnTotal = columnTotal;
        this.grand = grand;
        this.rowsAdditive = rowsAdditive;
    }

    /** Adds the table's cells (missing counts are 0) and the equations it reveals. */
    void register(CellSystem system, Map<String, Long> counts) {
        for (String r : rows) {
            for (String c : columns) {
                system.cell(cell.apply(r, c), counts.getOrDefault(cell.apply(r, c), 0L));
            }
            if (rowTotal != null) {
                system.cell(rowTotal.apply(r), counts.getOrDefault(rowTotal.apply(r), 0L));
            }
        }
        if (columnTotal != null) {
            columns.forEach(c -> system.cell(columnTotal.apply(c), counts.getOrDefault(columnTotal.apply(c), 0L)));
        }
        if (grand != null) {
            system.cell(grand, counts.getOrDefault(grand, 0L));
        }
        if (rowTotal != null && rowsAdditive && !columns.isEmpty()) {
            rows.forEach(r -> system.equation(rowTotal.apply(r), columns.stream().map(c -> cell.apply(r, c)).toList()));
        }
        if (columnTotal != null && !rows.isEmpty()) {
            columns.forEach(c -> system.equation(columnTotal.apply(c), rows.stream().map(r -> cell.apply(r, c)).toList()));
        }
        if (grand != null && rowTotal != null && !rows.isEmpty()) {
            system.equation(grand, rows.stream().map(rowTotal).toList());
        }
        if (grand != null && columnTotal != null && rowsAdditive && !columns.isEmpty()) {
            system.equation(grand, columns.stream().map(columnTotal).toList());
        }
    }

    /** @param suppression the snapshot's suppression @param window the window code @return the table */
    PublishedTable render(Suppression suppression, String window) {
        List<String> rowCodes = new ArrayList<>(rows);
        List<String> columnCodes = new ArrayList<>(columns);
        if (rowTotal != null) {
            columnCodes.add(PublishedTable.TOTAL);
        }
        List<List<FigureCell>> cells = new ArrayList<>();
        for (String r : rows) {
            List<FigureCell> line = new ArrayList<>();
            columns.forEach(c -> line.add(figure(suppression, cell.apply(r, c))));
            if (rowTotal != null) {
                line.add(figure(suppression, rowTotal.apply(r)));
            }
            cells.add(line);
        }
        if (columnTotal != null) {
            rowCodes.add(PublishedTable.TOTAL);
            List<FigureCell> line = new ArrayList<>();
            columns.forEach(c -> line.add(figure(suppression, columnTotal.apply(c))));
            if (rowTotal != null) {
                line.add(grand == null ? FigureCell.empty() : figure(suppression, grand));
            }
            cells.add(line);
        }
        return new PublishedTable(id, kind, window, rowCodes, columnCodes, cells);
    }

    /** @return the canonical id of the cell at a row and column code, margins included */
    String idAt(String row, String column) {
        boolean totalRow = PublishedTable.TOTAL.equals(row) && !rows.contains(row);
        boolean totalColumn = PublishedTable.TOTAL.equals(column) && !columns.contains(column);
        if (totalRow && totalColumn) {
            return grand;
        }
        if (totalRow) {
            return columnTotal.apply(column);
        }
        return totalColumn ? rowTotal.apply(row) : cell.apply(row, column);
    }

    static FigureCell figure(Suppression suppression, String id) {
        if (suppression.isSuppressed(id)) {
            return FigureCell.suppressedCell();
        }
        return FigureCell.of(BigDecimal.valueOf(suppression.published().get(id)));
    }
}
