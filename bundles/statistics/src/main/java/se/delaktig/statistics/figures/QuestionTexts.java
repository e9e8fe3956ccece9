package se.delaktig.statistics.figures;

import java.util.Optional;

/** A question's text for a title, from the questionnaire definition (codes are shown when it has none). */
@FunctionalInterface
public interface QuestionTexts {
    /** Knows no texts: titles show the codes. */
    QuestionTexts NONE = (questionnaire, linkId, language) -> Optional.empty();

    /**
     * @param questionnaire {@code id@version}
     * @param linkId        the question
     * @param language      {@code sv} or {@code en}
     * @return the question's text in that language, if known
     */
    Optional<String> text(String questionnaire, String linkId, String language);
}
