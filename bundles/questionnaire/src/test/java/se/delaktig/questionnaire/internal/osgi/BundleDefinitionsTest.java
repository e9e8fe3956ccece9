package se.delaktig.questionnaire.internal.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.delaktig.api.questionnaire.CatalogEntry;
import se.delaktig.api.questionnaire.Problem;
import se.delaktig.api.questionnaire.RejectedSource;
import se.delaktig.questionnaire.internal.Defs;
import se.delaktig.questionnaire.internal.catalog.Catalog;

/** The extender's reading of the files a bundle names in Delaktig-Questionnaires. */
class BundleDefinitionsTest {

    static final String BSN = "se.kommun.formular";
    private final Catalog catalog = new Catalog((bundle, file) -> null, Clock.systemUTC());

    /** A valid document without pictures, under another id. */
    private static String valid(String id) {
        return Defs.edited(Defs.FOLLOW_UP, root -> root.put("id", id));
    }

    private List<String> accepted() {
        return catalog.entries().stream().map(e -> e.id() + " " + e.origin()).toList();
    }

    private RejectedSource rejected(String origin) {
        return catalog.rejected().stream().filter(r -> r.origin().equals(origin)).findFirst()
                .orElseThrow(() -> new AssertionError(origin + " not in " + catalog.rejected()));
    }

    @Test
    void aWildcardOffersEveryMatchingFileOfThatFolderInNameOrder() {
        var bundle = FakeBundle.of(7, BSN, Map.of(
                "questionnaires/b.json", valid("b"),
                "questionnaires/a.json", valid("a"),
                "questionnaires/notes.txt", "not a definition",
                "questionnaires/old/c.json", valid("c"),
                "extra/d.json", valid("d")));
        BundleDefinitions.offer(catalog, bundle, "questionnaires/*.json");
        assertEquals(List.of("a bundle:" + BSN + "/questionnaires/a.json", "b bundle:" + BSN + "/questionnaires/b.json"), accepted());
        assertEquals(List.of(), catalog.rejected());
        assertEquals("bundle#7", BundleDefinitions.owner(bundle));
    }

    @Test
    void severalPathsALeadingSlashAndEmptyEntries() {
        var bundle = FakeBundle.of(7, BSN, Map.of("questionnaires/a.json", valid("a"), "extra/d.json", valid("d")));
        BundleDefinitions.offer(catalog, bundle, " /questionnaires/a.json , , extra/*.json");
        assertEquals(List.of("a bundle:" + BSN + "/questionnaires/a.json", "d bundle:" + BSN + "/extra/d.json"), accepted());
    }

    @Test
    void aNamedFileThatIsMissingIsReported() {
        var bundle = FakeBundle.of(7, BSN, Map.of("questionnaires/a.json", valid("a")));
        BundleDefinitions.offer(catalog, bundle, "questionnaires/a.json, questionnaires/follow-up.json, empty/*.json");
        assertEquals(List.of("a bundle:" + BSN + "/questionnaires/a.json"), accepted());
        RejectedSource missing = rejected("bundle:" + BSN + "/questionnaires/follow-up.json");
        assertEquals(List.of(new Problem("", "named in Delaktig-Questionnaires but not in the bundle")), missing.problems());
        assertEquals(1, catalog.rejected().size(), "a wildcard that matches nothing is not an error");
    }

    @Test
    void aBrokenFileIsRejectedWithItsReasonAndTheValidOneNextToItIsStillOffered() {
        String broken = Defs.edited(Defs.FOLLOW_UP, root -> {
            root.put("id", "broken");
            Defs.at(root, "title").remove("en");
        });
        var bundle = FakeBundle.of(7, BSN, Map.of(
                "questionnaires/a-broken.json", broken,
                "questionnaires/b.json", valid("b"),
                "questionnaires/c-not-json.json", "{\"id\": "));
        BundleDefinitions.offer(catalog, bundle, "questionnaires/*.json");
        assertEquals(List.of("b bundle:" + BSN + "/questionnaires/b.json"), accepted());
        RejectedSource reason = rejected("bundle:" + BSN + "/questionnaires/a-broken.json");
        assertEquals("broken", reason.id());
        assertEquals(List.of("title: missing \"en\""), reason.problems().stream().map(Problem::toString).toList());
        assertTrue(rejected("bundle:" + BSN + "/questionnaires/c-not-json.json").problems().get(0).message()
                .startsWith("not valid JSON"));
    }

    @Test
    void aFileThatCannotBeReadIsReportedAndTheOthersGoOn() {
        Map<String, String> files = new HashMap<>(); // Map.of refuses the null that marks a damaged entry
        files.put("questionnaires/a-damaged.json", null);
        files.put("questionnaires/b.json", valid("b"));
        BundleDefinitions.offer(catalog, FakeBundle.of(7, BSN, files), "questionnaires/*.json");
        assertEquals(List.of("b bundle:" + BSN + "/questionnaires/b.json"), accepted());
        assertEquals(List.of(new Problem("", "could not be read: entry is damaged")),
                rejected("bundle:" + BSN + "/questionnaires/a-damaged.json").problems());
    }

    @Test
    void stoppingTheBundleWithdrawsItsEntriesAndRejections() {
        var bundle = FakeBundle.of(7, BSN, Map.of("questionnaires/a.json", valid("a"), "questionnaires/x.json", "{}"));
        BundleDefinitions.offer(catalog, bundle, "questionnaires/*.json");
        assertEquals(1, catalog.entries().size());
        assertEquals(1, catalog.rejected().size());
        catalog.withdraw(BundleDefinitions.owner(bundle));
        assertEquals(List.<CatalogEntry>of(), catalog.entries());
        assertEquals(List.of(), catalog.rejected());
    }
}
