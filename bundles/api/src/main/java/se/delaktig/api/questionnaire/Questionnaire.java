package se.delaktig.api.questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One validated version of a questionnaire definition (format {@code delaktig-questionnaire/1},
 * see docs/questionnaire-authoring.md). Immutable.
 *
 * @param id             the questionnaire's id, the same for all its versions
 * @param version        its semantic version
 * @param title          title in every language
 * @param description    a sentence for the caseworker, or {@code null}
 * @param respondent     who answers it
 * @param ageBand        the ages it is for
 * @param languages      its languages, the first being the default; never empty
 * @param readAloud      whether read-aloud starts switched on
 * @param resourceBundle symbolic name of the bundle holding its pictures and audio, or {@code null}
 *                       when it uses none
 * @param attributions   credits for openly licensed pictures or sounds
 * @param review         draft/review state
 * @param items          the top-level items in order
 */
public record Questionnaire(String id, SemanticVersion version, Texts title, Texts description,
                            Respondent respondent, AgeRange ageBand, List<String> languages, boolean readAloud,
                            String resourceBundle, List<Attribution> attributions, Review review,
                            List<Item> items) {

    /** The value of the document's {@code format} field this model reads. */
    public static final String FORMAT = "delaktig-questionnaire/1";

    /** Checks the components and copies the lists. */
    public Questionnaire {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(respondent, "respondent");
        Objects.requireNonNull(ageBand, "ageBand");
        Objects.requireNonNull(review, "review");
        languages = List.copyOf(languages);
        attributions = List.copyOf(attributions);
        items = List.copyOf(items);
    }

    /** @return the default language (the first of {@link #languages()}) */
    public String defaultLanguage() {
        return languages.get(0);
    }

    /** @return every item at every level in reading order (depth first, a group before its items) */
    public List<Item> allItems() {
        List<Item> all = new ArrayList<>();
        collect(items, all);
        return all;
    }

    private static void collect(List<Item> level, List<Item> into) {
        for (Item item : level) {
            into.add(item);
            collect(item.items(), into);
        }
    }

    /**
     * @param linkId an item's linkId
     * @return the item at any level
     */
    public Optional<Item> item(String linkId) {
        return allItems().stream().filter(i -> i.linkId().equals(linkId)).findFirst();
    }
}
