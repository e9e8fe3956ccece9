package se.delaktig.statistics.aggregate;

/** How periods are cut for publication; the aggregates always count by month. */
public enum Granularity {
    /** Calendar months, {@code 2024-03}. */
    MONTH,
    /** Calendar quarters, {@code 2024-Q1}. */
    QUARTER,
    /** Calendar years, {@code 2024}. */
    YEAR
}
