package se.delaktig.statistics.disclosure;

/** Why a cell is suppressed. */
public enum Reason {
    /** Built from 1 to k-1 children (primary). */
    UNDER_K,
    /** Every child in the group gave the same answer, or all values are equal (primary). */
    HOMOGENEOUS,
    /** Suppressed so that another suppressed cell cannot be worked out from the margins (secondary). */
    COMPLEMENTARY
}
