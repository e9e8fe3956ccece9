package se.delaktig.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import se.delaktig.launcher.FeatureBundle;

/**
 * Build check on the administrator's guide: every configuration PID of the plugin's own bundles
 * (the metatype in the built jars, {@code OSGI-INF/metatype/*.xml}) has a section
 * {@code #### `PID`} in {@code docs/admin-guide.md} with a table row {@code | `key` | type | ...}
 * for each of its attributes, typed as the metatype says, and an example file (a paragraph naming
 * {@code `PID.cfg`} or {@code `PID.config`} right before a fenced block) using only its keys; and the
 * guide documents no plugin PID or key that the bundles no longer have.
 */
class AdminGuideConfigurationTest {

    private static final String PLUGIN_GROUP = "se.delaktig";
    private static final String METATYPE_DIR = "OSGI-INF/metatype/";
    private static final Pattern FENCE = Pattern.compile("^\\s*```");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s");
    private static final Pattern PID_HEADING = Pattern.compile("^####\\s+`([^`]+)`\\s*$");
    private static final Pattern KEY_ROW = Pattern.compile("^\\|\\s*`([^`]+)`\\s*\\|\\s*([^|]*?)\\s*\\|");
    /** A file name in backquotes, optionally with a folder: {@code `/etc/delaktig/se.delaktig.store.cfg`}. */
    private static final Pattern EXAMPLE_FILE = Pattern.compile("`(?:[^`]*/)?([^`/]+)\\.(cfg|config)`");
    /** A {@code key=value} line of a .cfg or .config file (not a {@code #} comment). */
    private static final Pattern EXAMPLE_KEY = Pattern.compile("^\\s*([^#=\\s][^=\\s]*)\\s*=");

    /** PID to key to metatype type ({@code String[]} for a list), from every plugin bundle's jar. */
    private static Map<String, Map<String, String>> metatype;
    /** PID to where it was found (bundle and XML file), for messages. */
    private static Map<String, String> sources;
    /** PID in the guide to key to the type written in its row. */
    private static Map<String, Map<String, String>> guide;
    /** PID in the guide to its example files. */
    private static Map<String, List<Example>> examples;

    /** An example file in the guide: its PID and extension as named, and the keys it sets. */
    private record Example(String pid, String extension, List<String> keys) {
    }

    @BeforeAll
    static void read() throws IOException {
        metatype = new TreeMap<>();
        sources = new TreeMap<>();
        List<FeatureBundle> ours = BuildOutput.feature("delaktig-plugin.json").bundles().stream()
                .filter(b -> b.groupId().equals(PLUGIN_GROUP)).toList();
        assertTrue(ours.size() >= 2, "expected the plugin's own bundles in the plugin feature: " + ours);
        for (FeatureBundle bundle : ours) {
            readMetatype(bundle.artifactId(), BuildOutput.repository().resolve(bundle));
        }
        guide = readGuide(adminGuide());
    }

    @Test
    void thePluginHasConfigurationToDocument() {
        // Guards the guard: an empty or unreadable repository must not make the other tests pass.
        assertTrue(metatype.size() >= 15, "expected the plugin's configuration PIDs in the bundles' metatype, found "
                + metatype.keySet());
        assertTrue(!metatype.containsKey("se.delaktig.referencehost"), "the reference host is not part of the plugin");
    }

    @Test
    void everyPidAndKeyOfThePluginIsInTheAdminGuide() {
        List<String> missing = new ArrayList<>();
        metatype.forEach((pid, keys) -> {
            Map<String, String> documented = guide.get(pid);
            if (documented == null) {
                missing.add("PID " + pid + " (" + sources.get(pid) + "): no section '#### `" + pid + "`'");
                return;
            }
            keys.forEach((key, type) -> {
                String written = documented.get(key);
                if (written == null) {
                    missing.add("PID " + pid + ": no row '| `" + key + "` | " + type + " | ...' for key " + key);
                } else if (!written.equals(type)) {
                    missing.add("PID " + pid + ": key " + key + " is of type " + type + ", the guide says '" + written + "'");
                }
            });
        });
        assertTrue(missing.isEmpty(), adminGuide() + " is missing configuration:\n  " + String.join("\n  ", missing));
    }

    @Test
    void theAdminGuideDocumentsNoPidOrKeyThePluginDoesNotHave() {
        List<String> stale = new ArrayList<>();
        guide.forEach((pid, keys) -> {
            if (!pid.startsWith(PLUGIN_GROUP + ".")) {
                return;
            }
            Map<String, String> real = metatype.get(pid);
            if (real == null) {
                stale.add("PID " + pid + " is in no plugin bundle's metatype");
                return;
            }
            keys.keySet().stream().filter(key -> !real.containsKey(key))
                    .forEach(key -> stale.add("PID " + pid + " has no key " + key + " (its keys: " + real.keySet() + ")"));
        });
        assertTrue(stale.isEmpty(), adminGuide() + " documents configuration that does not exist:\n  "
                + String.join("\n  ", stale));
    }

    @Test
    void everyPidOfThePluginHasAnExampleFile() {
        List<String> missing = metatype.keySet().stream().filter(pid -> !examples.containsKey(pid))
                .map(pid -> "PID " + pid + ": no example (a line naming `" + pid + ".cfg` or `" + pid
                        + ".config`, then a fenced block with its key=value lines)").toList();
        assertTrue(missing.isEmpty(), adminGuide() + " lacks configuration examples:\n  " + String.join("\n  ", missing));
    }

    @Test
    void everyExampleFileUsesOnlyTheKeysOfItsPid() {
        List<String> wrong = new ArrayList<>();
        examples.forEach((section, files) -> files.forEach(example -> {
            String name = example.pid() + "." + example.extension();
            Map<String, String> real = metatype.get(section);
            if (!example.pid().equals(section)) {
                wrong.add("section " + section + " shows an example named " + name);
            } else if (example.keys().isEmpty()) {
                wrong.add(name + " sets no key");
            } else if (real != null) {
                for (String key : example.keys()) {
                    if (!real.containsKey(key)) {
                        wrong.add(name + " sets " + key + ", not a key of " + section + " " + real.keySet());
                    } else if (real.get(key).endsWith("[]") && example.extension().equals("cfg")) {
                        wrong.add(name + " sets the list " + key + ": a list needs a .config file");
                    }
                }
            }
        }));
        assertTrue(wrong.isEmpty(), adminGuide() + " has wrong configuration examples:\n  " + String.join("\n  ", wrong));
    }

    private static Path adminGuide() {
        return Path.of(System.getProperty("delaktig.admin.guide", "../docs/admin-guide.md"));
    }

    private static void readMetatype(String bundle, Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (entry.getName().startsWith(METATYPE_DIR) && entry.getName().endsWith(".xml")) {
                    try (InputStream in = file.getInputStream(entry)) {
                        readMetatype(bundle + " " + entry.getName(), parse(in, jar + "!" + entry.getName()));
                    }
                }
            }
        }
    }

    private static void readMetatype(String source, Document xml) {
        Map<String, Map<String, String>> ocds = new LinkedHashMap<>();
        NodeList ocdElements = xml.getElementsByTagNameNS("*", "OCD");
        for (int i = 0; i < ocdElements.getLength(); i++) {
            Element ocd = (Element) ocdElements.item(i);
            Map<String, String> keys = new TreeMap<>();
            NodeList ads = ocd.getElementsByTagNameNS("*", "AD");
            for (int j = 0; j < ads.getLength(); j++) {
                Element ad = (Element) ads.item(j);
                String cardinality = ad.getAttribute("cardinality");
                boolean many = !cardinality.isEmpty() && Integer.parseInt(cardinality) != 0;
                keys.put(ad.getAttribute("id"), ad.getAttribute("type") + (many ? "[]" : ""));
            }
            ocds.put(ocd.getAttribute("id"), keys);
        }
        Map<String, Map<String, String>> designated = new LinkedHashMap<>();
        NodeList designates = xml.getElementsByTagNameNS("*", "Designate");
        for (int i = 0; i < designates.getLength(); i++) {
            Element designate = (Element) designates.item(i);
            String pid = designate.getAttribute("factoryPid").isEmpty() ? designate.getAttribute("pid")
                    : designate.getAttribute("factoryPid");
            NodeList objects = designate.getElementsByTagNameNS("*", "Object");
            for (int j = 0; j < objects.getLength(); j++) {
                String ocd = ((Element) objects.item(j)).getAttribute("ocdref");
                designated.computeIfAbsent(pid, p -> new TreeMap<>()).putAll(ocds.getOrDefault(ocd, Map.of()));
                ocds.remove(ocd);
            }
        }
        // An OCD nobody designates (bnd writes none when the component's PID is only named in
        // configurationPid): its id is the PID it describes.
        designated.putAll(ocds);
        designated.forEach((pid, keys) -> {
            metatype.computeIfAbsent(pid, p -> new TreeMap<>()).putAll(keys);
            sources.merge(pid, source, (a, b) -> a + ", " + b);
        });
    }

    private static Document parse(InputStream in, String name) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(in, name);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot read metatype " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * The PID sections ({@code #### `PID`}) of the guide and the key rows of their tables; fills
     * {@link #examples} with the fenced blocks right after a line naming an example file.
     */
    private static Map<String, Map<String, String>> readGuide(Path file) throws IOException {
        Map<String, Map<String, String>> sections = new TreeMap<>();
        examples = new TreeMap<>();
        String pid = null;
        Map<String, String> current = null;
        Matcher named = null; // the example file named in the paragraph before a fence, if any
        boolean blank = true;
        List<String> exampleKeys = null; // the keys of the example block being read
        boolean inCode = false;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (FENCE.matcher(line).find()) {
                inCode = !inCode;
                exampleKeys = null;
                if (inCode && current != null && named != null) {
                    exampleKeys = new ArrayList<>();
                    examples.computeIfAbsent(pid, p -> new ArrayList<>())
                            .add(new Example(named.group(1), named.group(2), exampleKeys));
                }
                named = null;
                continue;
            }
            if (inCode) {
                Matcher key = EXAMPLE_KEY.matcher(line);
                if (exampleKeys != null && key.find()) {
                    exampleKeys.add(key.group(1));
                }
                continue;
            }
            if (!line.isBlank()) {
                Matcher example = EXAMPLE_FILE.matcher(line);
                if (example.find()) {
                    named = example;
                } else if (blank) {
                    named = null; // a new paragraph that names no file
                }
            }
            blank = line.isBlank();
            Matcher heading = HEADING.matcher(line);
            if (heading.find()) {
                Matcher pidHeading = PID_HEADING.matcher(line);
                pid = pidHeading.matches() ? pidHeading.group(1) : heading.group(1).length() > 4 ? pid : null;
                current = pid == null ? null : sections.computeIfAbsent(pid, p -> new TreeMap<>());
                continue;
            }
            Matcher row = KEY_ROW.matcher(line);
            if (current != null && row.find()) {
                current.put(row.group(1), row.group(2));
            }
        }
        return sections;
    }
}
