package se.delaktig.questionnaire.internal.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.osgi.framework.Bundle;
import se.delaktig.api.questionnaire.ArchiveConflictException;
import se.delaktig.api.questionnaire.InvalidDefinitionException;
import se.delaktig.questionnaire.internal.catalog.Catalog;
import se.delaktig.questionnaire.internal.format.DefinitionReader;

/** Reads the files a bundle names in its {@code Delaktig-Questionnaires} header and offers each. */
final class BundleDefinitions {

    private BundleDefinitions() {
    }

    static String owner(Bundle bundle) {
        return "bundle#" + bundle.getBundleId();
    }

    static void offer(Catalog catalog, Bundle bundle, String header) {
        String bsn = bundle.getSymbolicName();
        for (String pattern : header.split(",")) {
            String path = pattern.trim();
            if (path.startsWith("/")) {
                path = path.substring(1);
            }
            if (path.isEmpty()) {
                continue;
            }
            for (URL url : entries(bundle, path)) {
                String file = url.getPath().startsWith("/") ? url.getPath().substring(1) : url.getPath();
                String origin = "bundle:" + bsn + "/" + file;
                String json;
                try {
                    json = read(url);
                } catch (IOException e) {
                    catalog.rejectUnreadable(owner(bundle), origin, "could not be read: " + e.getMessage());
                    continue;
                }
                try {
                    catalog.offer(owner(bundle), origin, json, bsn);
                } catch (InvalidDefinitionException | ArchiveConflictException e) {
                    // recorded and logged by the catalog; the bundle's other files go on
                }
            }
            if (!path.contains("*") && bundle.getEntry(path) == null) {
                catalog.rejectUnreadable(owner(bundle), "bundle:" + bsn + "/" + path,
                        "named in " + se.delaktig.api.questionnaire.QuestionnaireProvider.HEADER + " but not in the bundle");
            }
        }
    }

    private static List<URL> entries(Bundle bundle, String path) {
        int slash = path.lastIndexOf('/');
        String dir = slash < 0 ? "/" : path.substring(0, slash);
        String name = path.substring(slash + 1);
        if (!name.contains("*")) {
            URL url = bundle.getEntry(path);
            return url == null ? List.of() : List.of(url);
        }
        Enumeration<URL> found = bundle.findEntries(dir, name, false);
        List<URL> urls = found == null ? new ArrayList<>() : Collections.list(found);
        urls.sort((a, b) -> a.getPath().compareTo(b.getPath()));
        return urls;
    }

    private static String read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            byte[] bytes = in.readNBytes(DefinitionReader.MAX_DOCUMENT + 1);
            if (bytes.length > DefinitionReader.MAX_DOCUMENT) {
                throw new IOException("larger than " + DefinitionReader.MAX_DOCUMENT + " bytes");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
