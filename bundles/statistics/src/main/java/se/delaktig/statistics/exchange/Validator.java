package se.delaktig.statistics.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.delaktig.host.api.statistics.FigureCell;
import se.delaktig.statistics.publish.PublishedTable;
import se.delaktig.statistics.publish.TableKind;
import se.delaktig.statistics.publish.Window;

/** Checks an imported document: ids, k, windows, shapes, counts under k, and sums of the count tables. */
final class Validator {
    /** The smallest k accepted from another municipality. */
    static final int MIN_K = 5;

    private Validator() {
    }

    static void check(String source, ExportDocument document) throws ImportException {
        List<String> problems = new ArrayList<>();
        if (!ExportDocument.ID.matcher(document.municipalityId()).matches()) {
            problems.add("municipality.id: missing or not a code (letters, digits, . _ -)");
        }
        if (document.municipalityName().isBlank()) {
            problems.add("municipality.name: missing");
        }
        if (document.k() < MIN_K) {
            problems.add("k: " + document.k() + " is below the smallest accepted threshold " + MIN_K);
        }
        if (document.windows().isEmpty()) {
            problems.add("windows: none");
        }
        List<Window> seen = new ArrayList<>();
        for (ExportDocument.WindowTables w : document.windows()) {
            String at = "window " + w.window();
            try {
                Window window = Window.parse(w.window(), w.granularity());
                for (Window other : seen) {
                    if (other.overlaps(window)) {
                        problems.add(at + ": overlaps window " + other.code());
                    }
                }
                seen.add(window);
            } catch (RuntimeException e) {
                problems.add(at + ": not a window of whole " + w.granularity() + "s (" + e.getMessage() + ")");
            }
            Set<String> ids = new HashSet<>();
            for (PublishedTable table : w.tables()) {
                if (!ids.add(table.id())) {
                    problems.add(at + ", table " + table.id() + ": appears twice");
                }
                checkTable(problems, at + ", table " + table.id(), table, document.k());
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportException(source, problems);
        }
    }

    private static void checkTable(List<String> problems, String at, PublishedTable table, int k) {
        boolean counts = table.kind() != TableKind.DOMAIN_INDEX;
        for (int r = 0; r < table.rows().size(); r++) {
            for (int c = 0; c < table.columns().size(); c++) {
                FigureCell cell = table.cells().get(r).get(c);
                String where = at + " [" + table.rows().get(r) + ", " + table.columns().get(c) + "]";
                boolean rate = "rate-percent".equals(table.columns().get(c));
                if (cell.value() == null || !counts || rate) {
                    continue;
                }
                BigDecimal v = cell.value();
                if (v.signum() < 0 || v.stripTrailingZeros().scale() > 0) {
                    problems.add(where + ": " + v + " is not a count");
                } else if (v.signum() > 0 && v.compareTo(BigDecimal.valueOf(k)) < 0) {
                    problems.add(where + ": " + v + " children is under k=" + k + " and should have been suppressed");
                }
            }
        }
        if (counts && table.kind() != TableKind.UNIT_BY_ANSWER) {
            checkSums(problems, at, table);
        }
    }

    /** Where a row and its total are all published, the row must add up (and likewise columns). */
    private static void checkSums(List<String> problems, String at, PublishedTable table) {
        int totalColumn = table.columns().indexOf(PublishedTable.TOTAL);
        int totalRow = table.rows().indexOf(PublishedTable.TOTAL);
        int width = table.kind() == TableKind.RESPONSE_RATE ? totalColumn : table.columns().size();
        if (totalColumn >= 0) {
            for (int r = 0; r < table.rows().size(); r++) {
                List<FigureCell> row = table.cells().get(r).subList(0, totalColumn);
                check(problems, at + " row " + table.rows().get(r), row, table.cells().get(r).get(totalColumn));
            }
        }
        if (totalRow >= 0) {
            for (int c = 0; c < width; c++) {
                List<FigureCell> column = new ArrayList<>();
                for (int r = 0; r < totalRow; r++) {
                    column.add(table.cells().get(r).get(c));
                }
                check(problems, at + " column " + table.columns().get(c), column, table.cells().get(totalRow).get(c));
            }
        }
    }

    private static void check(List<String> problems, String at, List<FigureCell> parts, FigureCell total) {
        if (total.value() == null || parts.stream().anyMatch(p -> p.value() == null && p.suppressed())) {
            return;
        }
        BigDecimal sum = parts.stream().map(p -> p.value() == null ? BigDecimal.ZERO : p.value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(total.value()) != 0) {
            problems.add(at + ": cells sum to " + sum + " but the total is " + total.value());
        }
    }

}
