package se.delaktig.statistics.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.delaktig.host.api.statistics.FigureCell;
import se.delaktig.statistics.publish.PublishedTable;
import se.delaktig.statistics.publish.TableKind;

/**
 * The pooled total of several municipalities' exported files: per window and table, each
 * municipality's whole-municipality row, and their sum as the {@code total} row. A pooled cell is
 * suppressed when any municipality suppressed it (summing only the published parts would
 * understate it); the inputs are already suppressed, so the pool reveals nothing new.
 * Domain indices and rates are not pooled (their weights are not exchanged).
 */
public final class PooledTotal {
    private PooledTotal() {
    }

    /**
     * @param documents validated documents of distinct municipalities
     * @return per window code, the pooled tables
     */
    public static Map<String, List<PublishedTable>> of(List<ExportDocument> documents) {
        if (documents.stream().map(ExportDocument::municipalityId).distinct().count() != documents.size()) {
            throw new IllegalArgumentException("a municipality appears twice in the pool");
        }
        Map<String, Map<String, List<Row>>> rows = new LinkedHashMap<>();
        Map<String, Map<String, PublishedTable>> shapes = new LinkedHashMap<>();
        for (ExportDocument document : documents) {
            for (ExportDocument.WindowTables w : document.windows()) {
                for (PublishedTable t : w.tables()) {
                    if (t.kind() == TableKind.DOMAIN_INDEX || !t.rows().contains(PublishedTable.TOTAL)) {
                        continue;
                    }
                    shapes.computeIfAbsent(w.window(), x -> new LinkedHashMap<>()).putIfAbsent(t.id(), t);
                    List<FigureCell> total = t.cells().get(t.rows().indexOf(PublishedTable.TOTAL));
                    rows.computeIfAbsent(w.window(), x -> new LinkedHashMap<>()).computeIfAbsent(t.id(), x -> new ArrayList<>())
                            .add(new Row(document.municipalityId(), t.columns(), total));
                }
            }
        }
        Map<String, List<PublishedTable>> result = new LinkedHashMap<>();
        rows.forEach((window, tables) -> tables.forEach((id, list) -> result.computeIfAbsent(window, x -> new ArrayList<>())
                .add(pool(shapes.get(window).get(id), list))));
        return result;
    }

    private static PublishedTable pool(PublishedTable shape, List<Row> rows) {
        List<String> columns = new ArrayList<>();
        for (Row row : rows) {
            row.columns().stream().filter(c -> !columns.contains(c) && !"rate-percent".equals(c)).forEach(columns::add);
        }
        List<String> rowCodes = new ArrayList<>();
        List<List<FigureCell>> cells = new ArrayList<>();
        for (Row row : rows) {
            rowCodes.add(row.municipality());
            cells.add(columns.stream().map(row::cell).toList());
        }
        List<FigureCell> total = new ArrayList<>();
        for (String column : columns) {
            BigDecimal sum = BigDecimal.ZERO;
            boolean suppressed = false;
            for (Row row : rows) {
                FigureCell cell = row.cell(column);
                suppressed |= cell.suppressed();
                sum = cell.value() == null ? sum : sum.add(cell.value());
            }
            total.add(suppressed ? FigureCell.suppressedCell() : FigureCell.of(sum));
        }
        rowCodes.add(PublishedTable.TOTAL);
        cells.add(total);
        return new PublishedTable(shape.id(), shape.kind(), shape.window(), rowCodes, columns, cells);
    }

    private record Row(String municipality, List<String> columns, List<FigureCell> cells) {
        FigureCell cell(String column) {
            int i = columns.indexOf(column);
            return i < 0 ? FigureCell.of(0) : cells.get(i);
        }
    }
}
