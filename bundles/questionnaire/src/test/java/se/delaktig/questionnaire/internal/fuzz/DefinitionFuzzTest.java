package se.delaktig.questionnaire.internal.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import se.delaktig.api.questionnaire.Answer;
import se.delaktig.api.questionnaire.Item;
import se.delaktig.api.questionnaire.Questionnaire;
import se.delaktig.questionnaire.internal.Defs;
import se.delaktig.questionnaire.internal.format.DefinitionReader;
import se.delaktig.questionnaire.internal.rules.AnswerCheck;
import se.delaktig.questionnaire.internal.rules.Enablement;
import se.delaktig.questionnaire.internal.rules.FhirExport;

/**
 * Malformed definitions and answers end in validation problems, never in an exception. In a plain
 * {@code mvn test} these run as regression tests over the seed inputs in
 * {@code src/test/resources/.../DefinitionFuzzTestInputs/}; with {@code JAZZER_FUZZ=1} they fuzz for
 * {@code maxDuration}.
 */
class DefinitionFuzzTest {

    private static final Questionnaire EXAMPLE = Defs.parse(Defs.EXAMPLE);
    private static final Questionnaire FOLLOW_UP = Defs.parse(Defs.FOLLOW_UP);

    @FuzzTest(maxDuration = "20s")
    void parserNeverThrows(FuzzedDataProvider data) {
        boolean filesExist = data.consumeBoolean();
        String json = data.consumeRemainingAsString();
        DefinitionReader.Result r = DefinitionReader.read(json, (bundle, file) -> filesExist);
        if (r.valid()) {
            Questionnaire q = r.questionnaire();
            assertNotNull(q);
            FhirExport.questionnaire(q);
            Enablement.enabled(q, List.of());
            for (Item item : q.allItems()) {
                AnswerCheck.check(q, Answer.declined(item.linkId()));
            }
        } else {
            assertNull(r.questionnaire());
            assertEquals(false, r.problems().isEmpty());
        }
    }

    @FuzzTest(maxDuration = "20s")
    void answerValidationNeverThrows(FuzzedDataProvider data) {
        Questionnaire q = data.consumeBoolean() ? EXAMPLE : FOLLOW_UP;
        List<Answer> answers = new ArrayList<>();
        int count = data.consumeInt(0, 6);
        for (int i = 0; i < count; i++) {
            String linkId = data.consumeBoolean() ? data.pickValue(q.allItems()).linkId() : data.consumeString(20);
            List<String> codes = new ArrayList<>();
            int n = data.consumeInt(0, 3);
            for (int c = 0; c < n; c++) {
                Item item = q.item(linkId).orElse(null);
                codes.add(item != null && !item.answerOption().isEmpty() && data.consumeBoolean()
                        ? data.pickValue(item.answerOption()).code() : data.consumeString(10));
            }
            String text = data.consumeBoolean() ? data.consumeString(3000) : null;
            boolean declined = data.consumeBoolean();
            String tellMore = data.consumeBoolean() ? data.consumeString(1200) : null;
            Answer answer = new Answer(linkId, codes, text, declined, tellMore);
            AnswerCheck.check(q, answer);
            answers.add(answer);
        }
        Enablement.enabled(q, answers);
        FhirExport.response(q, answers, data.consumeBoolean());
    }
}
