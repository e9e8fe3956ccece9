package se.delaktig.statistics.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.delaktig.host.api.statistics.FigureCell;
import se.delaktig.statistics.figures.ShownTable;
import se.delaktig.statistics.publish.PublishedTable;

/**
 * The geometry of a horizontal bar chart of one shown table, for the SVG template: one group per
 * column (totals left out), one bar per shown series (the selected unit and the municipality, or
 * this municipality and the pool; else the municipality row alone). With two or more series the
 * bars are shares of each row's total, so that sizes compare; a share is drawn only when both of its
 * published cells are published. A suppressed value is an outlined empty bar labelled "..".
 */
public final class Chart {
    static final int WIDTH = 640;
    static final int LABEL = 200;
    static final int BAR = 16;
    static final int GAP = 10;
    private static final int MAX_SERIES = 3;

    private Chart() {
    }

    /** One bar: position, size, the text read out, and whether the value was suppressed. */
    public record Bar(int y, int width, String label, String value, boolean suppressed, int series) {
        /** @return where the value is written, after the bar */
        public int textX() {
            return LABEL + (suppressed ? 24 : width) + 6;
        }

        /** @return the baseline of the value */
        public int textY() {
            return y + BAR - 4;
        }
    }

    /** A group label at a position. */
    public record Group(int y, String label) {
    }

    /**
     * @param table        the shown table
     * @param suppressedText the word for a suppressed value
     * @return the model for {@code chart.vm}: {@code bars}, {@code groups}, {@code series}, {@code height}, {@code percent}
     */
    static Map<String, Object> of(ShownTable table, String suppressedText) {
        List<Integer> rows = series(table);
        int totalColumn = table.columnCodes().indexOf(PublishedTable.TOTAL);
        boolean percent = rows.size() > 1 && totalColumn >= 0 && !table.mean();
        List<Integer> columns = new ArrayList<>();
        for (int c = 0; c < table.columnCodes().size(); c++) {
            String code = table.columnCodes().get(c);
            if (!PublishedTable.TOTAL.equals(code) && !"rate-percent".equals(code)) {
                columns.add(c);
            }
        }
        if (columns.isEmpty() && totalColumn >= 0) {
            columns.add(totalColumn);
        }
        BigDecimal max = BigDecimal.ONE;
        List<BigDecimal[]> values = new ArrayList<>();
        for (int c : columns) {
            BigDecimal[] line = new BigDecimal[rows.size()];
            for (int s = 0; s < rows.size(); s++) {
                List<FigureCell> row = table.cells().get(rows.get(s));
                BigDecimal v = row.get(c).value();
                if (percent && v != null) {
                    BigDecimal total = row.get(totalColumn).value();
                    v = total == null || total.signum() == 0 ? null
                            : v.multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP);
                }
                line[s] = v;
                if (v != null && v.compareTo(max) > 0) {
                    max = v;
                }
            }
            values.add(line);
        }
        List<Bar> bars = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        int y = GAP;
        int span = WIDTH - LABEL - 60;
        for (int i = 0; i < columns.size(); i++) {
            groups.add(new Group(y + BAR - 4, table.columnHeadings().get(columns.get(i))));
            for (int s = 0; s < rows.size(); s++) {
                BigDecimal v = values.get(i)[s];
                FigureCell cell = table.cells().get(rows.get(s)).get(columns.get(i));
                boolean suppressed = v == null && (cell.suppressed() || percent);
                int width = v == null ? 0 : v.multiply(BigDecimal.valueOf(span)).divide(max, 0, RoundingMode.HALF_UP).intValue();
                String shown = v == null ? (suppressed ? ".." : "–") : v.toPlainString() + (percent ? " %" : "");
                String label = table.rowHeadings().get(rows.get(s)) + ", " + table.columnHeadings().get(columns.get(i)) + ": "
                        + (suppressed ? suppressedText : shown);
                bars.add(new Bar(y, Math.max(width, 0), label, shown, suppressed, s));
                y += BAR + 2;
            }
            y += GAP;
        }
        List<String> names = rows.stream().map(r -> table.rowHeadings().get(r)).toList();
        return Map.of("bars", bars, "groups", groups, "series", names, "height", y + 20, "percent", percent,
                "width", WIDTH, "label", LABEL, "barHeight", BAR);
    }

    /** The rows drawn: all when few (comparisons), else the municipality (total) row, else the first. */
    private static List<Integer> series(ShownTable table) {
        int rows = table.rowCodes().size();
        if (rows <= MAX_SERIES && rows > 1 && table.rowCodes().get(rows - 1).equals(PublishedTable.TOTAL)) {
            List<Integer> all = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                all.add(r);
            }
            return all;
        }
        int total = table.rowCodes().indexOf(PublishedTable.TOTAL);
        return List.of(total >= 0 ? total : 0);
    }
}
