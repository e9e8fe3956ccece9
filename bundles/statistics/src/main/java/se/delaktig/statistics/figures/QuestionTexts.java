package se.delaktig.statistics.figures;

import java.util.List;
import java.util.Optional;

/**
 * A question's text for a title and its options' texts for the answer tables' headings, from the
 * questionnaire definition (codes are shown when it has none).
 */
@FunctionalInterface
public interface QuestionTexts {
    /** Knows no texts: titles and headings show the codes. */
    QuestionTexts NONE = (questionnaire, linkId, language) -> Optional.empty();

    /**
     * @param questionnaire {@code id@version}
     * @param linkId        the question
     * @param language      {@code sv} or {@code en}
     * @return the question's text in that language, if known
     */
    Optional<String> text(String questionnaire, String linkId, String language);

    /**
     * @param questionnaire {@code id@version}
     * @param linkId        the question
     * @param code          one of its option codes
     * @param language      {@code sv} or {@code en}
     * @return the option's text in that language, if known (none by default)
     */
    default Optional<String> option(String questionnaire, String linkId, String code, String language) {
        return Optional.empty();
    }

    /**
     * @param questionnaire {@code id@version}
     * @param linkId        the question
     * @return its option codes in the order the questionnaire asks them, if known (none by default)
     */
    default List<String> optionOrder(String questionnaire, String linkId) {
        return List.of();
    }
}
