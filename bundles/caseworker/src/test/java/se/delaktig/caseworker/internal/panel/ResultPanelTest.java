package se.delaktig.caseworker.internal.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.delaktig.api.response.ResponseRepository;
import se.delaktig.api.result.ResultRepository;
import se.delaktig.caseworker.internal.result.CaseResults;
import se.delaktig.caseworker.internal.result.Fakes;
import se.delaktig.caseworker.internal.result.ResponseResult;
import se.delaktig.host.api.AuditTrail;
import se.delaktig.host.api.Staff;
import se.delaktig.host.api.StaffContext;
import se.delaktig.host.api.StaffRole;
import se.delaktig.host.api.panel.PanelRequest;
import se.delaktig.web.api.CsrfTokens;

class ResultPanelTest {
    private static final Staff ANNA = new Staff("anna", "Anna", Set.of(StaffRole.CASEWORKER), Set.of("u1"));
    private static final PanelRequest REQUEST = new PanelRequest("c1", ANNA, Locale.ENGLISH, "/host/cases/c1");

    private boolean maySee = true;
    private boolean auditWorks = true;
    private boolean danger = true;
    private final List<String> calls = new ArrayList<>();

    private final CaseResults results = new CaseResults(Fakes.of(ResultRepository.class, Map.of()),
            Fakes.of(ResponseRepository.class, Map.of()), Fakes.catalog(), Fakes.of(AuditTrail.class, Map.of())) {
        @Override
        public boolean hasAny(String caseId) {
            return true;
        }

        @Override
        public boolean latestChildResponseSignalsDanger(String caseId) {
            return danger;
        }

        @Override
        public boolean audit(Staff staff, String caseId, String view) {
            calls.add("audit " + view);
            return auditWorks;
        }

        @Override
        public List<ResponseResult> all(String caseId, String language) {
            calls.add("read");
            return List.of();
        }
    };

    private final ResultPanel panel = new ResultPanel(results, new ResultViews(new Views(ZoneId.of("UTC"))),
            Fakes.of(CsrfTokens.class, Map.of("issue", a -> "token")),
            Fakes.of(StaffContext.class, Map.of("maySeeCase", a -> {
                calls.add("maySeeCase " + a[1]);
                return maySee;
            })));

    @Test
    void asksTheHostItselfAndShowsNothingWhenItSaysNo() {
        maySee = false;
        assertTrue(panel.render(REQUEST).isEmpty());
        assertEquals(List.of("maySeeCase c1"), calls);
    }

    @Test
    void theDangerFlagShowsEvenWhenTheAuditRefusesButNoAnswers() {
        auditWorks = false;
        String html = panel.render(REQUEST).orElseThrow().html();
        assertTrue(html.contains("dlk-res-alert"), html);
        assertTrue(html.contains("dlk-res-notice"), html);
        assertEquals(List.of("maySeeCase c1", "audit case-panel"), calls, "no answers read without the audit event");
    }

    @Test
    void noFlagWhenTheChildsLatestResponseSignalsNoDanger() {
        danger = false;
        String html = panel.render(REQUEST).orElseThrow().html();
        assertFalse(html.contains("dlk-res-alert"), html);
        assertEquals(List.of("maySeeCase c1", "audit case-panel", "read"), calls);
    }

    @Test
    void caseIdsAreEncodedInEveryPathBuiltFromThem() {
        assertEquals("/delaktig/api/cases/A%20B%2FC%3F%23", Views.casePath("A B/C?#"));
        assertEquals("/delaktig/api/cases/MXEG-5VVB", Views.casePath("MXEG-5VVB"));
    }
}
