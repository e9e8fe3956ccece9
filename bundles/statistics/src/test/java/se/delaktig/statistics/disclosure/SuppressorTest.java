package se.delaktig.statistics.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressorTest {
    private final Suppressor suppressor = new Suppressor(5);

    static void assertSafe(Suppression s) {
        assertEquals(List.of(), s.verify(), "the verifier must learn nothing");
        s.published().forEach((id, v) -> assertFalse(v > 0 && v < s.k(), id + " published with " + v));
    }

    @Test
    void nothingSmallNothingSuppressed() {
        Suppression s = suppressor.suppress(Tables.single(new long[][] {{10, 20}, {30, 40}}));
        assertTrue(s.suppressed().isEmpty());
        assertSafe(s);
    }

    @Test
    void aSmallCellGetsComplementsInItsRowAndColumn() {
        Suppression s = suppressor.suppress(Tables.single(new long[][] {{2, 20, 30}, {25, 40, 50}}));
        assertEquals(Reason.UNDER_K, s.suppressed().get("t:0:0"));
        assertTrue(s.isSuppressed("t:0:1"), "smallest other cell of the row");
        assertTrue(s.isSuppressed("t:1:0"), "smallest other cell of the column");
        assertTrue(s.isSuppressed("t:1:1"), "closes the rectangle");
        assertFalse(s.isSuppressed("t:R:0"));
        assertSafe(s);
    }

    @Test
    void oneChildInAUnit() {
        // unit 0 has one child: its row total is under k too, so the grand total's column of row totals needs a partner
        Suppression s = suppressor.suppress(Tables.single(new long[][] {{1, 0, 0}, {12, 9, 7}, {6, 8, 15}}));
        assertTrue(s.isSuppressed("t:0:0"));
        assertTrue(s.isSuppressed("t:R:0"));
        assertSafe(s);
    }

    @Test
    void zeroCellsArePublishedAndNeverTheOnlyComplement() {
        Suppression s = suppressor.suppress(Tables.single(new long[][] {{3, 0, 9}, {10, 0, 12}}));
        assertFalse(s.isSuppressed("t:1:1"), "an empty cell describes no child");
        assertTrue(s.isSuppressed("t:0:2"), "prefers a cell with children over the zero beside it");
        assertSafe(s);
    }

    @Test
    void totalThatGivesAwayACellBySubtraction() {
        // only one small cell in the row: row total - published others = the cell unless a second is hidden
        Suppression s = suppressor.suppress(Tables.single(new long[][] {{4, 30}, {30, 30}}));
        assertTrue(s.isSuppressed("t:0:1"));
        assertSafe(s);
    }

    @Test
    void suppressedPartsMustHoldAtLeastKTogether() {
        // 1 and 2 hidden together would still say "3 children in these two cells"
        Suppression s = suppressor.suppress(Tables.single(new long[][] {{1, 2, 40}, {30, 30, 30}}));
        long mass = s.suppressed().keySet().stream().filter(id -> id.startsWith("t:0:")).mapToLong(id -> s.published().getOrDefault(id, 0L)).sum();
        assertTrue(s.isSuppressed("t:0:2") || s.isSuppressed("t:R:0"), "a third cell or the total: " + s.suppressed());
        assertEquals(0, mass);
        assertSafe(s);
    }

    @Test
    void homogeneousCellIsSuppressedEvenWhenLarge() {
        CellSystem system = Tables.single(new long[][] {{9, 0}, {6, 7}});
        system.disclosing("t:0:0", "all chose the first option");
        Suppression s = suppressor.suppress(system);
        assertEquals(Reason.HOMOGENEOUS, s.suppressed().get("t:0:0"));
        assertSafe(s);
    }

    @Test
    void twoTablesSharingTheUnitTotals() {
        // unit x gender and unit x age band: the unit totals are the same cells
        CellSystem system = new CellSystem();
        Tables.table(system, "g", new long[][] {{6, 1}, {20, 25}, {14, 11}}, "unit", "all");
        Tables.table(system, "a", new long[][] {{7, 0, 0}, {15, 15, 15}, {5, 10, 10}}, "unit", "all");
        Suppression s = suppressor.suppress(system);
        assertTrue(s.isSuppressed("g:0:1"));
        assertSafe(s);
    }

    @Test
    void unitWithAllChildrenInOneAgeBandAndFewChildren() {
        CellSystem system = new CellSystem();
        Tables.table(system, "g", new long[][] {{2, 1}, {20, 25}, {14, 11}}, "unit", "all");
        Tables.table(system, "a", new long[][] {{0, 3, 0}, {15, 15, 15}, {5, 10, 10}}, "unit", "all");
        Suppression s = suppressor.suppress(system);
        assertTrue(s.isSuppressed("unit:0"), "3 children in the unit");
        assertTrue(s.isSuppressed("a:0:1"));
        assertSafe(s);
    }

    @Test
    void oneGenderWithOneChild() {
        CellSystem system = new CellSystem();
        Tables.table(system, "ug", new long[][] {{10, 12, 1}, {20, 25, 0}}, "unit", "all");
        Suppression s = suppressor.suppress(system);
        assertTrue(s.isSuppressed("ug:0:2"));
        assertTrue(s.isSuppressed("ug:T:2"), "the gender's total of 1 child");
        assertSafe(s);
    }

    @Test
    void allCellsSmall() {
        Suppression s = suppressor.suppress(Tables.single(new long[][] {{1, 2}, {1, 1}}));
        assertTrue(s.suppressed().keySet().containsAll(java.util.Set.of("t:0:0", "t:0:1", "t:1:0", "t:1:1")));
        assertEquals(5L, s.published().get("t:T:T"), "the 5 children together are a group of k: publishable");
        assertSafe(s);
    }

    @Test
    void deterministic() {
        long[][] cells = {{3, 8, 9, 1}, {12, 4, 0, 7}, {6, 6, 6, 6}};
        assertEquals(suppressor.suppress(Tables.single(cells)).suppressed(), suppressor.suppress(Tables.single(cells)).suppressed());
    }

    @Test
    void rejectsInconsistentInput() {
        CellSystem system = new CellSystem().cell("a", 1).cell("b", 2).cell("t", 4);
        assertThrows(IllegalStateException.class, () -> system.equation("t", List.of("a", "b")));
        assertThrows(IllegalStateException.class, () -> system.cell("a", 2));
        assertThrows(IllegalArgumentException.class, () -> new Suppressor(1));
    }
}
