package se.delaktig.caseworker.internal.result;

import se.delaktig.api.questionnaire.Attention;
import se.delaktig.api.questionnaire.Domain;

/**
 * One answer as the caseworker sees it. {@code answer} and {@code ownWords} may hold the child's own
 * words: hostile input, only ever inserted escaped.
 *
 * @param linkId   the question's linkId
 * @param order    the question's position in the questionnaire (reading order)
 * @param question the question's text in the page's language
 * @param domain   the question's domain, or {@code null}
 * @param answer   the chosen options' labels or the child's text; {@code null} when declined
 * @param declined whether the child chose "I don't want to answer"
 * @param ownWords the "tell me more" text, or {@code null}
 * @param freeText whether {@code answer} is the child's free text (a text question)
 * @param attention the strongest attention of the chosen options
 * @param value    the mean numeric value of the chosen options (for charts), or {@code null}
 */
public record AnswerRow(String linkId, int order, String question, Domain domain, String answer, boolean declined,
        String ownWords, boolean freeText, Attention attention, Double value) {

    /** @return 0 signals danger, 1 needs attention, 2 the child's own words, 3 the rest */
    public int group() {
        if (attention == Attention.SIGNALS_DANGER) {
            return 0;
        }
        if (attention == Attention.NEEDS_ATTENTION) {
            return 1;
        }
        if (hasOwnWords()) {
            return 2;
        }
        return 3;
    }

    /** @return whether the row carries words the child wrote */
    public boolean hasOwnWords() {
        return (freeText && answer != null && !answer.isBlank()) || (ownWords != null && !ownWords.isBlank())
                || (domain == Domain.OWN_WORDS && !declined);
    }

    /** @return {@code "danger"}, {@code "attention"}, {@code "words"} or {@code "rest"}: the template's class and text key */
    public String groupName() {
        return switch (group()) {
            case 0 -> "danger";
            case 1 -> "attention";
            case 2 -> "words";
            default -> "rest";
        };
    }

    /** @return the domain's code, or {@code "none"} */
    public String domainCode() {
        return domain == null ? "none" : domain.code();
    }

    /** @return whether there is a "tell me more" text */
    public boolean hasTellMore() {
        return ownWords != null && !ownWords.isBlank();
    }
}
