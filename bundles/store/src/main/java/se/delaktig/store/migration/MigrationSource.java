package se.delaktig.store.migration;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.osgi.framework.Bundle;

/** Where the migration steps come from: the store bundle in OSGi, a list in tests. */
@FunctionalInterface
public interface MigrationSource {
    /** The folder inside the bundle that holds the steps. */
    String FOLDER = "db/migration";

    /**
     * @return every step, in any order
     * @throws IOException when a step cannot be read
     */
    List<MigrationScript> scripts() throws IOException;

    /**
     * @param bundle the bundle whose {@value #FOLDER} holds {@code V*.sql} files (fragments included)
     * @return the steps found there
     */
    static MigrationSource fromBundle(Bundle bundle) {
        return () -> {
            var entries = bundle.findEntries(FOLDER, "V*.sql", false);
            List<MigrationScript> scripts = new ArrayList<>();
            for (URL url : entries == null ? List.<URL>of() : Collections.list(entries)) {
                String path = url.getPath();
                try (InputStream in = url.openStream()) {
                    scripts.add(MigrationScript.parse(path.substring(path.lastIndexOf('/') + 1),
                            new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
            return scripts;
        };
    }

    /**
     * @param scripts fixed steps
     * @return a source listing them
     */
    static MigrationSource of(List<MigrationScript> scripts) {
        List<MigrationScript> copy = List.copyOf(scripts);
        return () -> copy;
    }
}
