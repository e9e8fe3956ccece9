package se.delaktig.questionnaire.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import se.delaktig.api.questionnaire.Attention;
import se.delaktig.api.questionnaire.Domain;
import se.delaktig.api.questionnaire.ItemType;
import se.delaktig.api.questionnaire.Problem;
import se.delaktig.api.questionnaire.Questionnaire;
import se.delaktig.api.questionnaire.Respondent;
import se.delaktig.api.questionnaire.ReviewStatus;
import se.delaktig.questionnaire.internal.Defs;

class DefinitionReaderTest {

    private static List<String> problems(Consumer<ObjectNode> edit) {
        DefinitionReader.Result r = DefinitionReader.read(Defs.edited(Defs.EXAMPLE, edit), (b, f) -> true);
        assertNull(r.questionnaire());
        return r.problems().stream().map(Problem::toString).toList();
    }

    private static void assertProblem(String expected, Consumer<ObjectNode> edit) {
        List<String> found = problems(edit);
        assertTrue(found.contains(expected), () -> "expected " + expected + " in " + found);
    }

    @Test
    void readsTheDocumentedExample() {
        Questionnaire q = Defs.parse(Defs.EXAMPLE);
        assertEquals("exempel-8-12", q.id());
        assertEquals("1.0.0", q.version().toString());
        assertEquals(Respondent.CHILD, q.respondent());
        assertEquals(List.of("sv", "en"), q.languages());
        assertEquals(ReviewStatus.DRAFT, q.review().status());
        assertEquals(7, q.allItems().size());
        var faces = q.item("home-how").orElseThrow();
        assertEquals(ItemType.FACES, faces.type());
        assertEquals(Domain.HOME, faces.domain(), "inherited from the group");
        assertEquals(Domain.SAFETY, q.item("home-safe").orElseThrow().domain(), "own domain wins");
        assertEquals(Attention.SIGNALS_DANGER, q.item("home-safe").orElseThrow().option("no").attention());
        assertEquals(0.0, faces.option("sad").value());
        assertTrue(faces.declineAllowed());
        assertTrue(faces.tellMore());
        assertTrue(faces.audio().isEmpty());
        assertEquals("se.delaktig.standard-questionnaires", q.resourceBundle());
        assertEquals(2000, q.item("own-words-know").orElseThrow().maxLength());
        assertNull(q.item("practice-weather").orElseThrow().domain());
    }

    @Test
    void readsAudioPerLanguage() {
        DefinitionReader.Result r = DefinitionReader.read(Defs.edited(Defs.EXAMPLE,
                root -> Defs.at(root, "items.2.items.0").putObject("audio").put("sv", "audio/sv/home-how.mp3")), (b, f) -> true);
        assertEquals(List.of(), r.problems());
        assertEquals(java.util.Map.of("sv", "audio/sv/home-how.mp3"), r.questionnaire().item("home-how").orElseThrow().audio());
    }

    @Test
    void readsTheFollowUpForm() {
        Questionnaire q = Defs.parse(Defs.FOLLOW_UP);
        assertEquals(Respondent.CASEWORKER, q.respondent());
        assertFalse(q.item("goals").orElseThrow().declineAllowed());
        assertEquals(5, q.item("mood").orElseThrow().scale());
    }

    @Test
    void namesThePathOfAMissingTranslation() {
        assertProblem("items[0].answerOption[1].text: missing \"en\"",
                root -> Defs.at(root, "items.0.answerOption.1.text").remove("en"));
    }

    @Test
    void rejectsALanguageTheQuestionnaireDoesNotDeclare() {
        assertProblem("items[1].text: \"fi\" is not a language of this questionnaire",
                root -> Defs.at(root, "items.1.text").put("fi", "Moi"));
    }

    @Test
    void rejectsBlankTextsAndMissingAltTexts() {
        assertProblem("title.sv: must be a non-empty string", root -> Defs.at(root, "title").put("sv", " "));
        assertProblem("items[0].answerOption[0].picture.alt: missing \"sv\"",
                root -> Defs.at(root, "items.0.answerOption.0.picture.alt").remove("sv"));
    }

    @Test
    void rejectsUnknownFieldsButIgnoresComments() {
        assertProblem("items[2].enableWen: unknown field", root -> Defs.at(root, "items.2").put("enableWen", 1));
        DefinitionReader.Result ok = DefinitionReader.read(Defs.edited(Defs.EXAMPLE,
                root -> root.put("_comment", "note")), (b, f) -> true);
        assertTrue(ok.valid(), ok.problems()::toString);
    }

    @Test
    void rejectsFieldsThatDoNotApplyToTheType() {
        assertProblem("items[1].scale: not allowed for type \"info\"", root -> Defs.at(root, "items.1").put("scale", 3));
    }

    @Test
    void checksTheRootFields() {
        assertProblem("format: must be \"delaktig-questionnaire/1\"", root -> root.put("format", "x"));
        assertProblem("id: \"Barn 8\" is not an id (lower-case letters, digits and single hyphens, at most 64)",
                root -> root.put("id", "Barn 8"));
        assertProblem("version: \"1.0\" is not a semantic version MAJOR.MINOR.PATCH", root -> root.put("version", "1.0"));
        assertProblem("respondent: must be \"child\" or \"caseworker\"", root -> root.put("respondent", "parent"));
        assertProblem("ageBand: \"from\" (13) is greater than \"to\" (12)", root -> Defs.at(root, "ageBand").put("from", 13));
        assertProblem("languages[1]: \"sv\" is listed twice", root -> ((ArrayNode) root.get("languages")).set(1, "sv"));
        assertProblem("review.reviewedBy: missing", root -> Defs.at(root, "review").put("status", "reviewed")
                .put("reviewedOn", "2026-01-01"));
        assertProblem("items: missing", root -> root.remove("items"));
    }

    @Test
    void checksFacesAndYesNoOptions() {
        assertProblem("items[2].items[0].answerOption: a 3-step faces scale must have the codes sad, neutral, happy in that order (saddest first)",
                root -> Defs.at(root, "items.2.items.0.answerOption.0").put("code", "bad"));
        assertProblem("items[2].items[0].scale: must be 3 or 5", root -> Defs.at(root, "items.2.items.0").put("scale", 4));
        assertProblem("items[2].items[1].answerOption: must have the codes yes, no and optionally dont-know, in that order",
                root -> ((ArrayNode) Defs.at(root, "items.2.items.1").get("answerOption")).remove(0));
    }

    @Test
    void rejectsDuplicateLinkIdsAndOptionCodes() {
        assertProblem("items[3].linkId: \"practice-weather\" is used by an earlier item",
                root -> Defs.at(root, "items.3").put("linkId", "practice-weather"));
        assertProblem("items[0].answerOption[1].code: \"sun\" is used by an earlier option of this item",
                root -> Defs.at(root, "items.0.answerOption.1").put("code", "sun"));
    }

    @Test
    void checksFilePaths() {
        assertProblem("items[0].answerOption[0].picture.file: must end in .svg",
                root -> Defs.at(root, "items.0.answerOption.0.picture").put("file", "pictures/sun.png"));
        assertProblem("items[2].items[0].audio.sv: \"../secret.mp3\" is not a relative path of letters, digits, _ . - and /",
                root -> Defs.at(root, "items.2.items.0").putObject("audio").put("sv", "../secret.mp3"));
        DefinitionReader.Result r = DefinitionReader.read(Defs.text(Defs.EXAMPLE),
                (bundle, file) -> !file.equals("pictures/sun.svg"));
        assertEquals(List.of("items[0].answerOption[0].picture.file: \"pictures/sun.svg\" is not in the resource bundle"),
                r.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void reportsInvalidJsonWithoutThrowing() {
        DefinitionReader.Result r = DefinitionReader.read("{\"id\": ", null);
        assertTrue(r.problems().get(0).message().startsWith("not valid JSON"), r.problems()::toString);
        assertFalse(DefinitionReader.read("[]", null).valid());
        assertFalse(DefinitionReader.read("{\"a\":1,\"a\":2}", null).valid());
        assertFalse(DefinitionReader.read("", null).valid());
    }

    @Test
    void listsEveryFaultNotJustTheFirst() {
        List<String> found = problems(root -> {
            root.remove("title");
            Defs.at(root, "items.1").remove("text");
        });
        assertTrue(found.contains("title: missing") && found.contains("items[1].text: missing"), found::toString);
    }
}
