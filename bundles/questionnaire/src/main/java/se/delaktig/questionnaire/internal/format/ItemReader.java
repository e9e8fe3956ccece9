package se.delaktig.questionnaire.internal.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.delaktig.api.questionnaire.AnswerOption;
import se.delaktig.api.questionnaire.Domain;
import se.delaktig.api.questionnaire.EnableBehavior;
import se.delaktig.api.questionnaire.EnableWhen;
import se.delaktig.api.questionnaire.Item;
import se.delaktig.api.questionnaire.ItemType;
import se.delaktig.api.questionnaire.Operator;
import se.delaktig.api.questionnaire.Picture;
import se.delaktig.api.questionnaire.Texts;

/** Reads the items of a definition, recording what the branching check needs. */
final class ItemReader {

    static final int MAX_DEPTH = 4;
    static final int MAX_ITEMS = 500;
    static final int MAX_OPTIONS = 12;
    static final List<String> FACES_3 = List.of("sad", "neutral", "happy");
    static final List<String> FACES_5 = List.of("very-sad", "sad", "neutral", "happy", "very-happy");
    static final List<String> YES_NO = List.of("yes", "no", "dont-know");
    private static final List<String> PICTURE_ENDINGS = List.of(".svg");
    private static final List<String> AUDIO_ENDINGS = List.of(".mp3", ".ogg", ".opus", ".m4a", ".webm");

    private static final Set<String> COMMON = Set.of("linkId", "type", "text", "domain", "explanation", "picture",
            "audio", "enableWhen", "enableBehavior");
    private static final Set<String> ANSWERABLE = Set.of("declineAllowed", "tellMore", "tellMorePrompt");

    /** An item as met in reading order, for the branching check. */
    record Visited(String linkId, String path, ItemType type, Set<String> codes, List<String> ancestors,
                   List<Condition> conditions) {
    }

    /** An enableWhen condition as written, with its path. */
    record Condition(String path, String question, Operator operator, String code) {
    }

    private final Fields f;
    private final java.util.function.Predicate<String> resources;
    private final List<Visited> visited = new ArrayList<>();
    private final Set<String> linkIds = new HashSet<>();
    private final List<String> ancestors = new ArrayList<>();

    ItemReader(Fields f, java.util.function.Predicate<String> resources) {
        this.f = f;
        this.resources = resources;
    }

    List<Visited> visited() {
        return visited;
    }

    List<Item> readItems(JsonNode array, String path, Domain inherited, int depth) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String here = Fields.at(path, i);
            if (visited.size() >= MAX_ITEMS) {
                f.add(here, "more than " + MAX_ITEMS + " items in the document");
                break;
            }
            JsonNode node = array.get(i);
            if (!node.isObject()) {
                f.add(here, "must be an object");
                continue;
            }
            Item item = readItem(node, here, inherited, depth);
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    private Item readItem(JsonNode node, String path, Domain inherited, int depth) {
        String linkId = f.id(node, path, "linkId", true);
        if (linkId != null && !linkIds.add(linkId)) {
            f.add(Fields.at(path, "linkId"), "\"" + linkId + "\" is used by an earlier item");
            linkId = null;
        }
        String typeCode = f.string(node, path, "type", true);
        ItemType type = typeCode == null ? null : ItemType.ofCode(typeCode);
        if (typeCode != null && type == null) {
            f.add(Fields.at(path, "type"), "\"" + Fields.clip(typeCode)
                    + "\" is not an item type (group, info, single-choice, multiple-choice, faces, yes-no, text, long-text)");
        }
        Set<String> all = new HashSet<>(COMMON);
        all.addAll(ANSWERABLE);
        all.addAll(Set.of("items", "answerOption", "scale", "maxLength"));
        if (type != null) {
            f.onlyFields(node, path, allowed(type), all, "for type \"" + type.code() + "\"");
        } else {
            f.onlyFields(node, path, all, null);
        }
        Texts text = f.texts(node, path, "text", true);
        Domain domain = inherited;
        String domainCode = f.string(node, path, "domain", false);
        if (domainCode != null) {
            domain = Domain.ofCode(domainCode);
            if (domain == null) {
                f.add(Fields.at(path, "domain"), "\"" + Fields.clip(domainCode) + "\" is not a domain (home, school, "
                        + "leisure, health, safety, network, social-services, own-words)");
            }
        }
        Texts explanation = f.texts(node, path, "explanation", false);
        Picture picture = picture(node, path);
        Map<String, String> audio = audio(node, path);
        List<Condition> conditions = new ArrayList<>();
        List<EnableWhen> enableWhen = enableWhen(node, path, conditions);
        EnableBehavior behavior = enableBehavior(node, path, enableWhen.size());

        Visited me = new Visited(linkId, path, type, new HashSet<>(), List.copyOf(ancestors), conditions);
        visited.add(me);

        List<Item> children = List.of();
        List<AnswerOption> options = List.of();
        int scale = 0;
        int maxLength = 0;
        boolean declineAllowed = false;
        boolean tellMore = false;
        Texts tellMorePrompt = null;
        if (type == ItemType.GROUP) {
            JsonNode items = f.array(node, path, "items", true);
            if (items != null) {
                if (items.isEmpty()) {
                    f.add(Fields.at(path, "items"), "a group must have at least one item");
                } else if (depth >= MAX_DEPTH) {
                    f.add(Fields.at(path, "items"), "groups nest at most " + MAX_DEPTH + " levels deep");
                } else {
                    if (linkId != null) {
                        ancestors.add(linkId);
                    }
                    children = readItems(items, Fields.at(path, "items"), domain, depth + 1);
                    if (linkId != null) {
                        ancestors.remove(ancestors.size() - 1);
                    }
                }
            }
        }
        if (type != null && type.answerable()) {
            Boolean decline = f.bool(node, path, "declineAllowed");
            declineAllowed = decline == null || decline;
            Boolean more = f.bool(node, path, "tellMore");
            tellMore = Boolean.TRUE.equals(more);
            tellMorePrompt = f.texts(node, path, "tellMorePrompt", false);
            if (tellMorePrompt != null && !tellMore) {
                f.add(Fields.at(path, "tellMorePrompt"), "only allowed with \"tellMore\": true");
            }
        }
        if (type == ItemType.FACES) {
            Integer s = f.integer(node, path, "scale", true, 3, 5);
            if (s != null && s != 3 && s != 5) {
                f.add(Fields.at(path, "scale"), "must be 3 or 5");
            } else if (s != null) {
                scale = s;
            }
        }
        if (type == ItemType.TEXT || type == ItemType.LONG_TEXT) {
            int limit = type == ItemType.TEXT ? 500 : 4000;
            Integer m = f.integer(node, path, "maxLength", false, 1, limit);
            maxLength = m != null ? m : (type == ItemType.TEXT ? 200 : 2000);
        }
        if (type != null && type.choice()) {
            options = new OptionReader(f, resources).read(node, path, type, scale);
            options.forEach(o -> me.codes().add(o.code()));
        }
        if (linkId == null || type == null || text == null || (domainCode != null && domain == null)) {
            return null;
        }
        return new Item(linkId, type, text, domain, explanation, picture, audio, enableWhen, behavior, children,
                options, scale, maxLength, declineAllowed, tellMore, tellMorePrompt);
    }

    private static Set<String> allowed(ItemType type) {
        Set<String> allowed = new HashSet<>(COMMON);
        if (type.answerable()) {
            allowed.addAll(ANSWERABLE);
        }
        switch (type) {
            case GROUP -> allowed.add("items");
            case FACES -> {
                allowed.add("scale");
                allowed.add("answerOption");
            }
            case SINGLE_CHOICE, MULTIPLE_CHOICE, YES_NO -> allowed.add("answerOption");
            case TEXT, LONG_TEXT -> allowed.add("maxLength");
            default -> { }
        }
        return allowed;
    }

    Picture picture(JsonNode node, String path) {
        JsonNode p = f.object(node, path, "picture", false);
        if (p == null) {
            return null;
        }
        String here = Fields.at(path, "picture");
        f.onlyFields(p, here, Set.of("file", "alt"), null);
        String file = f.string(p, here, "file", true);
        if (file != null) {
            file = f.file(file, Fields.at(here, "file"), PICTURE_ENDINGS);
            file = exists(file, Fields.at(here, "file"));
        }
        Texts alt = f.texts(p, here, "alt", true);
        return file == null || alt == null ? null : new Picture(file, alt);
    }

    Map<String, String> audio(JsonNode node, String path) {
        JsonNode a = f.object(node, path, "audio", false);
        Map<String, String> audio = new LinkedHashMap<>();
        if (a == null) {
            return audio;
        }
        String here = Fields.at(path, "audio");
        a.fields().forEachRemaining(e -> {
            String language = e.getKey();
            String at = Fields.at(here, language);
            if (!f.languages.isEmpty() && !f.languages.contains(language)) {
                f.add(here, "\"" + Fields.clip(language) + "\" is not a language of this questionnaire");
            } else if (!e.getValue().isTextual()) {
                f.add(at, "must be a file path");
            } else {
                String file = exists(f.file(e.getValue().asText(), at, AUDIO_ENDINGS), at);
                if (file != null) {
                    audio.put(language, file);
                }
            }
        });
        return audio;
    }

    private String exists(String file, String path) {
        if (file != null && resources != null && !resources.test(file)) {
            f.add(path, "\"" + file + "\" is not in the resource bundle");
            return null;
        }
        return file;
    }

    private List<EnableWhen> enableWhen(JsonNode node, String path, List<Condition> conditions) {
        JsonNode array = f.array(node, path, "enableWhen", false);
        List<EnableWhen> list = new ArrayList<>();
        if (array == null) {
            return list;
        }
        String base = Fields.at(path, "enableWhen");
        if (array.isEmpty()) {
            f.add(base, "must have at least one condition (or be left out)");
        }
        for (int i = 0; i < array.size(); i++) {
            String here = Fields.at(base, i);
            JsonNode c = array.get(i);
            if (!c.isObject()) {
                f.add(here, "must be an object");
                continue;
            }
            f.onlyFields(c, here, Set.of("question", "operator", "answer"), null);
            String question = f.id(c, here, "question", true);
            String opCode = f.string(c, here, "operator", true);
            Operator op = opCode == null ? null : Operator.ofCode(opCode);
            if (opCode != null && op == null) {
                f.add(Fields.at(here, "operator"), "must be \"=\", \"!=\" or \"exists\"");
            }
            JsonNode answer = f.field(c, here, "answer", true);
            String code = null;
            boolean exists = false;
            boolean ok = answer != null;
            if (answer != null && op == Operator.EXISTS) {
                ok = answer.isBoolean();
                exists = answer.asBoolean();
                if (!ok) {
                    f.add(Fields.at(here, "answer"), "must be true or false for \"exists\"");
                }
            } else if (answer != null && op != null) {
                ok = answer.isTextual() && Fields.ID.matcher(answer.asText()).matches();
                code = answer.asText();
                if (!ok) {
                    f.add(Fields.at(here, "answer"), "must be an option code for \"" + op.code() + "\"");
                }
            }
            if (question != null && op != null && ok) {
                list.add(new EnableWhen(question, op, code, exists));
                conditions.add(new Condition(here, question, op, code));
            }
        }
        return list;
    }

    private EnableBehavior enableBehavior(JsonNode node, String path, int conditions) {
        String code = f.string(node, path, "enableBehavior", false);
        EnableBehavior behavior = code == null ? null : EnableBehavior.ofCode(code);
        if (code != null && behavior == null) {
            f.add(Fields.at(path, "enableBehavior"), "must be \"all\" or \"any\"");
        } else if (code == null && conditions > 1) {
            f.add(Fields.at(path, "enableBehavior"), "missing: required with two or more conditions (\"all\" or \"any\")");
        } else if (code != null && !node.has("enableWhen")) {
            f.add(Fields.at(path, "enableBehavior"), "only allowed with \"enableWhen\"");
        }
        return behavior == null ? EnableBehavior.ALL : behavior;
    }
}
