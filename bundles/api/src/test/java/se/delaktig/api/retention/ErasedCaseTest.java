package se.delaktig.api.retention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ErasedCaseTest {

    @Test
    void nothingErasedEvenWhenAnonymisedRowsWereKept() {
        assertTrue(ErasedCase.NONE.nothing());
        assertTrue(new ErasedCase(0, 0, 0, 0, 0, 4, 2).nothing(), "retained extracts are not erased rows");
        assertFalse(new ErasedCase(0, 0, 0, 1, 0, 0, 0).nothing());
        assertFalse(new ErasedCase(0, 0, 0, 0, 1, 0, 0).nothing());
    }
}
