package se.delaktig.statistics.aggregate;

import java.util.Objects;

/**
 * One version of one questionnaire: answers to different versions are counted apart, since a
 * changed question or option list is not comparable.
 *
 * @param id      the questionnaire id
 * @param version its semantic version, such as {@code 1.2.0}
 */
public record QuestionnaireRef(Code id, Code version) implements Comparable<QuestionnaireRef> {
    /** Checks the components. */
    public QuestionnaireRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
    }

    /** @param id the id @param version the version @return the reference */
    public static QuestionnaireRef of(String id, String version) {
        return new QuestionnaireRef(Code.of(id), Code.of(version));
    }

    /** @return {@code id@version} */
    public String key() {
        return id + "@" + version;
    }

    @Override
    public int compareTo(QuestionnaireRef other) {
        int byId = id.compareTo(other.id);
        return byId != 0 ? byId : version.compareTo(other.version);
    }

    @Override
    public String toString() {
        return key();
    }
}
