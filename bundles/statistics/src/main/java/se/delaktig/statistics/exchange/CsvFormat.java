package se.delaktig.statistics.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.delaktig.host.api.statistics.FigureCell;
import se.delaktig.statistics.aggregate.Granularity;
import se.delaktig.statistics.publish.PublishedTable;
import se.delaktig.statistics.publish.TableKind;

/**
 * The CSV form of an {@link ExportDocument}: one line per cell, comma-separated, UTF-8, header
 * {@value #HEADER}; value is a number, ".." (suppressed) or nothing (no data).
 */
public final class CsvFormat {
    /** The header line. */
    public static final String HEADER = "format,municipality_id,municipality_name,taken_at,k,window,granularity,table,kind,row,column,value";

    private CsvFormat() {
    }

    /** @param document the document @return the CSV text */
    public static String write(ExportDocument document) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (ExportDocument.WindowTables w : document.windows()) {
            for (PublishedTable t : w.tables()) {
                for (int r = 0; r < t.rows().size(); r++) {
                    for (int c = 0; c < t.columns().size(); c++) {
                        FigureCell cell = t.cells().get(r).get(c);
                        String value = cell.suppressed() ? JsonFormat.SUPPRESSED : cell.value() == null ? "" : cell.value().toPlainString();
                        out.append(String.join(",", ExportDocument.FORMAT, document.municipalityId(),
                                quote(document.municipalityName()), document.takenAt().toString(), Integer.toString(document.k()),
                                w.window(), w.granularity().name(), t.id(), t.kind().code(), t.rows().get(r), t.columns().get(c), value))
                                .append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * @param source a name for messages @param csv the file's text
     * @return the document, validated
     * @throws ImportException listing every problem found
     */
    public static ExportDocument read(String source, String csv) throws ImportException {
        List<String> lines = csv.lines().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty() || !lines.get(0).strip().replace("\uFEFF", "").equals(HEADER)) {
            throw new ImportException(source, List.of("line 1: expected the header " + HEADER));
        }
        List<String> problems = new ArrayList<>();
        String[] head = null;
        Map<String, Map<String, TableCells>> windows = new LinkedHashMap<>();
        Map<String, Granularity> granularities = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] f = split(lines.get(i));
            String at = "line " + (i + 1);
            if (f.length != 12) {
                problems.add(at + ": " + f.length + " fields, expected 12");
                continue;
            }
            if (head == null) {
                head = f;
            } else if (!f[0].equals(head[0]) || !f[1].equals(head[1]) || !f[2].equals(head[2]) || !f[3].equals(head[3]) || !f[4].equals(head[4])) {
                problems.add(at + ": format, municipality, taken_at and k must be the same on every line");
                continue;
            }
            try {
                granularities.put(f[5], Granularity.valueOf(f[6]));
                TableCells table = windows.computeIfAbsent(f[5], x -> new LinkedHashMap<>())
                        .computeIfAbsent(f[7], x -> new TableCells(TableKind.ofCode(f[8])));
                table.put(f[9], f[10], JsonFormat.cell(f[11], at));
            } catch (IllegalArgumentException e) {
                problems.add(at + ": " + e.getMessage());
            }
        }
        if (head == null) {
            problems.add("no cells");
        } else if (!ExportDocument.FORMAT.equals(head[0])) {
            problems.add("format: expected " + ExportDocument.FORMAT + ", found " + head[0]);
        }
        Instant takenAt = null;
        int k = 0;
        if (head != null) {
            try {
                takenAt = Instant.parse(head[3]);
                k = Integer.parseInt(head[4]);
            } catch (RuntimeException e) {
                problems.add("taken_at or k: not an instant and a whole number");
            }
        }
        List<ExportDocument.WindowTables> result = new ArrayList<>();
        windows.forEach((window, tables) -> {
            List<PublishedTable> list = new ArrayList<>();
            tables.forEach((id, cells) -> {
                try {
                    list.add(cells.table(id, window));
                } catch (IllegalArgumentException e) {
                    problems.add("window " + window + ", table " + id + ": " + e.getMessage());
                }
            });
            result.add(new ExportDocument.WindowTables(window, granularities.get(window), list));
        });
        if (!problems.isEmpty()) {
            throw new ImportException(source, problems);
        }
        ExportDocument document = new ExportDocument(head[1], head[2], takenAt, k, result);
        Validator.check(source, document);
        return document;
    }

    private static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static String[] split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        fields.add(field.toString());
        return fields.toArray(String[]::new);
    }

    /** Cells of one table as they arrive, line by line. */
    private static final class TableCells {
        private final TableKind kind;
        private final List<String> rows = new ArrayList<>();
        private final List<String> columns = new ArrayList<>();
        private final Map<String, FigureCell> cells = new LinkedHashMap<>();

        TableCells(TableKind kind) {
            this.kind = kind;
        }

        void put(String row, String column, FigureCell cell) {
            if (!rows.contains(row)) {
                rows.add(row);
            }
            if (!columns.contains(column)) {
                columns.add(column);
            }
            if (cells.put(row + "\u0000" + column, cell) != null) {
                throw new IllegalArgumentException("cell " + row + "/" + column + " appears twice");
            }
        }

        PublishedTable table(String id, String window) {
            List<List<FigureCell>> grid = new ArrayList<>();
            for (String row : rows) {
                List<FigureCell> line = new ArrayList<>();
                for (String column : columns) {
                    FigureCell cell = cells.get(row + "\u0000" + column);
                    if (cell == null) {
                        throw new IllegalArgumentException("no cell " + row + "/" + column);
                    }
                    line.add(cell);
                }
                grid.add(line);
            }
            return new PublishedTable(id, kind, window, rows, columns, grid);
        }
    }
}
