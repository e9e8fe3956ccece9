package se.delaktig.launcher;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads feature descriptors (Sling Feature Model JSON), with errors that say where. */
public final class FeatureReader {

    private static final int DEFAULT_START_ORDER = 20;
    private final ObjectMapper mapper = new ObjectMapper();

    /**
     * @param name  the descriptor's name, for error messages
     * @param input the JSON
     * @return the feature
     * @throws IOException              when the JSON cannot be read
     * @throws IllegalArgumentException when the JSON is not a feature we understand
     */
    public Feature read(String name, InputStream input) throws IOException {
        JsonNode root = mapper.readTree(input);
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(name + ": not a JSON object");
        }
        String id = text(root, "id", name);
        List<FeatureBundle> bundles = new ArrayList<>();
        JsonNode bundleNodes = root.path("bundles");
        for (int i = 0; i < bundleNodes.size(); i++) {
            bundles.add(bundle(bundleNodes.get(i), name + ": bundles[" + i + "]"));
        }
        Map<String, Map<String, Object>> configurations = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> pids = root.path("configurations").fields();
        while (pids.hasNext()) {
            Map.Entry<String, JsonNode> pid = pids.next();
            configurations.put(pid.getKey(), mapper.convertValue(pid.getValue(), new TypeReference<Map<String, Object>>() { }));
        }
        Map<String, String> properties = new LinkedHashMap<>();
        root.path("framework-properties").fields().forEachRemaining(e -> properties.put(e.getKey(), e.getValue().asText()));
        return new Feature(id, root.path("title").asText(id), bundles, configurations, properties);
    }

    private static FeatureBundle bundle(JsonNode node, String where) {
        if (node.isTextual()) {
            return FeatureBundle.parse(node.asText(), DEFAULT_START_ORDER);
        }
        String id = text(node, "id", where);
        JsonNode order = node.get("start-order");
        int startOrder = DEFAULT_START_ORDER;
        if (order != null) {
            try {
                startOrder = Integer.parseInt(order.asText());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + ": start-order '" + order.asText() + "' is not a number");
            }
        }
        try {
            return FeatureBundle.parse(id, startOrder);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage());
        }
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(where + ": '" + field + "' is missing");
        }
        return value.asText();
    }
}
