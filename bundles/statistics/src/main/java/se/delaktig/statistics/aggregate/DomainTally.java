package se.delaktig.statistics.aggregate;

/**
 * The sums behind a domain index in one group, in thousandths so that they add up exactly.
 *
 * @param children          responses with at least one valued answer in the domain
 * @param answers           valued answers
 * @param sumMillis         sum of the option values
 * @param sumSquaresMicros  sum of the squared option values (thousandths squared), to see whether all are equal
 */
public record DomainTally(long children, long answers, long sumMillis, long sumSquaresMicros) {
    /** Nothing counted. */
    public static final DomainTally ZERO = new DomainTally(0, 0, 0, 0);

    /** @param other another tally @return the sum of both */
    public DomainTally plus(DomainTally other) {
        return new DomainTally(children + other.children, answers + other.answers,
                sumMillis + other.sumMillis, sumSquaresMicros + other.sumSquaresMicros);
    }

    /** @return the mean option value, or NaN without answers */
    public double mean() {
        return answers == 0 ? Double.NaN : sumMillis / 1000.0 / answers;
    }

    /**
     * Whether every answer had the same value: then the mean tells each child's answer. Exact:
     * n * sum(x^2) == sum(x)^2 holds only when the variance is zero.
     *
     * @return whether all values are equal (true when there are none)
     */
    public boolean homogeneous() {
        return Math.multiplyHigh(answers, sumSquaresMicros) == Math.multiplyHigh(sumMillis, sumMillis)
                && answers * sumSquaresMicros == sumMillis * sumMillis;
    }
}
