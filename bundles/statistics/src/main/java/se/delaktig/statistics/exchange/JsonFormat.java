package se.delaktig.statistics.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import se.delaktig.host.api.statistics.FigureCell;
import se.delaktig.statistics.aggregate.Granularity;
import se.delaktig.statistics.publish.PublishedTable;
import se.delaktig.statistics.publish.TableKind;

/** Writes and reads the JSON form of an {@link ExportDocument}: ".." is a suppressed cell, null an empty one. */
public final class JsonFormat {
    /** The marker of a suppressed cell, in JSON and CSV. */
    public static final String SUPPRESSED = "..";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonFormat() {
    }

    /** @param document the document @return pretty-printed JSON */
    public static String write(ExportDocument document) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", ExportDocument.FORMAT);
        root.putObject("municipality").put("id", document.municipalityId()).put("name", document.municipalityName());
        root.put("takenAt", document.takenAt().toString());
        root.put("k", document.k());
        ArrayNode windows = root.putArray("windows");
        for (ExportDocument.WindowTables window : document.windows()) {
            ObjectNode w = windows.addObject().put("window", window.window()).put("granularity", window.granularity().name());
            ArrayNode tables = w.putArray("tables");
            for (PublishedTable table : window.tables()) {
                ObjectNode t = tables.addObject().put("id", table.id()).put("kind", table.kind().code());
                table.rows().forEach(t.putArray("rows")::add);
                table.columns().forEach(t.putArray("columns")::add);
                ArrayNode cells = t.putArray("cells");
                for (List<FigureCell> row : table.cells()) {
                    ArrayNode line = cells.addArray();
                    for (FigureCell cell : row) {
                        if (cell.suppressed()) {
                            line.add(SUPPRESSED);
                        } else if (cell.value() == null) {
                            line.addNull();
                        } else {
                            line.add(cell.value());
                        }
                    }
                }
            }
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param source a name for messages @param json the file's text
     * @return the document, validated
     * @throws ImportException listing every problem found
     */
    public static ExportDocument read(String source, String json) throws ImportException {
        List<String> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new ImportException(source, List.of("not JSON: " + e.getMessage().lines().findFirst().orElse("")));
        }
        if (root == null || !root.isObject()) {
            throw new ImportException(source, List.of("not a JSON object"));
        }
        if (!ExportDocument.FORMAT.equals(root.path("format").asText())) {
            throw new ImportException(source, List.of("format: expected \"" + ExportDocument.FORMAT + "\", found \"" + root.path("format").asText() + "\""));
        }
        List<ExportDocument.WindowTables> windows = new ArrayList<>();
        int wi = 0;
        for (JsonNode w : root.path("windows")) {
            String where = "windows[" + wi++ + "]";
            List<PublishedTable> tables = new ArrayList<>();
            int ti = 0;
            for (JsonNode t : w.path("tables")) {
                String at = where + ".tables[" + ti++ + "]";
                try {
                    tables.add(table(t, w.path("window").asText(), at));
                } catch (IllegalArgumentException e) {
                    problems.add(at + ": " + e.getMessage());
                }
            }
            try {
                windows.add(new ExportDocument.WindowTables(w.path("window").asText(),
                        Granularity.valueOf(w.path("granularity").asText()), tables));
            } catch (IllegalArgumentException e) {
                problems.add(where + ".granularity: expected MONTH, QUARTER or YEAR");
            }
        }
        Instant takenAt = null;
        try {
            takenAt = Instant.parse(root.path("takenAt").asText());
        } catch (RuntimeException e) {
            problems.add("takenAt: not an ISO-8601 instant");
        }
        if (!root.path("k").isInt()) {
            problems.add("k: missing or not a whole number");
        }
        if (!problems.isEmpty()) {
            throw new ImportException(source, problems);
        }
        ExportDocument document = new ExportDocument(root.path("municipality").path("id").asText(),
                root.path("municipality").path("name").asText(), takenAt, root.path("k").asInt(), windows);
        Validator.check(source, document);
        return document;
    }

    private static PublishedTable table(JsonNode t, String window, String at) {
        List<String> rows = texts(t.path("rows"));
        List<String> columns = texts(t.path("columns"));
        List<List<FigureCell>> cells = new ArrayList<>();
        int r = 0;
        for (JsonNode row : t.path("cells")) {
            List<FigureCell> line = new ArrayList<>();
            int c = 0;
            for (JsonNode cell : row) {
                line.add(cell(cell, "cells[" + r + "][" + c++ + "]"));
            }
            cells.add(line);
            r++;
        }
        return new PublishedTable(t.path("id").asText(), TableKind.ofCode(t.path("kind").asText()), window, rows, columns, cells);
    }

    static FigureCell cell(JsonNode cell, String at) {
        if (cell.isNull()) {
            return FigureCell.empty();
        }
        if (cell.isTextual() && SUPPRESSED.equals(cell.asText())) {
            return FigureCell.suppressedCell();
        }
        if (cell.isNumber()) {
            return FigureCell.of(cell.decimalValue());
        }
        throw new IllegalArgumentException(at + ": expected a number, \"..\" or null");
    }

    static FigureCell cell(String text, String at) {
        if (text.isEmpty()) {
            return FigureCell.empty();
        }
        if (SUPPRESSED.equals(text)) {
            return FigureCell.suppressedCell();
        }
        try {
            return FigureCell.of(new BigDecimal(text));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(at + ": expected a number, \"..\" or nothing, found \"" + text + "\"");
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(n -> result.add(n.asText()));
        return result;
    }
}
