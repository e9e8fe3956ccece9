package se.delaktig.statistics.web;

import java.util.List;
import se.delaktig.host.api.statistics.FigureCell;
import se.delaktig.statistics.figures.ShownTable;

/**
 * One shown table as CSV (RFC 4180, UTF-8): a heading row, then one row per table row; a suppressed
 * cell is "..", an empty one is empty. Only headings and published figures: never free text. A
 * heading that a spreadsheet would read as a formula is prefixed with an apostrophe.
 */
final class TableCsv {
    private TableCsv() {
    }

    static String write(ShownTable table) {
        StringBuilder out = new StringBuilder();
        out.append(field(table.title()));
        for (String heading : table.columnHeadings()) {
            out.append(',').append(field(heading));
        }
        out.append("\r\n");
        for (int r = 0; r < table.rowHeadings().size(); r++) {
            out.append(field(table.rowHeadings().get(r)));
            for (FigureCell cell : table.cells().get(r)) {
                out.append(',').append(value(cell));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    static String value(FigureCell cell) {
        if (cell.suppressed()) {
            return "..";
        }
        return cell.value() == null ? "" : cell.value().toPlainString();
    }

    static String field(String text) {
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    static List<String> cells(List<FigureCell> row) {
        return row.stream().map(TableCsv::value).toList();
    }
}
