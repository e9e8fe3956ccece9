package se.delaktig.questionnaire.internal.catalog;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.delaktig.api.questionnaire.AnswerOption;
import se.delaktig.api.questionnaire.Item;
import se.delaktig.api.questionnaire.Questionnaire;

/** The picture and audio files a definition names, and the bundle an origin names. */
final class Files {

    private Files() {
    }

    static Set<String> named(Questionnaire q) {
        Set<String> files = new LinkedHashSet<>();
        collect(q.items(), files);
        return files;
    }

    private static void collect(List<Item> items, Set<String> files) {
        for (Item item : items) {
            if (item.picture() != null) {
                files.add(item.picture().file());
            }
            files.addAll(item.audio().values());
            for (AnswerOption o : item.answerOption()) {
                if (o.picture() != null) {
                    files.add(o.picture().file());
                }
                files.addAll(o.audio().values());
            }
            collect(item.items(), files);
        }
    }

    /** @return the symbolic name in {@code bundle:<bsn>/<path>} or {@code service:<bsn>/<name>}, else null */
    static String bundleOfOrigin(String origin) {
        for (String prefix : new String[] {"bundle:", "service:"}) {
            if (origin.startsWith(prefix)) {
                int slash = origin.indexOf('/', prefix.length());
                return slash < 0 ? null : origin.substring(prefix.length(), slash);
            }
        }
        return null;
    }
}
