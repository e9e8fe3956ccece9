package se.delaktig.host.api.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FigureCellTest {

    @Test
    void aSuppressedCellCarriesNoValue() {
        FigureCell cell = FigureCell.suppressedCell();
        assertTrue(cell.suppressed());
        assertNull(cell.value());
        assertEquals(Optional.empty(), cell.published());
    }

    @Test
    void aSuppressedCellCannotBeMadeWithAValue() {
        assertThrows(IllegalArgumentException.class, () -> new FigureCell(BigDecimal.ONE, true));
        assertThrows(IllegalArgumentException.class, () -> new FigureCell(BigDecimal.ZERO, true));
    }

    @Test
    void publishedAndEmptyCells() {
        assertEquals(Optional.of(BigDecimal.valueOf(12)), FigureCell.of(12).published());
        assertEquals(Optional.of(new BigDecimal("0.75")), FigureCell.of(new BigDecimal("0.75")).published());
        assertFalse(FigureCell.of(12).suppressed());
        FigureCell empty = FigureCell.empty();
        assertFalse(empty.suppressed(), "no data is not the same as withheld");
        assertEquals(Optional.empty(), empty.published());
    }
}
