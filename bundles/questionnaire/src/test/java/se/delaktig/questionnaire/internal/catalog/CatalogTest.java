package se.delaktig.questionnaire.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.delaktig.api.questionnaire.ArchiveConflictException;
import se.delaktig.api.questionnaire.CatalogEntry;
import se.delaktig.api.questionnaire.InvalidDefinitionException;
import se.delaktig.api.questionnaire.Respondent;
import se.delaktig.questionnaire.internal.Defs;

class CatalogTest {

    private static URL url(String file) {
        try {
            return new URL("file:/bundle/" + file);
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The example names the standard-questionnaires bundle; the other tests' documents use se.test. */
    private final Catalog catalog = new Catalog((bundle, file) ->
            "se.test".equals(bundle) || "se.delaktig.standard-questionnaires".equals(bundle) ? url(file) : null,
            Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));

    private static String version(String name, String version, int from, int to) {
        return Defs.edited(name, root -> {
            root.put("version", version);
            Defs.at(root, "ageBand").put("from", from).put("to", to);
        });
    }

    private void offer(String json) throws Exception {
        catalog.offer("bundle#1", "bundle:se.test/" + json.hashCode(), json, "se.test");
    }

    @Test
    void selectsTheNewestActiveVersionWhoseBandFits() throws Exception {
        offer(version(Defs.EXAMPLE, "1.0.0", 8, 12));
        offer(version(Defs.EXAMPLE, "1.10.0", 8, 12));
        offer(version(Defs.EXAMPLE, "1.9.0", 8, 12));
        offer(version(Defs.EXAMPLE, "2.0.0", 13, 18));
        assertEquals("1.10.0", catalog.select(Respondent.CHILD, 10).orElseThrow().version());
        assertEquals("2.0.0", catalog.select(Respondent.CHILD, 13).orElseThrow().version());
        assertTrue(catalog.select(Respondent.CHILD, 4).isEmpty());
        assertTrue(catalog.select(Respondent.CASEWORKER, 10).isEmpty());
        catalog.setActive("exempel-8-12", "1.10.0", false);
        assertEquals("1.9.0", catalog.select(Respondent.CHILD, 10).orElseThrow().version());
        assertEquals(4, catalog.entries().size());
        assertEquals(List.of("1.0.0", "1.9.0", "1.10.0", "2.0.0"), catalog.entries().stream().map(CatalogEntry::version).toList());
    }

    @Test
    void narrowestBandFirstWhenSeveralQuestionnairesFit() throws Exception {
        offer(version(Defs.EXAMPLE, "1.0.0", 8, 12));
        offer(Defs.edited(Defs.EXAMPLE, root -> root.put("id", "wide").with("ageBand").put("from", 5).put("to", 18)));
        assertEquals(List.of("exempel-8-12", "wide"),
                catalog.candidates(Respondent.CHILD, 9).stream().map(CatalogEntry::id).toList());
    }

    @Test
    void versionsAreImmutable() throws Exception {
        String original = Defs.text(Defs.EXAMPLE);
        offer(original);
        offer(original); // identical again: fine
        String changed = Defs.edited(Defs.EXAMPLE, root -> root.with("title").put("en", "Changed"));
        ArchiveConflictException e = assertThrows(ArchiveConflictException.class,
                () -> catalog.offer("bundle#2", "bundle:se.other/x.json", changed, "se.test"));
        assertTrue(e.getMessage().contains("versions are immutable"), e.getMessage());
        assertEquals("bundle:se.other/x.json", catalog.rejected().get(0).origin());
        assertEquals(1, catalog.entries().size());
    }

    @Test
    void aBrokenDocumentIsKeptWithItsReasonsAndBreaksNothingElse() throws Exception {
        offer(Defs.text(Defs.EXAMPLE));
        assertThrows(InvalidDefinitionException.class,
                () -> catalog.offer("bundle#1", "bundle:se.test/bad.json", "{\"format\": 1}", "se.test"));
        assertEquals(1, catalog.entries().size());
        assertEquals("bundle:se.test/bad.json", catalog.rejected().get(0).origin());
        assertEquals(Instant.parse("2026-11-22T10:00:00Z"), catalog.rejected().get(0).rejectedAt());
        assertFalse(catalog.rejected().get(0).problems().isEmpty());
        catalog.withdraw("bundle#1");
        assertTrue(catalog.entries().isEmpty());
        assertTrue(catalog.rejected().isEmpty());
    }

    @Test
    void queuesUntilTheArchiveArrivesThenReadsImportsBack() throws Exception {
        offer(Defs.text(Defs.EXAMPLE));
        catalog.importDefinition(Defs.text(Defs.FOLLOW_UP), "admin-1");
        assertFalse(catalog.entries().get(0).archived());
        catalog.setActive("test-follow-up", "2.1.0", false);
        FakeArchive archive = new FakeArchive();
        catalog.archiveArrived(archive);
        assertEquals(2, archive.stored.size());
        assertTrue(catalog.entries().stream().allMatch(CatalogEntry::archived));
        assertFalse(archive.find("test-follow-up", "2.1.0").orElseThrow().active(), "state set before the archive kept");

        Catalog restarted = new Catalog((b, f) -> null, Clock.systemUTC());
        restarted.archiveArrived(archive);
        assertEquals(List.of("test-follow-up"), restarted.entries().stream().map(CatalogEntry::id).toList(),
                "imports come back from the archive; bundle versions come back with their bundle");
        assertEquals("import:admin-1", restarted.entries().get(0).origin());
        assertTrue(restarted.find("exempel-8-12", "1.0.0").isPresent(), "archived versions stay findable");
    }

    @Test
    void theArchiveDecidesConflictsWithEarlierRuns() throws Exception {
        FakeArchive archive = new FakeArchive();
        archive.archive("exempel-8-12", "1.0.0", "{}", "bundle:se.old/x.json");
        catalog.archiveArrived(archive);
        assertThrows(ArchiveConflictException.class, () -> offer(Defs.text(Defs.EXAMPLE)));
        assertTrue(catalog.entries().isEmpty());
    }

    @Test
    void importsThatUsePicturesMustNameABundle() {
        String withoutBundle = Defs.edited(Defs.EXAMPLE, root -> root.remove("resourceBundle"));
        InvalidDefinitionException e = assertThrows(InvalidDefinitionException.class,
                () -> catalog.importDefinition(withoutBundle, "admin-1"));
        assertEquals("resourceBundle", e.problems().get(0).path());
        String withBundle = Defs.edited(Defs.EXAMPLE, root -> root.put("resourceBundle", "se.test"));
        assertTrue(catalog.validate(withBundle).isEmpty());
    }

    @Test
    void servesOnlyFilesTheDefinitionNames() throws Exception {
        offer(Defs.text(Defs.EXAMPLE));
        assertTrue(catalog.resource("exempel-8-12", "1.0.0", "pictures/sun.svg").isPresent());
        assertTrue(catalog.resource("exempel-8-12", "1.0.0", "META-INF/MANIFEST.MF").isEmpty());
        assertTrue(catalog.resource("exempel-8-12", "9.9.9", "pictures/sun.svg").isEmpty());
    }
}
