package se.delaktig.questionnaire.internal.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.delaktig.api.questionnaire.CatalogEntry;
import se.delaktig.host.api.AuditEvent;
import se.delaktig.host.api.AuditTrail;
import se.delaktig.host.api.HostException;
import se.delaktig.host.api.Staff;
import se.delaktig.host.api.StaffRole;
import se.delaktig.questionnaire.internal.Defs;
import se.delaktig.questionnaire.internal.catalog.Catalog;
import se.delaktig.questionnaire.internal.catalog.FakeArchive;
import se.delaktig.questionnaire.internal.osgi.EngineComponent;
import se.delaktig.web.api.StaffAccess;
import se.delaktig.web.api.WebError;

class QuestionnaireResourceTest {

    private static final Staff ADMIN = new Staff("admin-1", "Admin", Set.of(StaffRole.ADMINISTRATOR), Set.of());

    /** Signed in as {@code staff}; {@code null} means nobody. */
    private static StaffAccess access(Staff staff) {
        return new StaffAccess() {
            @Override
            public Staff requireStaff(HttpServletRequest request) {
                if (staff == null) {
                    throw new WebError(401, "unauthenticated", null);
                }
                return staff;
            }

            @Override
            public Staff requireRole(HttpServletRequest request, StaffRole role) {
                if (!requireStaff(request).hasRole(role)) {
                    throw new WebError(403, "forbidden", null);
                }
                return staff;
            }

            @Override
            public Staff requireCase(HttpServletRequest request, String caseId) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private final List<AuditEvent> events = new ArrayList<>();
    private boolean auditDown;
    private final AuditTrail audit = event -> {
        if (auditDown) {
            throw new HostException("down");
        }
        events.add(event);
    };
    private final Catalog catalog = new Catalog((b, f) -> null, Clock.systemUTC());
    private final FakeArchive archive = new FakeArchive();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    private QuestionnaireResource resource(Staff staff) {
        catalog.archiveArrived(archive);
        return new QuestionnaireResource(access(staff), catalog, new EngineComponent(), audit, clock);
    }

    @Test
    void importsAValidDefinitionWith201AndAudits() {
        Response r = resource(ADMIN).importDefinition(Defs.text(Defs.FOLLOW_UP), null);
        assertEquals(201, r.getStatus());
        assertEquals("questionnaires/test-follow-up/2.1.0", r.getLocation().toString());
        assertEquals("2.1.0", ((Summary.Version) r.getEntity()).version());
        assertTrue(archive.find("test-follow-up", "2.1.0").isPresent());
        assertEquals(1, events.size());
        assertEquals("admin-1", events.get(0).staffId());
        assertEquals("questionnaire.import", events.get(0).action());
        assertEquals(Instant.parse("2026-11-22T10:00:00Z"), events.get(0).at());
    }

    @Test
    void answers400WithEveryMessage() {
        String broken = Defs.edited(Defs.FOLLOW_UP, root -> {
            root.remove("title");
            Defs.at(root, "items.0.answerOption.1.text").remove("en");
        });
        Response r = resource(ADMIN).importDefinition(broken, null);
        assertEquals(400, r.getStatus());
        Summary.Refusal refusal = (Summary.Refusal) r.getEntity();
        assertEquals("invalid_definition", refusal.error());
        List<String> messages = refusal.problems().stream().map(Object::toString).toList();
        assertTrue(messages.contains("title: missing"), messages::toString);
        assertTrue(messages.contains("items[0].answerOption[1].text: missing \"en\""), messages::toString);
        assertTrue(events.isEmpty(), "nothing changed, nothing audited");
    }

    @Test
    void answers409ForAnExistingVersionWithOtherContent() {
        QuestionnaireResource res = resource(ADMIN);
        assertEquals(201, res.importDefinition(Defs.text(Defs.FOLLOW_UP), null).getStatus());
        assertEquals(201, res.importDefinition(Defs.text(Defs.FOLLOW_UP), null).getStatus(), "identical again is fine");
        Response r = res.importDefinition(Defs.edited(Defs.FOLLOW_UP, root -> root.with("title").put("en", "Other")), null);
        assertEquals(409, r.getStatus());
        assertEquals("version_conflict", ((Summary.Refusal) r.getEntity()).error());
    }

    @Test
    void listsVersionsAndRejections() {
        QuestionnaireResource res = resource(ADMIN);
        res.importDefinition(Defs.text(Defs.FOLLOW_UP), null);
        Summary.Listing listing = res.list(null);
        assertEquals(1, listing.questionnaires().size());
        assertTrue(listing.questionnaires().get(0).active());
        assertEquals("caseworker", listing.questionnaires().get(0).respondent());
    }

    @Test
    void deactivatesAndActivatesWithAudit() {
        QuestionnaireResource res = resource(ADMIN);
        res.importDefinition(Defs.text(Defs.FOLLOW_UP), null);
        assertFalse(res.deactivate("test-follow-up", "2.1.0", null).active());
        assertFalse(archive.find("test-follow-up", "2.1.0").orElseThrow().active());
        assertTrue(res.activate("test-follow-up", "2.1.0", null).active());
        assertEquals(List.of("questionnaire.import", "questionnaire.deactivate", "questionnaire.activate"),
                events.stream().map(AuditEvent::action).toList());
        WebError missing = assertThrows(WebError.class, () -> res.activate("nope", "1.0.0", null));
        assertEquals(404, missing.getResponse().getStatus());
    }

    @Test
    void refusesWhenTheAuditTrailRefuses() {
        auditDown = true;
        WebError e = assertThrows(WebError.class, () -> resource(ADMIN).importDefinition(Defs.text(Defs.FOLLOW_UP), null));
        assertEquals(503, e.getResponse().getStatus());
        assertTrue(catalog.entries().isEmpty());
    }

    @Test
    void onlyAdministrators() {
        Staff caseworker = new Staff("cw", "Anna", Set.of(StaffRole.CASEWORKER), Set.of("u1"));
        assertEquals(403, assertThrows(WebError.class, () -> resource(caseworker).list(null)).getResponse().getStatus());
        assertEquals(401, assertThrows(WebError.class,
                () -> resource(null).importDefinition("{}", null)).getResponse().getStatus());
    }

    @Test
    void exportsFhir() {
        QuestionnaireResource res = resource(ADMIN);
        res.importDefinition(Defs.text(Defs.FOLLOW_UP), null);
        assertTrue(res.fhir("test-follow-up", "2.1.0", null).contains("\"resourceType\" : \"Questionnaire\""));
        CatalogEntry e = catalog.find("test-follow-up", "2.1.0").orElseThrow();
        assertEquals(e.json(), res.definition("test-follow-up", "2.1.0", null));
    }
}
