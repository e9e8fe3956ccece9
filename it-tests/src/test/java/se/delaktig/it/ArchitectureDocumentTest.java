package se.delaktig.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;
import se.delaktig.launcher.FeatureBundle;

/**
 * Build check on {@code docs/architecture.md}: its bundle table ({@code | bundle | job | imports of
 * our own code | exports |}) says what the built jars of our bundles (the plugin and reference-host
 * features) really export, with versions, and whose packages they import.
 */
class ArchitectureDocumentTest {

    private static final String OURS = "se.delaktig.";
    private static final Pattern EXPORT_CELL = Pattern.compile("`([a-z0-9_.]+)`\\s*\\((\\d+(?:\\.\\d+){0,2})\\)");
    private static final Pattern VERSION_ATTRIBUTE = Pattern.compile(";\\s*version\\s*=\\s*\"?([^\";,]+)\"?");

    /** Bundle symbolic name to its manifest's main attributes. */
    private static Map<String, Attributes> jars;
    /** Bundle symbolic name to its row of the table. */
    private static Map<String, Row> table;

    private record Row(Set<String> imports, Map<String, Version> exports) {
    }

    @BeforeAll
    static void read() throws IOException {
        jars = new TreeMap<>();
        Stream.of("delaktig-plugin.json", "delaktig-reference-host.json")
                .flatMap(feature -> BuildOutput.feature(feature).bundles().stream())
                .filter(bundle -> bundle.groupId().equals("se.delaktig"))
                .forEach(ArchitectureDocumentTest::readJar);
        table = readTable(document());
    }

    @Test
    void theTableListsEveryBundleOfOursAndNoOther() {
        assertTrue(jars.size() >= 10, "expected our bundles in the plugin and reference-host features: " + jars.keySet());
        Set<String> missing = new TreeSet<>(jars.keySet());
        missing.removeAll(table.keySet());
        Set<String> extra = new TreeSet<>(table.keySet());
        extra.removeAll(jars.keySet());
        assertTrue(missing.isEmpty() && extra.isEmpty(), document() + ": the bundle table lacks rows for " + missing
                + " and has rows for bundles that are not built: " + extra);
    }

    @Test
    void theExportsColumnIsWhatEachJarExports() {
        List<String> drift = new ArrayList<>();
        table.forEach((bundle, row) -> {
            Attributes jar = jars.get(bundle);
            if (jar != null) {
                Map<String, Version> built = exports(jar);
                if (!built.equals(row.exports())) {
                    drift.add(bundle + " exports " + built + ", the table says " + row.exports());
                }
            }
        });
        assertTrue(drift.isEmpty(), document() + "'s exports column is not as built:\n  " + String.join("\n  ", drift));
    }

    @Test
    void theImportsColumnNamesTheBundlesWhosePackagesEachJarImports() {
        Map<String, String> exporter = new TreeMap<>();
        jars.forEach((bundle, jar) -> exports(jar).keySet().forEach(p -> exporter.put(p, shortName(bundle))));
        List<String> drift = new ArrayList<>();
        table.forEach((bundle, row) -> {
            Attributes jar = jars.get(bundle);
            if (jar == null) {
                return;
            }
            Set<String> own = exports(jar).keySet();
            Set<String> used = new TreeSet<>();
            for (String clause : clauses(jar.getValue("Import-Package"))) {
                String pkg = clause.split(";")[0].trim();
                if (pkg.startsWith(OURS) && !own.contains(pkg)) {
                    used.add(exporter.getOrDefault(pkg, "(nobody exports " + pkg + ")"));
                }
            }
            if (!used.equals(row.imports())) {
                drift.add(bundle + " imports packages of " + used + ", the table says " + row.imports());
            }
        });
        assertTrue(drift.isEmpty(), document() + "'s imports column is not as built:\n  " + String.join("\n  ", drift));
    }

    private static Path document() {
        return Path.of(System.getProperty("delaktig.architecture.doc", "../docs/architecture.md"));
    }

    private static void readJar(FeatureBundle bundle) {
        Attributes main = BuildOutput.manifest(BuildOutput.repository().resolve(bundle)).getMainAttributes();
        jars.put(main.getValue("Bundle-SymbolicName").split(";")[0].trim(), main);
    }

    private static String shortName(String symbolicName) {
        return symbolicName.substring(OURS.length());
    }

    private static Map<String, Version> exports(Attributes jar) {
        Map<String, Version> exports = new TreeMap<>();
        for (String clause : clauses(jar.getValue("Export-Package"))) {
            Matcher version = VERSION_ATTRIBUTE.matcher(clause);
            exports.put(clause.split(";")[0].trim(), version.find() ? Version.parseVersion(version.group(1)) : Version.emptyVersion);
        }
        return exports;
    }

    /** Splits a manifest header at the commas outside quotes ({@code uses:="a,b"}). */
    static List<String> clauses(String header) {
        List<String> clauses = new ArrayList<>();
        if (header == null) {
            return clauses;
        }
        StringBuilder clause = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(clause.toString().trim());
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        if (!clause.toString().isBlank()) {
            clauses.add(clause.toString().trim());
        }
        return clauses;
    }

    /** The rows of the table whose header starts {@code | bundle |}. */
    private static Map<String, Row> readTable(Path file) throws IOException {
        Map<String, Row> rows = new TreeMap<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("| bundle |")) {
                inTable = true;
                continue;
            }
            if (!inTable || line.startsWith("|---")) {
                continue;
            }
            if (!line.startsWith("|")) {
                break;
            }
            String[] cells = line.split("\\|");
            assertTrue(cells.length >= 5, file + ": a bundle row needs bundle, job, imports and exports: " + line);
            String bundle = cells[1].replace("`", "").trim();
            Set<String> imports = new TreeSet<>();
            for (String name : cells[3].replace("*", "").replace(" only", "").split(",")) {
                if (!name.isBlank() && !name.trim().equals("none")) {
                    imports.add(name.trim());
                }
            }
            Map<String, Version> exports = new TreeMap<>();
            Matcher export = EXPORT_CELL.matcher(cells[4]);
            while (export.find()) {
                exports.put(export.group(1), Version.parseVersion(export.group(2)));
            }
            assertTrue(!exports.isEmpty() || cells[4].trim().equals("nothing"),
                    file + ": write exports as `package` (version), or 'nothing': " + line);
            rows.put(bundle, new Row(imports, exports));
        }
        assertTrue(!rows.isEmpty(), file + " has no bundle table ('| bundle | job | imports of our own code | exports |')");
        return rows;
    }
}
