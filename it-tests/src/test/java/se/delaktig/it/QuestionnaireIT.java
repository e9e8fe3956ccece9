package se.delaktig.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.inject.Inject;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import se.delaktig.api.questionnaire.QuestionnaireCatalog;
import se.delaktig.api.questionnaire.Respondent;
import se.delaktig.web.api.CsrfTokens;

/** Questionnaires in the running product: administrator import over REST, the Gogo commands, FHIR export. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class QuestionnaireIT {

    /** A definition without pictures: an import needs no resource bundle then. */
    private static final Path EXAMPLE = Path.of("../bundles/questionnaire/src/test/resources/definitions/uppfoljning.json");

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] configuration() {
        return ExamOptions.demo("questionnaire");
    }

    @Before
    public void ready() {
        FrameworkReady.await(context);
    }

    @Test
    public void anAdministratorImportsAVersionThatIsThenListedExportedAndImmutable() throws Exception {
        String json = Files.readString(EXAMPLE).replace("\"test-follow-up\"", "\"rest-follow-up\"");
        HttpClientSession admin = new HttpClientSession(context).signIn("admin");
        assertEquals(403, new HttpClientSession(context).signIn("anna").postRaw("/delaktig/api/questionnaires",
                "application/json", json).status());

        HttpClientSession.Response created = admin.postRaw("/delaktig/api/questionnaires", "application/json", json);
        assertTrue(created.body(), created.status() == 201);
        JsonNode list = new ObjectMapper().readTree(admin.getJson("/delaktig/api/questionnaires").body());
        assertTrue(list.toString(), list.toString().contains("rest-follow-up"));

        HttpClientSession.Response fhir = admin.getJson("/delaktig/api/questionnaires/rest-follow-up/2.1.0/fhir");
        assertEquals(fhir.body(), 200, fhir.status());
        assertEquals("Questionnaire", new ObjectMapper().readTree(fhir.body()).path("resourceType").asText());

        String changed = json.replace("\"Uppföljning\"", "\"Uppföljning av insats\"");
        assertEquals("a version is immutable", 409,
                admin.postRaw("/delaktig/api/questionnaires", "application/json", changed).status());
        HttpClientSession.Response broken = admin.postRaw("/delaktig/api/questionnaires", "application/json",
                json.replace("\"en\": \"Follow-up\"", "\"de\": \"Nachverfolgung\"").replace("\"2.1.0\"", "\"2.2.0\""));
        assertEquals(broken.body(), 400, broken.status());
        assertTrue("the fault names its path: " + broken.body(), broken.body().contains("title"));
    }

    /** The "complete small example" of docs/questionnaire-authoring.md, as written there. */
    private static String guideExample() throws Exception {
        String guide = Files.readString(Path.of("../docs/questionnaire-authoring.md"));
        int start = guide.indexOf("```json\n", guide.indexOf("## A complete small example")) + "```json\n".length();
        return guide.substring(start, guide.indexOf("```\n", start));
    }

    private static String check(JsonNode status, String name) {
        for (JsonNode c : status.path("checks")) {
            if (c.path("name").asText().equals(name)) {
                return c.path("status").asText() + ": " + c.path("message").asText();
            }
        }
        return "missing";
    }

    @Test
    public void theGuidesExampleImportsAndARejectedVersionReachesTheStatusPage() throws Exception {
        HttpClientSession admin = new HttpClientSession(context).signIn("admin");
        String example = guideExample();
        HttpClientSession.Response created = admin.postRaw("/delaktig/api/questionnaires", "application/json", example);
        assertEquals(created.body(), 201, created.status());
        assertEquals(200, admin.get("/delaktig/api/questionnaires/exempel-8-12/1.0.0/fhir", "application/json").status());

        String changed = example.replace("\"Hur har du det?\"", "\"Hur mår du?\"");
        assertEquals(409, admin.postRaw("/delaktig/api/questionnaires", "application/json", changed).status());
        String rejected = check(new ObjectMapper().readTree(admin.getJson("/delaktig/api/status").body()), "questionnaire.rejected");
        assertTrue(rejected, rejected.startsWith("WARNING: ") && rejected.contains("import — version: version 1.0.0 of \"exempel-8-12\""));
        assertTrue("no staff id on the status page: " + rejected, !rejected.contains("staff-"));

        String newVersion = changed.replace("\"version\": \"1.0.0\"", "\"version\": \"1.0.1\"");
        assertEquals(201, admin.postRaw("/delaktig/api/questionnaires", "application/json", newVersion).status());
        rejected = check(new ObjectMapper().readTree(admin.getJson("/delaktig/api/status").body()), "questionnaire.rejected");
        assertTrue("the administrator's next accepted import clears it: " + rejected, !rejected.contains("exempel-8-12"));
    }

    @Test
    public void theShippedQuestionnairesAreAcceptedAndChosenByTheChildsAge() {
        QuestionnaireCatalog catalog = FrameworkReady.service(context, QuestionnaireCatalog.class);
        FrameworkReady.waitFor("the standard questionnaires", () -> catalog.entries().size() >= 4);
        assertEquals(java.util.List.of(), catalog.rejected().stream()
                .filter(r -> r.origin().contains("standard-questionnaires")).toList());
        assertEquals("barn-5-7", catalog.select(Respondent.CHILD, 6).orElseThrow().id());
        assertEquals("barn-8-12", catalog.select(Respondent.CHILD, 12).orElseThrow().id());
        assertEquals("ungdom-13-18", catalog.select(Respondent.CHILD, 13).orElseThrow().id());
        assertTrue(catalog.select(Respondent.CASEWORKER, 10).isPresent());
        assertTrue("no questionnaire for a 4-year-old", catalog.select(Respondent.CHILD, 4).isEmpty());
    }

    @Test
    public void theGogoCommandsListAndImport() throws Exception {
        String listing = gogo("delaktig:questionnaires");
        assertTrue(listing, !listing.isBlank());
        Path copy = Files.createTempFile("gogo-follow-up", ".json");
        Files.writeString(copy, Files.readString(EXAMPLE).replace("\"test-follow-up\"", "\"gogo-follow-up\""));
        String imported = gogo("delaktig:import " + copy.toAbsolutePath());
        assertTrue(imported, imported.contains("accepted gogo-follow-up 2.1.0"));
        assertTrue(gogo("delaktig:questionnaires").contains("gogo-follow-up"));
    }

    @Test
    public void formPostsToTheStaffApiNeedOurOriginAndATokenForTheSignedInPerson() throws Exception {
        HttpClientSession admin = new HttpClientSession(context).signIn("admin");
        String json = Files.readString(EXAMPLE).replace("\"test-follow-up\"", "\"guard-follow-up\"");
        assertEquals("JSON needs no token", 201, admin.postRaw("/delaktig/api/questionnaires", "application/json", json).status());
        String path = "/delaktig/api/questionnaires/guard-follow-up/2.1.0/";
        assertEquals("no token", 403, admin.post(path + "deactivate", java.util.Map.of()).status());
        CsrfTokens tokens = FrameworkReady.service(context, CsrfTokens.class);
        assertEquals("someone else's token", 403,
                admin.post(path + "deactivate", java.util.Map.of("csrf", tokens.issue("staff-01"))).status());
        HttpClientSession.Response deactivated = admin.post(path + "deactivate", java.util.Map.of("csrf", tokens.issue("staff-06")));
        assertEquals(deactivated.body(), 200, deactivated.status());
        assertEquals("another site's page", 403, admin.send(path + "activate", "application/x-www-form-urlencoded",
                "csrf=" + tokens.issue("staff-06"), java.util.Map.of("Origin", "http://evil.example")).status());
        assertEquals(200, admin.send(path + "activate", "application/x-www-form-urlencoded", "",
                java.util.Map.of(CsrfTokens.HEADER, tokens.issue("staff-06"))).status());
    }

    private String gogo(String command) throws Exception {
        CommandProcessor processor = FrameworkReady.service(context, CommandProcessor.class);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        CommandSession session = processor.createSession(new ByteArrayInputStream(new byte[0]), out, out);
        try {
            Object result = session.execute(command);
            if (result != null) {
                out.println(session.format(result, 0));
            }
        } finally {
            session.close();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
