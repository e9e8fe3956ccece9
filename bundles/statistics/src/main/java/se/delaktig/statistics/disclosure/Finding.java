package se.delaktig.statistics.disclosure;

/**
 * Something the verifier could learn from the published figures that it must not.
 *
 * @param kind  what kind of leak
 * @param cell  the cell concerned (for a group: the equation's total)
 * @param value the value it learned (the recovered count, the group's size, or the published value)
 * @param how   how, in words, for test failures and logs
 */
public record Finding(Kind kind, String cell, long value, String how) {
    /** The kinds of leak. */
    public enum Kind {
        /** A suppressed cell's exact value follows from the published figures. */
        RECOVERED,
        /** A published cell holds 1 to k-1 children. */
        PUBLISHED_UNDER_K,
        /** The suppressed cells of one published equation hold together 1 to k-1 children. */
        GROUP_UNDER_K
    }
}
