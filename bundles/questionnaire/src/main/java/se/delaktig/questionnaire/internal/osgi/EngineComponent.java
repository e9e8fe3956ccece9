package se.delaktig.questionnaire.internal.osgi;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import se.delaktig.api.questionnaire.Answer;
import se.delaktig.api.questionnaire.Problem;
import se.delaktig.api.questionnaire.Questionnaire;
import se.delaktig.api.questionnaire.QuestionnaireEngine;
import se.delaktig.questionnaire.internal.rules.AnswerCheck;
import se.delaktig.questionnaire.internal.rules.Enablement;
import se.delaktig.questionnaire.internal.rules.FhirExport;

/** The stateless {@link QuestionnaireEngine} service. */
@Component(service = QuestionnaireEngine.class)
public class EngineComponent implements QuestionnaireEngine {

    @Override
    public Set<String> enabledItems(Questionnaire questionnaire, Collection<Answer> answers) {
        return Enablement.enabled(questionnaire, answers);
    }

    @Override
    public List<Problem> validateAnswer(Questionnaire questionnaire, Answer answer) {
        return AnswerCheck.check(questionnaire, answer);
    }

    @Override
    public String toFhirQuestionnaire(Questionnaire questionnaire) {
        return FhirExport.questionnaire(questionnaire);
    }

    @Override
    public String toFhirResponse(Questionnaire questionnaire, Collection<Answer> answers, boolean completed) {
        return FhirExport.response(questionnaire, answers, completed);
    }
}
