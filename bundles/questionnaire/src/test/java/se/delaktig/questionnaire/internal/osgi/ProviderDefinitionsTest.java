package se.delaktig.questionnaire.internal.osgi;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import se.delaktig.api.questionnaire.CatalogEntry;
import se.delaktig.api.questionnaire.DefinitionDocument;
import se.delaktig.api.questionnaire.Problem;
import se.delaktig.api.questionnaire.QuestionnaireProvider;
import se.delaktig.api.questionnaire.RejectedSource;
import se.delaktig.api.questionnaire.Respondent;
import se.delaktig.questionnaire.internal.Defs;
import se.delaktig.questionnaire.internal.catalog.Catalog;
import se.delaktig.questionnaire.internal.catalog.FakeArchive;

/** The QuestionnaireProvider whiteboard: providers that work, fail, return null or leave. */
class ProviderDefinitionsTest {

    static final String BSN = "se.kommun.formular";
    private final Catalog catalog = new Catalog((bundle, file) -> null, Clock.systemUTC());
    private final ProviderDefinitions whiteboard = new ProviderDefinitions(catalog);
    private final Bundle bundle = FakeBundle.of(12, BSN, Map.of());

    /** A valid document without pictures (caseworker, ages 0-20), under another id and version. */
    private static String valid(String id, String version) {
        return Defs.edited(Defs.FOLLOW_UP, root -> root.put("id", id).put("version", version));
    }

    private static String valid(String id) {
        return valid(id, "2.1.0");
    }

    private static String broken(String id) {
        return Defs.edited(Defs.FOLLOW_UP, root -> {
            root.put("id", id);
            Defs.at(root, "title").remove("en");
        });
    }

    private static QuestionnaireProvider offering(DefinitionDocument... documents) {
        List<DefinitionDocument> list = Arrays.asList(documents); // List.of refuses the null one test needs
        return () -> list;
    }

    private static DefinitionDocument doc(String name, String json) {
        return new DefinitionDocument(name, json);
    }

    private ServiceReference<?> service(long id) {
        return FakeServiceReference.of(id, bundle);
    }

    private List<String> accepted() {
        return catalog.entries().stream().map(e -> e.id() + " " + e.version() + " " + e.origin()).toList();
    }

    private RejectedSource rejected(String origin) {
        return catalog.rejected().stream().filter(r -> r.origin().equals(origin)).findFirst()
                .orElseThrow(() -> new AssertionError(origin + " not in " + catalog.rejected()));
    }

    @Test
    void providersBoundBeforeActivationAreReadWhenItOpensAndLaterOnesAtOnce() {
        var first = service(40);
        whiteboard.bound(first, offering(doc("a.json", valid("a"))));
        assertEquals(List.of(), accepted(), "DS binds greedy references before activate");
        whiteboard.open();
        assertEquals(List.of("a 2.1.0 service:" + BSN + "/a.json"), accepted());
        whiteboard.bound(service(41), offering(doc("b.json", valid("b"))));
        assertEquals(List.of("a 2.1.0 service:" + BSN + "/a.json", "b 2.1.0 service:" + BSN + "/b.json"), accepted());
        assertEquals(List.of(), catalog.rejected());
        assertEquals("service#40", ProviderDefinitions.owner(first));

        assertEquals(List.of("a", "b"), catalog.candidates(Respondent.CASEWORKER, 10).stream().map(CatalogEntry::id).toList());
        assertEquals("a", catalog.select(Respondent.CASEWORKER, 10).orElseThrow().id());
        CatalogEntry b = catalog.find("b", "2.1.0").orElseThrow();
        assertTrue(b.active());
        assertNull(b.resourceBundle(), "names no pictures or audio, so needs no bundle");
    }

    @Test
    void aProviderThatThrowsIsReportedAndBreaksNothingElse() {
        whiteboard.bound(service(40), offering(doc("a.json", valid("a"))));
        whiteboard.bound(service(41), () -> {
            throw new IllegalStateException("database is down");
        });
        whiteboard.bound(service(42), offering(doc("c.json", valid("c"))));
        assertDoesNotThrow(whiteboard::open);
        assertEquals(List.of("a 2.1.0 service:" + BSN + "/a.json", "c 2.1.0 service:" + BSN + "/c.json"), accepted());
        // catalog.rejected() is what the questionnaire.rejected health check reports
        RejectedSource failed = rejected("service:" + BSN + "/service#41");
        assertNull(failed.id());
        assertEquals(List.of(new Problem("", "the provider failed: java.lang.IllegalStateException: database is down")),
                failed.problems());

        assertDoesNotThrow(() -> whiteboard.bound(FakeServiceReference.of(43, null), () -> {
            throw new UnsupportedOperationException();
        }));
        assertEquals(List.of(new Problem("", "the provider failed: java.lang.UnsupportedOperationException")),
                rejected("service:unknown/service#43").problems(), "a service unregistered meanwhile has no bundle");
        assertEquals(2, catalog.rejected().size());
        assertEquals(2, accepted().size());
    }

    @Test
    void aProviderWhoseClassesAreMissingIsReportedAndBreaksNothingElse() {
        whiteboard.bound(service(40), () -> {
            throw new NoClassDefFoundError("com/example/Gone");
        });
        whiteboard.bound(service(41), offering(doc("b.json", valid("b"))));
        assertDoesNotThrow(whiteboard::open, "would fail the catalog component's activation");
        assertEquals(List.of("b 2.1.0 service:" + BSN + "/b.json"), accepted());
        assertEquals(List.of(new Problem("", "the provider failed: java.lang.NoClassDefFoundError: com/example/Gone")),
                rejected("service:" + BSN + "/service#40").problems());
    }

    @Test
    void aProviderThatReturnsNullIsReportedAndBreaksNothingElse() {
        var returnsNull = service(40);
        whiteboard.bound(returnsNull, () -> null);
        whiteboard.bound(service(41), offering(null, doc("b.json", valid("b")), null));
        assertDoesNotThrow(whiteboard::open);
        assertEquals(List.of("b 2.1.0 service:" + BSN + "/b.json"), accepted());
        assertEquals(List.of(new Problem("", "the provider returned null instead of a list of documents")),
                rejected("service:" + BSN + "/service#40").problems());
        assertEquals(1, catalog.rejected().size(), "null documents in a list are skipped");
        whiteboard.unbound(returnsNull);
        assertEquals(List.of(), catalog.rejected());
    }

    @Test
    void aBrokenDocumentIsRejectedWithItsReasonAndItsValidSiblingIsOffered() {
        whiteboard.open();
        whiteboard.bound(service(40), offering(
                doc("a-broken.json", broken("broken")),
                doc("b.json", valid("b")),
                doc("c-not-json.json", "{\"id\": ")));
        assertEquals(List.of("b 2.1.0 service:" + BSN + "/b.json"), accepted());
        RejectedSource reason = rejected("service:" + BSN + "/a-broken.json");
        assertEquals("broken", reason.id());
        assertEquals("2.1.0", reason.version());
        assertEquals(List.of("title: missing \"en\""), reason.problems().stream().map(Problem::toString).toList());
        assertTrue(rejected("service:" + BSN + "/c-not-json.json").problems().get(0).message().startsWith("not valid JSON"));
        assertEquals(2, catalog.rejected().size());
    }

    @Test
    void anUpdateReplacesTheProvidersEntriesAndRejections() {
        AtomicReference<List<DefinitionDocument>> documents = new AtomicReference<>(List.of(
                doc("a.json", valid("a")), doc("x.json", broken("x"))));
        QuestionnaireProvider provider = () -> {
            List<DefinitionDocument> now = documents.get();
            if (now == null) {
                throw new IllegalStateException("configuration is incomplete");
            }
            return now;
        };
        var ref = service(40);
        whiteboard.open();
        whiteboard.bound(service(41), offering(doc("other.json", valid("other"))));
        whiteboard.bound(ref, provider);
        assertEquals(List.of("a 2.1.0 service:" + BSN + "/a.json", "other 2.1.0 service:" + BSN + "/other.json"), accepted());
        assertEquals(1, catalog.rejected().size());

        documents.set(List.of(doc("a.json", valid("a", "2.2.0")), doc("c.json", valid("c"))));
        whiteboard.updated(ref, provider);
        assertEquals(List.of("a 2.2.0 service:" + BSN + "/a.json", "c 2.1.0 service:" + BSN + "/c.json",
                "other 2.1.0 service:" + BSN + "/other.json"), accepted());
        assertEquals(List.of(), catalog.rejected(), "x.json is no longer offered");

        documents.set(null);
        whiteboard.updated(ref, provider);
        assertEquals(List.of("other 2.1.0 service:" + BSN + "/other.json"), accepted());
        assertEquals(List.of(new Problem("", "the provider failed: java.lang.IllegalStateException: configuration is incomplete")),
                rejected("service:" + BSN + "/service#40").problems());

        documents.set(List.of(doc("a.json", valid("a", "2.2.0"))));
        whiteboard.updated(ref, provider);
        assertEquals(List.of("a 2.2.0 service:" + BSN + "/a.json", "other 2.1.0 service:" + BSN + "/other.json"), accepted());
        assertEquals(List.of(), catalog.rejected(), "the failure is gone once the provider reads again");
    }

    @Test
    void unbindingWithdrawsOnlyThatProvidersEntriesAndRejections() {
        var leaving = service(40);
        whiteboard.bound(leaving, offering(doc("a.json", valid("a")), doc("x.json", broken("x"))));
        whiteboard.bound(service(41), offering(doc("b.json", valid("b"))));
        whiteboard.open();
        assertEquals(2, accepted().size());
        assertEquals(1, catalog.rejected().size());
        whiteboard.unbound(leaving);
        assertEquals(List.of("b 2.1.0 service:" + BSN + "/b.json"), accepted());
        assertEquals(List.of(), catalog.rejected());
        assertEquals(List.of("b"), catalog.candidates(Respondent.CASEWORKER, 10).stream().map(CatalogEntry::id).toList());

        whiteboard.close();
        whiteboard.open();
        assertEquals(List.of("b 2.1.0 service:" + BSN + "/b.json"), accepted(), "an unbound provider is not read again");
    }

    @Test
    void archivedVersionsStayFindableAfterTheProviderLeavesButAreNoLongerOffered() {
        catalog.archiveArrived(new FakeArchive());
        var ref = service(40);
        whiteboard.open();
        whiteboard.bound(ref, offering(doc("a.json", valid("a"))));
        assertTrue(catalog.find("a", "2.1.0").orElseThrow().archived());
        whiteboard.unbound(ref);
        assertEquals(List.of(), catalog.entries());
        assertEquals(List.of(), catalog.candidates(Respondent.CASEWORKER, 10));
        // responses pin their version; they must still find it
        CatalogEntry pinned = catalog.find("a", "2.1.0").orElseThrow();
        assertEquals(valid("a"), pinned.json());
        assertEquals("service:" + BSN + "/a.json", pinned.origin());
        assertTrue(pinned.archived());
    }

    @Test
    void anUpdateCannotChangeTheContentOfAnArchivedVersion() {
        catalog.archiveArrived(new FakeArchive());
        AtomicReference<String> json = new AtomicReference<>(valid("a"));
        QuestionnaireProvider provider = () -> List.of(doc("a.json", json.get()));
        var ref = service(40);
        whiteboard.open();
        whiteboard.bound(ref, provider);
        String original = json.get();
        json.set(Defs.edited(Defs.FOLLOW_UP, root -> root.put("id", "a").with("title").put("en", "Changed")));
        whiteboard.updated(ref, provider);
        assertEquals(List.of(), catalog.entries());
        assertTrue(rejected("service:" + BSN + "/a.json").problems().get(0).message().contains("versions are immutable"));
        assertEquals(original, catalog.find("a", "2.1.0").orElseThrow().json());
    }
}
