package se.delaktig.questionnaire.internal.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.delaktig.api.questionnaire.AgeRange;
import se.delaktig.api.questionnaire.Attribution;
import se.delaktig.api.questionnaire.Item;
import se.delaktig.api.questionnaire.Problem;
import se.delaktig.api.questionnaire.Questionnaire;
import se.delaktig.api.questionnaire.Respondent;
import se.delaktig.api.questionnaire.Review;
import se.delaktig.api.questionnaire.ReviewStatus;
import se.delaktig.api.questionnaire.SemanticVersion;
import se.delaktig.api.questionnaire.Texts;

/**
 * Reads and validates a definition document (format {@code delaktig-questionnaire/1}); never throws
 * on bad input, every fault becomes a {@link Problem} naming its JSON path.
 */
public final class DefinitionReader {

    /** Largest document accepted, in characters. */
    public static final int MAX_DOCUMENT = 1_000_000;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64).maxStringLength(MAX_DOCUMENT).maxNumberLength(40).build());
    }

    private static final Set<String> ROOT = Set.of("format", "id", "version", "title", "description", "respondent",
            "ageBand", "languages", "readAloud", "resourceBundle", "attributions", "review", "items");

    /** Answers whether a file exists in the definition's resource bundle; {@code null} skips the check. */
    @FunctionalInterface
    public interface ResourceCheck {
        /**
         * @param declaredBundle the document's {@code resourceBundle}, or {@code null} when it names none
         * @param file           a path as written in the document
         * @return whether it exists
         */
        boolean exists(String declaredBundle, String file);
    }

    /**
     * The outcome of reading a document.
     *
     * @param questionnaire the model, or {@code null} when there are problems
     * @param problems      every fault; empty when valid
     * @param claimedId     the id the document states, when readable (for reports about rejections)
     * @param claimedVersion the version it states, when readable
     */
    public record Result(Questionnaire questionnaire, List<Problem> problems, String claimedId, String claimedVersion) {
        /** @return whether the document is valid */
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private DefinitionReader() {
    }

    /**
     * @param json      the document
     * @param resources checks named pictures and audio exist, or {@code null} to skip
     * @return the model or every problem
     */
    public static Result read(String json, ResourceCheck resources) {
        if (json == null || json.isBlank()) {
            return failed(new Problem("", "the document is empty"));
        }
        if (json.length() > MAX_DOCUMENT) {
            return failed(new Problem("", "the document is larger than " + MAX_DOCUMENT + " characters"));
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            return failed(new Problem("", "not valid JSON" + where + ": " + Fields.clip(e.getOriginalMessage())));
        } catch (RuntimeException e) { // Jackson reports some constraint violations unchecked
            return failed(new Problem("", "not valid JSON: " + Fields.clip(String.valueOf(e.getMessage()))));
        }
        if (root == null || !root.isObject()) {
            return failed(new Problem("", "the document must be a JSON object"));
        }
        return new DefinitionReader().readRoot(root, resources);
    }

    private static Result failed(Problem problem) {
        return new Result(null, List.of(problem), null, null);
    }

    private Result readRoot(JsonNode root, ResourceCheck resources) {
        Fields f = new Fields();
        f.onlyFields(root, "", ROOT, null);
        String format = f.string(root, "", "format", true);
        if (format != null && !Questionnaire.FORMAT.equals(format)) {
            f.add("format", "must be \"" + Questionnaire.FORMAT + "\"");
        }
        String id = f.id(root, "", "id", true);
        String versionText = f.string(root, "", "version", true);
        SemanticVersion version = SemanticVersion.parse(versionText);
        if (versionText != null && version == null) {
            f.add("version", "\"" + Fields.clip(versionText) + "\" is not a semantic version MAJOR.MINOR.PATCH");
        }
        List<String> languages = languages(f, root);
        f.languages = languages;
        Texts title = f.texts(root, "", "title", true);
        Texts description = f.texts(root, "", "description", false);
        String respondentCode = f.string(root, "", "respondent", true);
        Respondent respondent = respondentCode == null ? null : Respondent.ofCode(respondentCode);
        if (respondentCode != null && respondent == null) {
            f.add("respondent", "must be \"child\" or \"caseworker\"");
        }
        AgeRange ageBand = ageBand(f, root);
        Boolean readAloud = f.bool(root, "", "readAloud");
        String resourceBundle = f.string(root, "", "resourceBundle", false);
        if (resourceBundle != null && !resourceBundle.matches("[A-Za-z0-9_.-]{1,200}")) {
            f.add("resourceBundle", "is not a bundle symbolic name");
            resourceBundle = null;
        }
        List<Attribution> attributions = attributions(f, root);
        Review review = review(f, root);
        String declared = resourceBundle;
        ItemReader items = new ItemReader(f, resources == null ? null : file -> resources.exists(declared, file));
        JsonNode itemsNode = f.array(root, "", "items", true);
        List<Item> itemList = List.of();
        if (itemsNode != null) {
            if (itemsNode.isEmpty()) {
                f.add("items", "must have at least one item");
            }
            itemList = items.readItems(itemsNode, "items", null, 1);
            Branching.check(f, items.visited());
        }
        if (!f.problems.isEmpty()) {
            return new Result(null, List.copyOf(f.problems), id, version == null ? null : version.toString());
        }
        Questionnaire q = new Questionnaire(id, version, title, description, respondent, ageBand, languages,
                Boolean.TRUE.equals(readAloud), resourceBundle, attributions, review, itemList);
        return new Result(q, List.of(), id, version.toString());
    }

    private static List<String> languages(Fields f, JsonNode root) {
        JsonNode node = f.array(root, "", "languages", true);
        if (node == null) {
            return List.of();
        }
        List<String> languages = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < node.size(); i++) {
            JsonNode l = node.get(i);
            String path = Fields.at("languages", i);
            if (!l.isTextual() || !f.isLanguage(l.asText())) {
                f.add(path, "must be a two-letter lower-case language code such as \"sv\"");
                ok = false;
            } else if (languages.contains(l.asText())) {
                f.add(path, "\"" + l.asText() + "\" is listed twice");
                ok = false;
            } else {
                languages.add(l.asText());
            }
        }
        if (node.isEmpty()) {
            f.add("languages", "must list at least one language");
        }
        return ok ? List.copyOf(languages) : List.of();
    }

    private static AgeRange ageBand(Fields f, JsonNode root) {
        JsonNode node = f.object(root, "", "ageBand", true);
        if (node == null) {
            return null;
        }
        f.onlyFields(node, "ageBand", Set.of("from", "to"), null);
        Integer from = f.integer(node, "ageBand", "from", true, 0, 25);
        Integer to = f.integer(node, "ageBand", "to", true, 0, 25);
        if (from == null || to == null) {
            return null;
        }
        if (from > to) {
            f.add("ageBand", "\"from\" (" + from + ") is greater than \"to\" (" + to + ")");
            return null;
        }
        return new AgeRange(from, to);
    }

    private static List<Attribution> attributions(Fields f, JsonNode root) {
        JsonNode node = f.array(root, "", "attributions", false);
        List<Attribution> list = new ArrayList<>();
        if (node == null) {
            return list;
        }
        for (int i = 0; i < node.size(); i++) {
            String path = Fields.at("attributions", i);
            JsonNode a = node.get(i);
            if (!a.isObject()) {
                f.add(path, "must be an object");
                continue;
            }
            f.onlyFields(a, path, Set.of("text", "license", "url"), null);
            String text = f.string(a, path, "text", true);
            String license = f.string(a, path, "license", true);
            String url = f.string(a, path, "url", false);
            if (url != null && !url.startsWith("https://") && !url.startsWith("http://")) {
                f.add(Fields.at(path, "url"), "must be an http(s) URL");
            }
            if (text != null && license != null) {
                list.add(new Attribution(text, license, url));
            }
        }
        return list;
    }

    private static Review review(Fields f, JsonNode root) {
        JsonNode node = f.object(root, "", "review", true);
        if (node == null) {
            return null;
        }
        f.onlyFields(node, "review", Set.of("status", "note", "reviewedBy", "reviewedOn"), null);
        String statusCode = f.string(node, "review", "status", true);
        ReviewStatus status = statusCode == null ? null : ReviewStatus.ofCode(statusCode);
        if (statusCode != null && status == null) {
            f.add("review.status", "must be \"draft\" or \"reviewed\"");
        }
        Texts note = f.texts(node, "review", "note", false);
        boolean reviewed = status == ReviewStatus.REVIEWED;
        String by = f.string(node, "review", "reviewedBy", reviewed);
        String on = f.string(node, "review", "reviewedOn", reviewed);
        LocalDate date = null;
        if (on != null) {
            try {
                date = LocalDate.parse(on);
            } catch (DateTimeParseException e) {
                f.add("review.reviewedOn", "must be a date YYYY-MM-DD");
            }
        }
        return status == null ? null : new Review(status, note, by, date);
    }
}
