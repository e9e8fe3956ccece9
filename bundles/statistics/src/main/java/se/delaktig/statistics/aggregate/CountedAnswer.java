package se.delaktig.statistics.aggregate;

import java.util.Objects;

/**
 * One chosen option of one question, as statistics see it: codes and a number, never text. A
 * multiple-choice answer is several of these with the same question. Text answers, "tell me more"
 * texts and declined answers are not counted answers; the feeder leaves them out.
 *
 * @param question    the question's linkId
 * @param option      the chosen option's code
 * @param domain      the question's domain code, or {@code null} when it has none
 * @param valueMillis the option's value for domain indices in thousandths (exact sums), or {@code null}
 */
public record CountedAnswer(Code question, Code option, Code domain, Long valueMillis) {
    /** Checks the components: a value needs a domain to count in. */
    public CountedAnswer {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(option, "option");
        if (valueMillis != null && domain == null) {
            throw new IllegalArgumentException("a valued answer needs a domain");
        }
        if (valueMillis != null && Math.abs(valueMillis) > 1_000_000_000L) {
            throw new IllegalArgumentException("option value out of range");
        }
    }

    /** @param question linkId @param option code @return an answer that counts in no index */
    public static CountedAnswer of(String question, String option) {
        return new CountedAnswer(Code.of(question), Code.of(option), null, null);
    }

    /**
     * @param question linkId
     * @param option   code
     * @param domain   domain code
     * @param value    the option's value (rounded to thousandths)
     * @return an answer that counts in its domain's index
     */
    public static CountedAnswer valued(String question, String option, String domain, double value) {
        return new CountedAnswer(Code.of(question), Code.of(option), Code.of(domain), Math.round(value * 1000));
    }
}
