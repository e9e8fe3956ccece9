package se.delaktig.statistics.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerifierTest {
    private final Verifier verifier = new Verifier(5);

    @Test
    void recoversASingleUnknownByTotalMinusParts() {
        List<Finding> findings = verifier.verify(Map.of("t", 30L, "b", 27L), Set.of("a"), List.of(new Equation("t", List.of("a", "b"))));
        assertEquals(Finding.Kind.RECOVERED, findings.get(0).kind());
        assertEquals(3, findings.get(0).value());
    }

    @Test
    void recoversASuppressedTotalFromItsParts() {
        List<Finding> findings = verifier.verify(Map.of("a", 10L, "b", 20L), Set.of("t"), List.of(new Equation("t", List.of("a", "b"))));
        assertEquals(30, findings.get(0).value());
    }

    @Test
    void zeroResidualMeansEveryHiddenPartIsZeroAndPropagates() {
        // row: t = a + b + c with t and c published equal, so a = b = 0; then column: u = a + d gives d
        List<Equation> equations = List.of(new Equation("t", List.of("a", "b", "c")), new Equation("u", List.of("a", "d")));
        List<Finding> findings = verifier.verify(Map.of("t", 9L, "c", 9L, "u", 2L), Set.of("a", "b", "d"), equations);
        assertTrue(findings.stream().anyMatch(f -> f.cell().equals("d") && f.value() == 2), findings.toString());
    }

    @Test
    void eliminationSolvesATriangleThatNoSingleEquationDoes() {
        // x + y = 10, y + z = 12, x + z = 14: every equation has two unknowns, together they fix all three
        List<Equation> equations = List.of(new Equation("r1", List.of("x", "y")), new Equation("r2", List.of("y", "z")),
                new Equation("r3", List.of("x", "z")));
        List<Finding> findings = verifier.verify(Map.of("r1", 10L, "r2", 12L, "r3", 14L), Set.of("x", "y", "z"), equations);
        assertEquals(3, findings.stream().filter(f -> f.kind() == Finding.Kind.RECOVERED).count(), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.cell().equals("x") && f.value() == 6));
    }

    @Test
    void aRectangleOfSuppressedCellsIsNotRecoverable() {
        CellSystem system = Tables.single(new long[][] {{2, 8, 30}, {9, 7, 30}});
        Set<String> hidden = Set.of("t:0:0", "t:0:1", "t:1:0", "t:1:1");
        Map<String, Long> published = new java.util.HashMap<>(system.values());
        hidden.forEach(published::remove);
        assertTrue(verifier.verify(published, hidden, system.equations()).stream().noneMatch(f -> f.kind() == Finding.Kind.RECOVERED));
    }

    @Test
    void aRectangleAcrossTwoTablesSharingMarginsIsCaught() {
        // unit totals shared: hide unit 0's total and one cell of it in table g -> table a's row gives the total back
        CellSystem system = new CellSystem();
        Tables.table(system, "g", new long[][] {{6, 2}, {20, 25}}, "unit", "all");
        Tables.table(system, "a", new long[][] {{4, 4}, {25, 20}}, "unit", "all");
        Set<String> hidden = Set.of("g:0:1", "g:0:0", "unit:0", "unit:1");
        Map<String, Long> published = new java.util.HashMap<>(system.values());
        hidden.forEach(published::remove);
        List<Finding> findings = verifier.verify(published, hidden, system.equations());
        assertTrue(findings.stream().anyMatch(f -> f.cell().equals("unit:0") && f.value() == 8), findings.toString());
    }

    @Test
    void reportsPublishedCellsUnderKAndSmallGroups() {
        List<Finding> findings = verifier.verify(Map.of("t", 30L, "c", 27L, "x", 3L), Set.of("a", "b"),
                List.of(new Equation("t", List.of("a", "b", "c"))));
        assertTrue(findings.stream().anyMatch(f -> f.kind() == Finding.Kind.PUBLISHED_UNDER_K && f.cell().equals("x")));
        assertTrue(findings.stream().anyMatch(f -> f.kind() == Finding.Kind.GROUP_UNDER_K && f.value() == 3));
    }
}
