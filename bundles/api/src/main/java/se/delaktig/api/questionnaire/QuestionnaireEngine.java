package se.delaktig.api.questionnaire;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The rules of a questionnaire for the bundles that show and read it: branching, answer checks
 * and FHIR R4 export. Implemented by the questionnaire bundle; stateless and thread-safe.
 */
@ProviderType
public interface QuestionnaireEngine {

    /**
     * Which items are shown, given the answers so far (answers to items not shown are ignored,
     * declined answers count as no answer).
     *
     * @param questionnaire the version being answered
     * @param answers       the answers given so far, at most one per linkId
     * @return linkIds of every enabled item (a group's items only when the group is enabled)
     */
    Set<String> enabledItems(Questionnaire questionnaire, Collection<Answer> answers);

    /**
     * Checks one answer against its item: the value is allowed for the type and options, decline
     * only where allowed, text lengths within limits, "tell me more" only where offered.
     *
     * @param questionnaire the version being answered
     * @param answer        the answer
     * @return every fault, paths relative to the answer ({@code codes[1]}, {@code text}); empty when valid
     */
    List<Problem> validateAnswer(Questionnaire questionnaire, Answer answer);

    /**
     * @param questionnaire a version
     * @return a FHIR R4 {@code Questionnaire} resource as JSON, Delaktig-only fields kept as extensions
     */
    String toFhirQuestionnaire(Questionnaire questionnaire);

    /**
     * @param questionnaire the version answered
     * @param answers       the answers
     * @param completed     whether the respondent sent them ({@code completed}) or not yet ({@code in-progress})
     * @return a FHIR R4 {@code QuestionnaireResponse} as JSON, items nested as in the questionnaire
     */
    String toFhirResponse(Questionnaire questionnaire, Collection<Answer> answers, boolean completed);
}
