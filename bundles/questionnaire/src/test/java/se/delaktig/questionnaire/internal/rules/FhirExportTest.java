package se.delaktig.questionnaire.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.delaktig.api.questionnaire.Answer;
import se.delaktig.api.questionnaire.Questionnaire;
import se.delaktig.questionnaire.internal.Defs;

class FhirExportTest {

    private final Questionnaire example = Defs.parse(Defs.EXAMPLE);

    private static JsonNode json(String s) throws Exception {
        return Defs.MAPPER.readTree(s);
    }

    private static JsonNode ext(JsonNode node, String name) {
        for (JsonNode e : node.path("extension")) {
            if (e.path("url").asText().endsWith("/" + name) || e.path("url").asText().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static void collectLinkIds(JsonNode items, List<String> into) {
        for (JsonNode i : items) {
            into.add(i.get("linkId").asText());
            collectLinkIds(i.path("item"), into);
        }
    }

    @Test
    void questionnaireHasTheR4Structure() throws Exception {
        JsonNode q = json(FhirExport.questionnaire(example));
        assertEquals("Questionnaire", q.get("resourceType").asText());
        assertEquals("https://delaktig.se/fhir/Questionnaire/exempel-8-12", q.get("url").asText());
        assertEquals("1.0.0", q.get("version").asText());
        assertEquals("draft", q.get("status").asText());
        assertEquals("Hur har du det?", q.get("title").asText());
        JsonNode tr = q.get("_title").get("extension").get(0);
        assertEquals("http://hl7.org/fhir/StructureDefinition/translation", tr.get("url").asText());
        assertEquals("How are you?", tr.get("extension").get(1).get("valueString").asText());
        assertEquals("child", ext(q, "respondent").get("valueCode").asText());
        assertEquals("Exempel_8_12", q.get("name").asText());
        List<String> ids = new ArrayList<>();
        collectLinkIds(q.get("item"), ids);
        assertEquals(example.allItems().stream().map(i -> i.linkId()).toList(), ids, "no item lost, nesting kept");

        JsonNode group = q.get("item").get(2);
        assertEquals("group", group.get("type").asText());
        JsonNode faces = group.get("item").get(0);
        assertEquals("choice", faces.get("type").asText());
        assertEquals("faces", ext(faces, "item-type").get("valueCode").asText());
        assertEquals(3, ext(faces, "faces-scale").get("valueInteger").asInt());
        JsonNode sad = faces.get("answerOption").get(0);
        assertEquals("sad", sad.get("valueCoding").get("code").asText());
        assertEquals(0.0, ext(sad, "http://hl7.org/fhir/StructureDefinition/ordinalValue").get("valueDecimal").asDouble());
        assertEquals("needs-attention", ext(sad, "attention").get("valueCode").asText());
        assertEquals("display", q.get("item").get(1).get("type").asText());
        JsonNode why = group.get("item").get(2);
        assertEquals("text", why.get("type").asText());
        assertEquals(1000, why.get("maxLength").asInt());
        assertEquals("any", why.get("enableBehavior").asText());
        assertEquals("no", why.get("enableWhen").get(0).get("answerCoding").get("code").asText());
        assertEquals("=", why.get("enableWhen").get(0).get("operator").asText());
        JsonNode sun = q.get("item").get(0).get("answerOption").get(0);
        assertEquals("pictures/sun.svg", ext(sun, "picture").get("extension").get(0).get("valueString").asText());
    }

    @Test
    void theNameIsAnIdentifierAsQue0Wants() {
        for (String id : List.of("barn-8-12", "uppfoljning-handlaggare", "5-7", "a")) {
            String name = FhirExport.name(id);
            assertTrue(name.matches("[A-Z]([A-Za-z0-9_]){0,254}"), id + " -> " + name);
        }
        assertEquals("Barn_5_7", FhirExport.name("barn-5-7"));
        assertEquals("Q5_7", FhirExport.name("5-7"));
    }

    @Test
    void anAnswerWithNeitherCodesNorTextHasNoAnswerArray() throws Exception {
        JsonNode r = json(FhirExport.response(example, List.of(
                new Answer("practice-weather", List.of(), null, false, "Inget väder"),
                Answer.ofCodes("home-how", "happy")), false));
        JsonNode practice = r.get("item").get(0);
        assertEquals("practice-weather", practice.get("linkId").asText());
        assertFalse(practice.has("answer"), practice.toString());
        assertEquals("Inget väder", ext(practice, "tell-more").get("valueString").asText());
        assertEquals(1, r.get("item").get(1).get("item").get(0).get("answer").size());
    }

    @Test
    void multipleChoiceRepeatsAndReviewedIsActive() throws Exception {
        JsonNode q = json(FhirExport.questionnaire(Defs.parse(Defs.FOLLOW_UP)));
        assertEquals("active", q.get("status").asText());
        assertTrue(q.get("item").get(0).get("repeats").asBoolean());
        assertFalse(ext(q.get("item").get(0), "decline-allowed").get("valueBoolean").asBoolean());
    }

    @Test
    void responseNestsAnswersAndKeepsDeclineAndTellMore() throws Exception {
        JsonNode r = json(FhirExport.response(example, List.of(
                Answer.ofCodes("practice-weather", "sun"),
                new Answer("home-how", List.of("sad"), null, false, "We moved."),
                Answer.declined("home-safe"),
                Answer.ofText("own-words-know", "Hej")), true));
        assertEquals("QuestionnaireResponse", r.get("resourceType").asText());
        assertEquals("https://delaktig.se/fhir/Questionnaire/exempel-8-12|1.0.0", r.get("questionnaire").asText());
        assertEquals("completed", r.get("status").asText());
        JsonNode items = r.get("item");
        assertEquals("sun", items.get(0).get("answer").get(0).get("valueCoding").get("code").asText());
        JsonNode home = items.get(1);
        assertEquals("home", home.get("linkId").asText());
        assertEquals("We moved.", ext(home.get("item").get(0), "tell-more").get("valueString").asText());
        JsonNode declined = home.get("item").get(1);
        assertTrue(ext(declined, "declined").get("valueBoolean").asBoolean());
        assertFalse(declined.has("answer"));
        assertEquals("Hej", items.get(2).get("answer").get(0).get("valueString").asText());
    }
}
