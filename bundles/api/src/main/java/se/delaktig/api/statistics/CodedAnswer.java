package se.delaktig.api.statistics;

import java.util.List;
import java.util.Objects;

/**
 * The chosen option codes of one answered question, as statistics may see them: no text. A declined
 * answer and a text answer never appear as a {@code CodedAnswer}.
 *
 * @param linkId the question
 * @param codes  the chosen option codes, at least one
 */
public record CodedAnswer(String linkId, List<String> codes) {
    /** Checks the components and copies the codes. */
    public CodedAnswer {
        Objects.requireNonNull(linkId, "linkId");
        codes = List.copyOf(codes);
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("a coded answer has at least one code");
        }
    }
}
