package se.delaktig.host.api.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureTableTest {

    @Test
    void everyRowHasOneCellPerColumn() {
        FigureRow full = new FigureRow("Norr", List.of(FigureCell.of(3), FigureCell.suppressedCell()));
        FigureRow short_ = new FigureRow("Söder", List.of(FigureCell.of(3)));
        new FigureTable("t", "Title", List.of("girl", "boy"), List.of(full), "");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FigureTable("t", "Title", List.of("girl", "boy"), List.of(full, short_), ""));
        assertEquals("row 'Söder' has 1 cells for 2 columns", e.getMessage());
    }

    @Test
    void theListsAreCopies() {
        List<FigureCell> cells = new ArrayList<>(List.of(FigureCell.of(1)));
        FigureRow row = new FigureRow("Norr", cells);
        cells.add(FigureCell.of(2));
        assertEquals(1, row.cells().size());
        List<String> headings = new ArrayList<>(List.of("all"));
        FigureTable table = new FigureTable("t", "Title", headings, List.of(row), "");
        headings.add("more");
        assertEquals(List.of("all"), table.columnHeadings());
        assertThrows(UnsupportedOperationException.class, () -> table.rows().add(row));
    }
}
