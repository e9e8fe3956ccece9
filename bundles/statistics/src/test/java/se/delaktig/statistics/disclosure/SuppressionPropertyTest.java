package se.delaktig.statistics.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Hundreds of seeded random linked tables: after suppression the verifier never learns anything. */
class SuppressionPropertyTest {

    @Test
    void singleTablesOfEveryShape() {
        Random random = new Random(20240601L);
        for (int i = 0; i < 400; i++) {
            int k = 3 + random.nextInt(8);
            long[][] cells = randomCells(random, 1 + random.nextInt(6), 1 + random.nextInt(6));
            check(Tables.single(cells), k, "table " + i);
        }
    }

    @Test
    void threeTablesSharingMarginsLikeThePublishedSet() {
        Random random = new Random(7L);
        for (int i = 0; i < 300; i++) {
            int units = 1 + random.nextInt(6);
            int genders = 2 + random.nextInt(3);
            int bands = 3;
            // draw unit x gender x band, publish its three two-way projections sharing margins
            long[][][] cube = new long[units][genders][bands];
            for (long[][] plane : cube) {
                for (long[] line : plane) {
                    for (int b = 0; b < bands; b++) {
                        line[b] = random.nextInt(4) == 0 ? 0 : random.nextInt(random.nextBoolean() ? 4 : 15);
                    }
                }
            }
            CellSystem system = new CellSystem();
            Tables.table(system, "ug", project(cube, 0), "unit", "all");
            Tables.table(system, "ua", project(cube, 1), "unit", "all");
            long[][] ga = new long[genders][bands];
            for (long[][] plane : cube) {
                for (int g = 0; g < genders; g++) {
                    for (int b = 0; b < bands; b++) {
                        ga[g][b] += plane[g][b];
                    }
                }
            }
            // gender totals of "ga" are the column totals of "ug": give them the same ids by naming
            Tables.table(system, "ga", ga, "ug:T", "all");
            check(system, 5, "cube " + i);
        }
    }

    private static long[][] project(long[][][] cube, int keep) {
        int units = cube.length;
        int width = keep == 0 ? cube[0].length : cube[0][0].length;
        long[][] result = new long[units][width];
        for (int u = 0; u < units; u++) {
            for (int g = 0; g < cube[u].length; g++) {
                for (int b = 0; b < cube[u][g].length; b++) {
                    result[u][keep == 0 ? g : b] += cube[u][g][b];
                }
            }
        }
        return result;
    }

    private static long[][] randomCells(Random random, int rows, int cols) {
        long[][] cells = new long[rows][cols];
        for (long[] row : cells) {
            for (int c = 0; c < cols; c++) {
                int kind = random.nextInt(5);
                row[c] = kind == 0 ? 0 : kind == 1 ? 1 + random.nextInt(4) : random.nextInt(40);
            }
        }
        return cells;
    }

    private static void check(CellSystem system, int k, String what) {
        Suppression s = new Suppressor(k).suppress(system);
        assertEquals(java.util.List.of(), s.verify(), what);
        s.published().forEach((id, v) -> assertFalse(v > 0 && v < k, what + ": " + id + " = " + v));
        system.values().forEach((id, v) -> assertFalse(v > 0 && v < k && !s.isSuppressed(id), what + ": " + id));
    }
}
