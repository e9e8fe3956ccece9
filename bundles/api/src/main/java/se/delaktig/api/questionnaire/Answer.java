package se.delaktig.api.questionnaire;

import java.util.List;
import java.util.Objects;

/**
 * The answer to one item, as the portal records it. Check it with
 * {@link QuestionnaireEngine#validateAnswer(Questionnaire, Answer)}.
 *
 * @param linkId   the item answered
 * @param codes    chosen option codes (choice, faces, yes-no), otherwise empty
 * @param text     the free text (text, long-text), otherwise {@code null}
 * @param declined "I don't want to answer": then {@code codes} is empty and {@code text} null
 * @param tellMore the optional "tell me more" text, or {@code null}
 */
public record Answer(String linkId, List<String> codes, String text, boolean declined, String tellMore) {
    /** Checks the components and copies the codes. */
    public Answer {
        Objects.requireNonNull(linkId, "linkId");
        codes = codes == null ? List.of() : List.copyOf(codes);
    }

    /** @param linkId the item @param codes the chosen codes @return a choice answer */
    public static Answer ofCodes(String linkId, String... codes) {
        return new Answer(linkId, List.of(codes), null, false, null);
    }

    /** @param linkId the item @param text the text @return a text answer */
    public static Answer ofText(String linkId, String text) {
        return new Answer(linkId, List.of(), text, false, null);
    }

    /** @param linkId the item @return "I don't want to answer" */
    public static Answer declined(String linkId) {
        return new Answer(linkId, List.of(), null, true, null);
    }

    /** @return whether this counts as an answer for branching: given and not declined */
    public boolean given() {
        return !declined && (!codes.isEmpty() || (text != null && !text.isBlank()));
    }
}
