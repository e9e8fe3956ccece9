package se.delaktig.caseworker.internal.panel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import se.delaktig.caseworker.internal.result.CaseResults;
import se.delaktig.caseworker.internal.result.ResponseResult;
import se.delaktig.host.api.StaffContext;
import se.delaktig.host.api.panel.CasePanel;
import se.delaktig.host.api.panel.PanelContent;
import se.delaktig.host.api.panel.PanelRequest;
import se.delaktig.web.api.CsrfTokens;
import se.delaktig.web.render.Messages;

/**
 * The result panel on the host's case page: the danger flag, the latest answers what matters first,
 * the latest follow-up form, links to history, before/after, meeting view and export, and
 * "answer together". Asks the host whether the staff member may see the case (nothing otherwise),
 * then one audit event ({@code answers.read}, view {@code case-panel}) before any answer is read;
 * when the host refuses it, a neutral notice instead of the answers. The danger flag carries no
 * answer content and shows either way ({@link CaseResults#latestChildResponseSignalsDanger}).
 */
@Component(service = CasePanel.class, property = "service.ranking:Integer=250")
public class ResultPanel implements CasePanel {

    /** The panel's id (the host's HTML id). */
    public static final String ID = "delaktig-results";
    /** The audit view name. */
    public static final String VIEW = "case-panel";

    private final CaseResults results;
    private final ResultViews views;
    private final CsrfTokens tokens;
    private final StaffContext staffContext;

    @Activate
    public ResultPanel(@Reference CaseResults results, @Reference ResultViews views, @Reference CsrfTokens tokens,
            @Reference StaffContext staffContext) {
        this.results = results;
        this.views = views;
        this.tokens = tokens;
        this.staffContext = staffContext;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<PanelContent> render(PanelRequest request) {
        // the host checked before calling, but the plugin asks itself on every request (never cached)
        if (!staffContext.maySeeCase(request.staff(), request.caseId())) {
            return Optional.empty();
        }
        Views v = views.views();
        String language = v.language(request.locale());
        Messages t = v.texts(language);
        String caseId = request.caseId();
        Map<String, Object> model = new HashMap<>();
        model.put("base", Views.casePath(caseId) + "/results");
        model.put("followup", Views.casePath(caseId) + "/followup");
        model.put("csrf", tokens.issue(request.staff().id()));
        boolean any = results.hasAny(caseId);
        model.put("any", any);
        model.put("refused", false);
        boolean danger = false;
        model.put("child", "");
        model.put("form", "");
        model.put("count", 0);
        if (any) {
            if (!results.audit(request.staff(), caseId, VIEW)) {
                model.put("refused", true);
                // the content-free flag shows even so: read for it alone, nothing of it is shown
                danger = results.latestChildResponseSignalsDanger(caseId);
            } else {
                List<ResponseResult> all = results.all(caseId, language);
                Optional<ResponseResult> child = latest(all, true);
                Optional<ResponseResult> form = latest(all, false);
                danger = child.map(ResponseResult::signalsDanger).orElse(false);
                model.put("count", all.size());
                model.put("child", child.map(r -> (Object) v.answers(r, language, "h4")).orElse(""));
                model.put("form", form.map(r -> (Object) v.answers(r, language, "h4")).orElse(""));
            }
        }
        model.put("danger", danger);
        String html = v.render("panel.vm", language, model).html();
        return Optional.of(new PanelContent(t.get("panel.title"), html, List.of(v.stylesheetUrl())));
    }

    static Optional<ResponseResult> latest(List<ResponseResult> all, boolean child) {
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).byChild() == child) {
                return Optional.of(all.get(i));
            }
        }
        return Optional.empty();
    }

}
