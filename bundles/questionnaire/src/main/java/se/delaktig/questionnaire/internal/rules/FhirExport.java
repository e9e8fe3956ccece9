package se.delaktig.questionnaire.internal.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.delaktig.api.questionnaire.Answer;
import se.delaktig.api.questionnaire.AnswerOption;
import se.delaktig.api.questionnaire.Attention;
import se.delaktig.api.questionnaire.Attribution;
import se.delaktig.api.questionnaire.EnableWhen;
import se.delaktig.api.questionnaire.Item;
import se.delaktig.api.questionnaire.Operator;
import se.delaktig.api.questionnaire.Picture;
import se.delaktig.api.questionnaire.Questionnaire;
import se.delaktig.api.questionnaire.ReviewStatus;
import se.delaktig.api.questionnaire.Texts;

/** FHIR R4 Questionnaire and QuestionnaireResponse JSON; Delaktig-only fields become extensions. */
public final class FhirExport {

    /** Base of the project's FHIR URLs. */
    public static final String BASE = "https://delaktig.se/fhir";
    /** Base of the project's extension URLs: {@code BASE/StructureDefinition/<name>}. */
    public static final String EXT = BASE + "/StructureDefinition/";
    static final String TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation";
    static final String ORDINAL = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
    static final String ITEM_CONTROL = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FhirExport() {
    }

    /** @param q a version @return a FHIR R4 Questionnaire as JSON */
    public static String questionnaire(Questionnaire q) {
        ObjectNode r = MAPPER.createObjectNode();
        r.put("resourceType", "Questionnaire");
        r.put("id", q.id() + "-" + q.version());
        ArrayNode ext = r.putArray("extension");
        ext.add(code("respondent", q.respondent().code()));
        ObjectNode age = ext.addObject().put("url", EXT + "age-band");
        age.putArray("extension").add(integer("from", q.ageBand().from())).add(integer("to", q.ageBand().to()));
        ObjectNode langs = ext.addObject().put("url", EXT + "languages");
        ArrayNode langExt = langs.putArray("extension");
        q.languages().forEach(l -> langExt.addObject().put("url", "language").put("valueCode", l));
        ext.add(bool("read-aloud", q.readAloud()));
        if (q.resourceBundle() != null) {
            ext.add(string("resource-bundle", q.resourceBundle()));
        }
        for (Attribution a : q.attributions()) {
            ObjectNode at = ext.addObject().put("url", EXT + "attribution");
            ArrayNode parts = at.putArray("extension");
            parts.addObject().put("url", "text").put("valueString", a.text());
            parts.addObject().put("url", "license").put("valueString", a.license());
            if (a.url() != null) {
                parts.addObject().put("url", "url").put("valueUri", a.url());
            }
        }
        ObjectNode review = ext.addObject().put("url", EXT + "review");
        ArrayNode rparts = review.putArray("extension");
        rparts.addObject().put("url", "status").put("valueCode", q.review().status().code());
        if (q.review().note() != null) {
            texts(rparts.addObject().put("url", "note"), "valueString", q.review().note(), q.defaultLanguage());
        }
        if (q.review().reviewedBy() != null) {
            rparts.addObject().put("url", "reviewedBy").put("valueString", q.review().reviewedBy());
        }
        if (q.review().reviewedOn() != null) {
            rparts.addObject().put("url", "reviewedOn").put("valueDate", q.review().reviewedOn().toString());
        }
        r.put("url", BASE + "/Questionnaire/" + q.id());
        r.put("version", q.version().toString());
        r.put("name", name(q.id()));
        texts(r, "title", q.title(), q.defaultLanguage());
        r.put("status", q.review().status() == ReviewStatus.REVIEWED ? "active" : "draft");
        r.put("language", q.defaultLanguage());
        if (q.description() != null) {
            texts(r, "description", q.description(), q.defaultLanguage());
        }
        ArrayNode items = r.putArray("item");
        q.items().forEach(i -> items.add(item(q, i)));
        return r.toPrettyString();
    }

    private static ObjectNode item(Questionnaire q, Item item) {
        String lang = q.defaultLanguage();
        ObjectNode n = MAPPER.createObjectNode();
        ArrayNode ext = n.putArray("extension");
        ext.add(code("item-type", item.type().code()));
        if (item.domain() != null) {
            ext.add(code("domain", item.domain().code()));
        }
        if (item.explanation() != null) {
            ext.add(texts(MAPPER.createObjectNode().put("url", EXT + "explanation"), "valueString", item.explanation(), lang));
        }
        media(ext, item.picture(), item.audio(), lang);
        if (item.type().answerable()) {
            ext.add(bool("decline-allowed", item.declineAllowed()));
            ext.add(bool("tell-more", item.tellMore()));
            if (item.tellMorePrompt() != null) {
                ext.add(texts(MAPPER.createObjectNode().put("url", EXT + "tell-more-prompt"), "valueString",
                        item.tellMorePrompt(), lang));
            }
        }
        if (item.type() == se.delaktig.api.questionnaire.ItemType.FACES) {
            ext.add(integer("faces-scale", item.scale()));
            ObjectNode control = ext.addObject().put("url", ITEM_CONTROL);
            control.putObject("valueCodeableConcept").putArray("coding").addObject()
                    .put("system", "http://hl7.org/fhir/questionnaire-item-control").put("code", "radio-button");
        }
        n.put("linkId", item.linkId());
        texts(n, "text", item.text(), lang);
        n.put("type", switch (item.type()) {
            case GROUP -> "group";
            case INFO -> "display";
            case TEXT -> "string";
            case LONG_TEXT -> "text";
            default -> "choice";
        });
        if (!item.enableWhen().isEmpty()) {
            ArrayNode ew = n.putArray("enableWhen");
            for (EnableWhen c : item.enableWhen()) {
                ObjectNode e = ew.addObject().put("question", c.question()).put("operator", c.operator().code());
                if (c.operator() == Operator.EXISTS) {
                    e.put("answerBoolean", c.answerExists());
                } else {
                    e.putObject("answerCoding").put("system", system(q, c.question())).put("code", c.answerCode());
                }
            }
            n.put("enableBehavior", item.enableBehavior().code());
        }
        if (item.type().answerable()) {
            n.put("required", false);
        }
        if (item.type() == se.delaktig.api.questionnaire.ItemType.MULTIPLE_CHOICE) {
            n.put("repeats", true);
        }
        if (item.maxLength() > 0) {
            n.put("maxLength", item.maxLength());
        }
        if (!item.answerOption().isEmpty()) {
            ArrayNode opts = n.putArray("answerOption");
            for (AnswerOption o : item.answerOption()) {
                opts.add(option(q, item, o));
            }
        }
        if (!item.items().isEmpty()) {
            ArrayNode children = n.putArray("item");
            item.items().forEach(c -> children.add(item(q, c)));
        }
        return n;
    }

    private static ObjectNode option(Questionnaire q, Item item, AnswerOption o) {
        String lang = q.defaultLanguage();
        ObjectNode n = MAPPER.createObjectNode();
        ArrayNode ext = n.putArray("extension");
        if (o.value() != null) {
            ext.addObject().put("url", ORDINAL).put("valueDecimal", o.value());
        }
        if (o.attention() != Attention.NONE) {
            ext.add(code("attention", o.attention().code()));
        }
        if (o.explanation() != null) {
            ext.add(texts(MAPPER.createObjectNode().put("url", EXT + "explanation"), "valueString", o.explanation(), lang));
        }
        media(ext, o.picture(), o.audio(), lang);
        if (ext.isEmpty()) {
            n.remove("extension");
        }
        ObjectNode coding = n.putObject("valueCoding");
        coding.put("system", system(q, item.linkId())).put("code", o.code());
        texts(coding, "display", o.text(), lang);
        return n;
    }

    private static void media(ArrayNode ext, Picture picture, Map<String, String> audio, String lang) {
        if (picture != null) {
            ObjectNode p = ext.addObject().put("url", EXT + "picture");
            ArrayNode parts = p.putArray("extension");
            parts.addObject().put("url", "file").put("valueString", picture.file());
            parts.add(texts(MAPPER.createObjectNode().put("url", "alt"), "valueString", picture.alt(), lang));
        }
        audio.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            ObjectNode a = ext.addObject().put("url", EXT + "audio");
            a.putArray("extension").addObject().put("url", "language").put("valueCode", e.getKey());
            a.withArray("extension").addObject().put("url", "file").put("valueString", e.getValue());
        });
    }

    /**
     * FHIR's que-0 wants a name usable as an identifier, {@code [A-Z]([A-Za-z0-9_]){0,254}}:
     * {@code barn-8-12} becomes {@code Barn_8_12}, an id that starts with a digit gets a {@code Q}.
     */
    static String name(String id) {
        String n = id.replace('-', '_');
        return Character.isDigit(n.charAt(0)) ? "Q" + n : Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    static String system(Questionnaire q, String linkId) {
        return BASE + "/CodeSystem/" + q.id() + "/" + linkId;
    }

    /** Puts the default-language text in {@code field} and the others as translation extensions on {@code _field}. */
    private static ObjectNode texts(ObjectNode into, String field, Texts texts, String lang) {
        into.put(field, texts.get(lang, lang));
        ArrayNode translations = MAPPER.createArrayNode();
        texts.byLanguage().forEach((l, t) -> {
            if (!l.equals(lang)) {
                ObjectNode tr = translations.addObject().put("url", TRANSLATION);
                tr.putArray("extension").addObject().put("url", "lang").put("valueCode", l);
                tr.withArray("extension").addObject().put("url", "content").put("valueString", t);
            }
        });
        if (!translations.isEmpty()) {
            into.putObject("_" + field).set("extension", translations);
        }
        return into;
    }

    private static ObjectNode code(String name, String value) {
        return MAPPER.createObjectNode().put("url", EXT + name).put("valueCode", value);
    }

    private static ObjectNode string(String name, String value) {
        return MAPPER.createObjectNode().put("url", EXT + name).put("valueString", value);
    }

    private static ObjectNode bool(String name, boolean value) {
        return MAPPER.createObjectNode().put("url", EXT + name).put("valueBoolean", value);
    }

    private static ObjectNode integer(String name, int value) {
        boolean nested = !name.contains("-") && (name.equals("from") || name.equals("to"));
        return MAPPER.createObjectNode().put("url", nested ? name : EXT + name).put("valueInteger", value);
    }

    /**
     * @param q         the version answered
     * @param answers   the answers
     * @param completed sent or not yet
     * @return a FHIR R4 QuestionnaireResponse as JSON
     */
    public static String response(Questionnaire q, Collection<Answer> answers, boolean completed) {
        Map<String, Answer> byId = new HashMap<>();
        answers.forEach(a -> byId.put(a.linkId(), a));
        ObjectNode r = MAPPER.createObjectNode();
        r.put("resourceType", "QuestionnaireResponse");
        r.put("questionnaire", BASE + "/Questionnaire/" + q.id() + "|" + q.version());
        r.put("status", completed ? "completed" : "in-progress");
        r.put("language", q.defaultLanguage());
        ArrayNode items = responseItems(q, q.items(), byId);
        if (!items.isEmpty()) {
            r.set("item", items);
        }
        return r.toPrettyString();
    }

    private static ArrayNode responseItems(Questionnaire q, List<Item> items, Map<String, Answer> answers) {
        ArrayNode out = MAPPER.createArrayNode();
        for (Item item : items) {
            if (item.type() == se.delaktig.api.questionnaire.ItemType.GROUP) {
                ArrayNode children = responseItems(q, item.items(), answers);
                if (!children.isEmpty()) {
                    ObjectNode g = out.addObject().put("linkId", item.linkId());
                    g.set("item", children);
                }
                continue;
            }
            Answer a = answers.get(item.linkId());
            if (a == null || !item.type().answerable()) {
                continue;
            }
            ObjectNode n = out.addObject();
            ArrayNode ext = MAPPER.createArrayNode();
            if (a.declined()) {
                ext.add(bool("declined", true));
            }
            if (a.tellMore() != null) {
                ext.add(string("tell-more", a.tellMore()));
            }
            if (!ext.isEmpty()) {
                n.set("extension", ext);
            }
            n.put("linkId", item.linkId());
            if (!a.declined()) {
                ArrayNode values = MAPPER.createArrayNode();
                for (String code : a.codes()) {
                    AnswerOption o = item.option(code);
                    ObjectNode coding = values.addObject().putObject("valueCoding")
                            .put("system", system(q, item.linkId())).put("code", code);
                    if (o != null) {
                        coding.put("display", o.text().get(q.defaultLanguage(), q.defaultLanguage()));
                    }
                }
                if (a.text() != null) {
                    values.addObject().put("valueString", a.text());
                }
                if (!values.isEmpty()) { // FHIR: an answer array, when present, is not empty
                    n.set("answer", values);
                }
            }
        }
        return out;
    }
}
