package se.delaktig.standardquestionnaires;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import se.delaktig.api.questionnaire.AnswerOption;
import se.delaktig.api.questionnaire.Attention;
import se.delaktig.api.questionnaire.EnableWhen;
import se.delaktig.api.questionnaire.Item;
import se.delaktig.api.questionnaire.ItemType;
import se.delaktig.api.questionnaire.Operator;
import se.delaktig.api.questionnaire.Picture;
import se.delaktig.api.questionnaire.Questionnaire;
import se.delaktig.api.questionnaire.Texts;
import se.delaktig.questionnaire.internal.osgi.EngineComponent;

/**
 * The FHIR R4 export of every shipped definition, walked together with the model item by item:
 * every field of the model is found in the export (as FHIR element or extension) and the export
 * has no extension the model does not explain, so the export is without loss.
 */
class FhirExportTest {

    static final List<String> IDS = Shipped.IDS;
    static final String EXT = "https://delaktig.se/fhir/StructureDefinition/";
    static final String TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation";
    static final String ORDINAL = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
    static final String ITEM_CONTROL = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
    static final Map<ItemType, String> FHIR_TYPES = Map.of(ItemType.GROUP, "group", ItemType.INFO, "display",
            ItemType.SINGLE_CHOICE, "choice", ItemType.MULTIPLE_CHOICE, "choice", ItemType.FACES, "choice",
            ItemType.YES_NO, "choice", ItemType.TEXT, "string", ItemType.LONG_TEXT, "text");

    @ParameterizedTest
    @FieldSource("IDS")
    void theExportIsWithoutLoss(String id) throws Exception {
        Questionnaire q = Shipped.parse(id);
        JsonNode f = new ObjectMapper().readTree(new EngineComponent().toFhirQuestionnaire(q));
        String lang = q.defaultLanguage();
        assertEquals("Questionnaire", f.get("resourceType").asText());
        assertEquals(id + "-1.0.0", f.get("id").asText());
        assertEquals("https://delaktig.se/fhir/Questionnaire/" + id, f.get("url").asText());
        assertEquals("1.0.0", f.get("version").asText());
        assertTrue(f.get("name").asText().matches("[A-Z]([A-Za-z0-9_]){0,254}"), "que-0: " + f.get("name"));
        assertEquals("draft", f.get("status").asText());
        assertEquals(lang, f.get("language").asText());
        texts(id + " title", q.title(), f, "title", lang);
        texts(id + " description", q.description(), f, "description", lang);

        Map<String, List<JsonNode>> ext = extensions(f);
        assertEquals(List.of("age-band", "languages", "read-aloud", "respondent", "review"), List.copyOf(ext.keySet()),
                id + ": no resource-bundle (own pictures), no attributions (own CC0 pictures)");
        assertEquals(q.respondent().code(), one(ext, "respondent").get("valueCode").asText());
        JsonNode band = one(ext, "age-band").get("extension");
        assertEquals(q.ageBand().from() + "-" + q.ageBand().to(),
                band.get(0).get("valueInteger").asInt() + "-" + band.get(1).get("valueInteger").asInt());
        List<String> languages = new ArrayList<>();
        one(ext, "languages").get("extension").forEach(l -> languages.add(l.get("valueCode").asText()));
        assertEquals(q.languages(), languages);
        assertEquals(q.readAloud(), one(ext, "read-aloud").get("valueBoolean").asBoolean());
        JsonNode review = one(ext, "review").get("extension");
        assertEquals(q.review().status().code(), review.get(0).get("valueCode").asText());
        texts(id + " review note", q.review().note(), review.get(1), "valueString", lang);

        items(q, q.items(), f.get("item"));
    }

    private static void items(Questionnaire q, List<Item> model, JsonNode fhir) {
        String lang = q.defaultLanguage();
        assertEquals(model.size(), fhir == null ? 0 : fhir.size(), "items of a level");
        for (int n = 0; n < model.size(); n++) {
            Item i = model.get(n);
            JsonNode f = fhir.get(n);
            String at = q.id() + " " + i.linkId();
            assertEquals(i.linkId(), f.get("linkId").asText(), "order kept");
            assertEquals(FHIR_TYPES.get(i.type()), f.get("type").asText(), at);
            texts(at + " text", i.text(), f, "text", lang);

            Map<String, List<JsonNode>> ext = extensions(f);
            List<String> expected = new ArrayList<>(List.of("item-type"));
            assertEquals(i.type().code(), one(ext, "item-type").get("valueCode").asText(), at);
            if (i.domain() != null) {
                expected.add("domain");
                assertEquals(i.domain().code(), one(ext, "domain").get("valueCode").asText(), at);
            }
            if (i.explanation() != null) {
                expected.add("explanation");
                texts(at + " explanation", i.explanation(), one(ext, "explanation"), "valueString", lang);
            }
            expected.addAll(media(at, i.picture(), i.audio(), ext, lang));
            if (i.type().answerable()) {
                expected.addAll(List.of("decline-allowed", "tell-more"));
                assertEquals(i.declineAllowed(), one(ext, "decline-allowed").get("valueBoolean").asBoolean(), at);
                assertEquals(i.tellMore(), one(ext, "tell-more").get("valueBoolean").asBoolean(), at);
                assertFalse(f.get("required").asBoolean(), at + ": a declined answer has no answer in FHIR");
            } else {
                assertFalse(f.has("required"), at);
            }
            if (i.tellMorePrompt() != null) {
                expected.add("tell-more-prompt");
                texts(at + " tellMorePrompt", i.tellMorePrompt(), one(ext, "tell-more-prompt"), "valueString", lang);
            }
            if (i.type() == ItemType.FACES) {
                expected.addAll(List.of("faces-scale", ITEM_CONTROL));
                assertEquals(i.scale(), one(ext, "faces-scale").get("valueInteger").asInt(), at);
            }
            assertEquals(expected.stream().sorted().toList(), List.copyOf(ext.keySet()), at + ": extensions");
            assertEquals(i.type() == ItemType.MULTIPLE_CHOICE, f.path("repeats").asBoolean(false), at + " repeats");
            assertEquals(i.maxLength(), f.path("maxLength").asInt(0), at + " maxLength");
            enableWhen(q, i, f, at);
            options(q, i, f.get("answerOption"), at);
            items(q, i.items(), f.get("item"));
        }
    }

    private static void enableWhen(Questionnaire q, Item i, JsonNode f, String at) {
        JsonNode conditions = f.get("enableWhen");
        assertEquals(i.enableWhen().size(), conditions == null ? 0 : conditions.size(), at + " enableWhen");
        if (i.enableWhen().isEmpty()) {
            assertFalse(f.has("enableBehavior"), at);
            return;
        }
        assertEquals(i.enableBehavior().code(), f.get("enableBehavior").asText(), at);
        for (int n = 0; n < i.enableWhen().size(); n++) {
            EnableWhen w = i.enableWhen().get(n);
            JsonNode c = conditions.get(n);
            assertEquals(w.question(), c.get("question").asText(), at);
            assertEquals(w.operator().code(), c.get("operator").asText(), at);
            if (w.operator() == Operator.EXISTS) {
                assertEquals(w.answerExists(), c.get("answerBoolean").asBoolean(), at);
            } else {
                assertEquals(system(q, w.question()), c.get("answerCoding").get("system").asText(), at);
                assertEquals(w.answerCode(), c.get("answerCoding").get("code").asText(), at);
            }
        }
    }

    private static void options(Questionnaire q, Item i, JsonNode fhir, String at) {
        String lang = q.defaultLanguage();
        assertEquals(i.answerOption().size(), fhir == null ? 0 : fhir.size(), at + " options");
        for (int n = 0; n < i.answerOption().size(); n++) {
            AnswerOption o = i.answerOption().get(n);
            JsonNode f = fhir.get(n);
            String where = at + "=" + o.code();
            JsonNode coding = f.get("valueCoding");
            assertEquals(system(q, i.linkId()), coding.get("system").asText(), where);
            assertEquals(o.code(), coding.get("code").asText(), where);
            texts(where + " text", o.text(), coding, "display", lang);
            Map<String, List<JsonNode>> ext = extensions(f);
            List<String> expected = new ArrayList<>();
            if (o.value() != null) {
                expected.add(ORDINAL);
                assertEquals(o.value(), one(ext, ORDINAL).get("valueDecimal").asDouble(), where);
            }
            if (o.attention() != Attention.NONE) {
                expected.add("attention");
                assertEquals(o.attention().code(), one(ext, "attention").get("valueCode").asText(), where);
            }
            if (o.explanation() != null) {
                expected.add("explanation");
                texts(where + " explanation", o.explanation(), one(ext, "explanation"), "valueString", lang);
            }
            expected.addAll(media(where, o.picture(), o.audio(), ext, lang));
            assertEquals(expected.stream().sorted().toList(), List.copyOf(ext.keySet()), where + ": extensions");
        }
    }

    /** @return the extension names the picture and audio account for, after checking them */
    private static List<String> media(String at, Picture picture, Map<String, String> audio,
            Map<String, List<JsonNode>> ext, String lang) {
        List<String> names = new ArrayList<>();
        if (picture != null) {
            names.add("picture");
            JsonNode parts = one(ext, "picture").get("extension");
            assertEquals(picture.file(), parts.get(0).get("valueString").asText(), at);
            texts(at + " picture.alt", picture.alt(), parts.get(1), "valueString", lang);
        }
        if (!audio.isEmpty()) {
            names.add("audio");
            Map<String, String> exported = new TreeMap<>();
            ext.get("audio").forEach(a -> exported.put(a.get("extension").get(0).get("valueCode").asText(),
                    a.get("extension").get(1).get("valueString").asText()));
            assertEquals(new TreeMap<>(audio), exported, at + " audio");
        }
        return names;
    }

    /** Checks the default-language text in {@code field} and every other language as a translation on {@code _field}. */
    private static void texts(String at, Texts texts, JsonNode node, String field, String lang) {
        if (texts == null) {
            assertFalse(node.has(field) || node.has("_" + field), at + " is absent");
            return;
        }
        Map<String, String> exported = new TreeMap<>();
        exported.put(lang, node.get(field).asText());
        for (JsonNode tr : node.path("_" + field).path("extension")) {
            assertEquals(TRANSLATION, tr.get("url").asText(), at);
            exported.put(tr.get("extension").get(0).get("valueCode").asText(), tr.get("extension").get(1).get("valueString").asText());
        }
        assertEquals(new TreeMap<>(texts.byLanguage()), exported, at + ": every language");
    }

    /** @return extensions by short name (the project's) or full URL (HL7's), sorted by name */
    private static Map<String, List<JsonNode>> extensions(JsonNode node) {
        Map<String, List<JsonNode>> out = new TreeMap<>();
        for (JsonNode e : node.path("extension")) {
            String url = e.get("url").asText();
            out.computeIfAbsent(url.startsWith(EXT) ? url.substring(EXT.length()) : url, k -> new ArrayList<>()).add(e);
        }
        return out;
    }

    private static JsonNode one(Map<String, List<JsonNode>> ext, String name) {
        List<JsonNode> found = ext.get(name);
        assertTrue(found != null && found.size() == 1, name + " once: " + found);
        return found.get(0);
    }

    private static String system(Questionnaire q, String linkId) {
        return "https://delaktig.se/fhir/CodeSystem/" + q.id() + "/" + linkId;
    }

    @org.junit.jupiter.api.Test
    void everyItemTypeHasAFhirType() {
        // the walk would not notice a type added to the format without a mapping here
        assertEquals(ItemType.values().length, FHIR_TYPES.size());
    }
}
