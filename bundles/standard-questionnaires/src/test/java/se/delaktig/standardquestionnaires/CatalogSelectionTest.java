package se.delaktig.standardquestionnaires;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.delaktig.api.questionnaire.CatalogEntry;
import se.delaktig.api.questionnaire.Respondent;
import se.delaktig.questionnaire.internal.catalog.Catalog;

/** The shipped files offered to the real catalog as the extender offers them, and a municipality's adjusted import. */
class CatalogSelectionTest {

    static final String BSN = "se.delaktig.standard-questionnaires";

    final Catalog catalog = new Catalog(CatalogSelectionTest::find, Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));

    static URL find(String bundle, String file) {
        Path p = Shipped.root().resolve(file);
        try {
            return BSN.equals(bundle) && Files.isRegularFile(p) ? p.toUri().toURL() : null;
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void offerAll() throws Exception {
        for (String id : Shipped.IDS) {
            catalog.offer("bundle#7", "bundle:" + BSN + "/questionnaires/" + id + ".json", Shipped.json(id), BSN);
        }
    }

    @Test
    void everyAgeGetsItsBandAndTheCaseworkerTheFollowUpForm() throws Exception {
        for (int age = 5; age <= 18; age++) {
            String expected = age <= 7 ? "barn-5-7" : age <= 12 ? "barn-8-12" : "ungdom-13-18";
            assertEquals(expected, catalog.select(Respondent.CHILD, age).orElseThrow().questionnaire().id(), "age " + age);
            assertEquals(1, catalog.candidates(Respondent.CHILD, age).size(), "the bands do not overlap: age " + age);
        }
        assertTrue(catalog.select(Respondent.CHILD, 4).isEmpty());
        assertTrue(catalog.select(Respondent.CHILD, 19).isEmpty());
        for (int age = 0; age <= 20; age++) {
            assertEquals("uppfoljning-handlaggare", catalog.select(Respondent.CASEWORKER, age).orElseThrow().questionnaire().id());
        }
        assertTrue(catalog.rejected().isEmpty(), catalog.rejected().toString());
        // offered again at the next start of the bundle: identical, accepted
        catalog.offer("bundle#8", "bundle:" + BSN + "/questionnaires/barn-8-12.json", Shipped.json("barn-8-12"), BSN);
        assertTrue(catalog.resource("barn-5-7", "1.0.0", "pictures/home.svg").isPresent());
    }

    @Test
    void aMunicipalityAdjustsAQuestionnaireByImportingANewVersion() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode doc = (ObjectNode) mapper.readTree(Shipped.json("barn-8-12"));
        doc.put("version", "1.1.0");
        doc.put("resourceBundle", BSN); // reuses the shipped pictures
        ObjectNode review = doc.putObject("review");
        review.put("status", "reviewed").put("reviewedBy", "Socialtjänstens barn- och ungdomsenhet").put("reviewedOn", "2026-12-01");
        ((ObjectNode) doc.get("title")).put("sv", "Så har jag det just nu");
        CatalogEntry imported = catalog.importDefinition(mapper.writeValueAsString(doc), "admin-1");
        assertEquals("1.1.0", imported.questionnaire().version().toString());
        assertEquals("1.1.0", catalog.select(Respondent.CHILD, 10).orElseThrow().questionnaire().version().toString());
        assertTrue(catalog.resource("barn-8-12", "1.1.0", "pictures/home.svg").isPresent());
        assertTrue(catalog.find("barn-8-12", "1.0.0").isPresent(), "the shipped version stays for answers pinned to it");
    }
}
