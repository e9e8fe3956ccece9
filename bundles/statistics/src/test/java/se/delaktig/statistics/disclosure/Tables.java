package se.delaktig.statistics.disclosure;

import java.util.ArrayList;
import java.util.List;

/** Builds crafted linked tables for tests: cells "name:r:c", row totals shared by id. */
final class Tables {
    private Tables() {
    }

    /**
     * Adds a table whose rows are totalled into {@code rowTotalPrefix:r} (shared when two tables use
     * the same prefix), columns into {@code name:T:c}, and the grand total into {@code grand}.
     */
    static void table(CellSystem system, String name, long[][] cells, String rowTotalPrefix, String grand) {
        int rows = cells.length;
        int cols = cells[0].length;
        long all = 0;
        List<String> rowTotals = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            long sum = 0;
            List<String> parts = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                system.cell(name + ":" + r + ":" + c, cells[r][c]);
                parts.add(name + ":" + r + ":" + c);
                sum += cells[r][c];
            }
            system.cell(rowTotalPrefix + ":" + r, sum);
            system.equation(rowTotalPrefix + ":" + r, parts);
            rowTotals.add(rowTotalPrefix + ":" + r);
            all += sum;
        }
        List<String> columnTotals = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            long sum = 0;
            List<String> parts = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                parts.add(name + ":" + r + ":" + c);
                sum += cells[r][c];
            }
            system.cell(name + ":T:" + c, sum);
            system.equation(name + ":T:" + c, parts);
            columnTotals.add(name + ":T:" + c);
        }
        system.cell(grand, all);
        system.equation(grand, rowTotals);
        system.equation(grand, columnTotals);
    }

    static CellSystem single(long[][] cells) {
        CellSystem system = new CellSystem();
        table(system, "t", cells, "t:R", "t:T:T");
        return system;
    }
}
