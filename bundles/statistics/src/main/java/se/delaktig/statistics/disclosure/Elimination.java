package se.delaktig.statistics.disclosure;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Exact Gauss-Jordan elimination over the integers (fraction-free, sparse rows kept primitive by
 * their gcd) that finds which unknowns a linear system determines uniquely: x_i is determined exactly
 * when e_i lies in the row space, i.e. when a row of the reduced form has a single non-zero coefficient.
 */
final class Elimination {
    private static final int RHS = -1;
    private final List<String> unknowns;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<TreeMap<Integer, BigInteger>> rows = new ArrayList<>();

    /** @param unknowns the unknowns' names, in column order */
    Elimination(List<String> unknowns) {
        this.unknowns = List.copyOf(unknowns);
        for (int i = 0; i < this.unknowns.size(); i++) {
            columns.put(this.unknowns.get(i), i);
        }
    }

    /** @param coefficients coefficient per unknown (absent = 0) @param rhs the right-hand side */
    void row(Map<String, Long> coefficients, long rhs) {
        TreeMap<Integer, BigInteger> row = new TreeMap<>();
        coefficients.forEach((name, c) -> {
            if (c != 0) {
                row.put(columns.get(name), BigInteger.valueOf(c));
            }
        });
        if (rhs != 0) {
            row.put(RHS, BigInteger.valueOf(rhs));
        }
        rows.add(row);
    }

    /** @return the uniquely determined unknowns and their values */
    Map<String, Long> determined() {
        List<TreeMap<Integer, BigInteger>> reduced = new ArrayList<>();
        List<TreeMap<Integer, BigInteger>> pending = new ArrayList<>(rows);
        for (TreeMap<Integer, BigInteger> row : pending) {
            // reduce the new row by every pivot row so far, then use it to reduce them (Gauss-Jordan)
            for (TreeMap<Integer, BigInteger> pivot : reduced) {
                int col = pivotColumn(pivot);
                BigInteger a = row.get(col);
                if (a != null) {
                    combine(row, pivot, col, a);
                }
            }
            if (pivotColumn(row) < 0) {
                continue;
            }
            int col = pivotColumn(row);
            for (TreeMap<Integer, BigInteger> other : reduced) {
                BigInteger a = other.get(col);
                if (a != null) {
                    combine(other, row, col, a);
                }
            }
            reduced.add(row);
        }
        Map<String, Long> result = new LinkedHashMap<>();
        for (TreeMap<Integer, BigInteger> row : reduced) {
            if (row.tailMap(0).size() == 1) {
                int col = pivotColumn(row);
                BigInteger rhs = row.getOrDefault(RHS, BigInteger.ZERO);
                result.put(unknowns.get(col), rhs.divide(row.get(col)).longValueExact());
            }
        }
        return result;
    }

    private static int pivotColumn(TreeMap<Integer, BigInteger> row) {
        Integer first = row.ceilingKey(0);
        return first == null ? -1 : first;
    }

    /** row := row * p - pivot * a, where p is the pivot's coefficient in col and a the row's. */
    private static void combine(TreeMap<Integer, BigInteger> row, TreeMap<Integer, BigInteger> pivot, int col, BigInteger a) {
        BigInteger p = pivot.get(col);
        if (!p.equals(BigInteger.ONE)) {
            row.replaceAll((c, v) -> v.multiply(p));
        }
        pivot.forEach((c, v) -> {
            BigInteger next = row.getOrDefault(c, BigInteger.ZERO).subtract(v.multiply(a));
            if (next.signum() == 0) {
                row.remove(c);
            } else {
                row.put(c, next);
            }
        });
        BigInteger g = BigInteger.ZERO;
        for (BigInteger v : row.values()) {
            g = g.gcd(v);
        }
        final BigInteger gcd = g;
        if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
            row.replaceAll((c, v) -> v.divide(gcd));
        }
    }
}
