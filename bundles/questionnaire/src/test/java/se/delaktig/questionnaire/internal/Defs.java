package se.delaktig.questionnaire.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import se.delaktig.api.questionnaire.Questionnaire;
import se.delaktig.questionnaire.internal.format.DefinitionReader;

/** Test definitions from src/test/resources/definitions and ways to break them. */
public final class Defs {

    public static final ObjectMapper MAPPER = new ObjectMapper();
    public static final String EXAMPLE = "exempel-8-12.json";
    public static final String FOLLOW_UP = "uppfoljning.json";

    private Defs() {
    }

    public static String text(String name) {
        try (InputStream in = Defs.class.getResourceAsStream("/definitions/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Questionnaire parse(String name) {
        DefinitionReader.Result r = DefinitionReader.read(text(name), (bundle, file) -> true);
        if (!r.valid()) {
            throw new AssertionError(r.problems());
        }
        return r.questionnaire();
    }

    /** @return the named definition changed by {@code edit} on its JSON tree */
    public static String edited(String name, Consumer<ObjectNode> edit) {
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(text(name));
            edit.accept(root);
            return MAPPER.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            node = part.matches("\\d+") ? node.get(Integer.parseInt(part)) : node.get(part);
        }
        return (ObjectNode) node;
    }
}
