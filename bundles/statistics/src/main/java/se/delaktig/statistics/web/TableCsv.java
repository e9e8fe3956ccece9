package se.delaktig.statistics.web;

import java.util.List;
import se.delaktig.host.api.statistics.FigureCell;
import se.delaktig.statistics.figures.ShownTable;
import se.delaktig.web.render.Messages;

/**
 * One shown table as CSV (RFC 4180, UTF-8): a heading row, then one row per table row; a suppressed
 * cell is "..", an empty one is empty. An answer table is turned: one line per option, with the
 * option's code and its text in two columns, then one column per unit (and the municipality). Only headings and published figures: never free text. A
 * heading that a spreadsheet would read as a formula is prefixed with an apostrophe.
 */
final class TableCsv {
    private TableCsv() {
    }

    /**
     * @param table a shown table @param t the page's texts
     * @return the CSV; an answer table has one line per option: its code, its text, then one column per row
     */
    static String write(ShownTable table, Messages t) {
        if (table.answers()) {
            return byOption(table, t);
        }
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

    /** An answer table turned so that the option code is a column of its own beside the option's text. */
    private static String byOption(ShownTable table, Messages t) {
        StringBuilder out = new StringBuilder();
        out.append(field(t.get("csv.code"))).append(',').append(field(table.title()));
        for (String heading : table.rowHeadings()) {
            out.append(',').append(field(heading));
        }
        out.append("\r\n");
        for (int c = 0; c < table.columnCodes().size(); c++) {
            out.append(field(table.columnCodes().get(c))).append(',').append(field(table.columnHeadings().get(c)));
            for (List<FigureCell> row : table.cells()) {
                out.append(',').append(value(row.get(c)));
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
