package se.delaktig.invitation.internal.panel;

import java.security.SecureRandom;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.delaktig.api.invitation.InvitationException;
import se.delaktig.api.invitation.InvitationOptions;
import se.delaktig.api.invitation.InvitationService;
import se.delaktig.api.invitation.InvitationView;
import se.delaktig.host.api.panel.CasePanel;
import se.delaktig.host.api.panel.PanelContent;
import se.delaktig.host.api.panel.PanelRequest;
import se.delaktig.web.api.CsrfTokens;

/** The "send questionnaire" panel on the host's case page: the form and every invitation of the case. */
@Component(service = CasePanel.class, configurationPid = PanelConfiguration.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL, property = "service.ranking:Integer=300")
@Designate(ocd = PanelConfiguration.class)
public class InvitationPanel implements CasePanel {

    private static final Logger LOG = LoggerFactory.getLogger(InvitationPanel.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final InvitationService invitations;
    private final CsrfTokens tokens;
    private final PanelNotices notices;
    private final PanelRenderer renderer;

    @Activate
    public InvitationPanel(@Reference InvitationService invitations, @Reference CsrfTokens tokens,
            @Reference PanelNotices notices, PanelConfiguration config) {
        this(invitations, tokens, notices, new PanelRenderer(ZoneId.of(config.time_zone()), config.extend_days(),
                Stylesheet.load().url(), config.default_channel()));
    }

    InvitationPanel(InvitationService invitations, CsrfTokens tokens, PanelNotices notices, PanelRenderer renderer) {
        this.invitations = invitations;
        this.tokens = tokens;
        this.notices = notices;
        this.renderer = renderer;
    }

    @Override
    public String id() {
        return PanelLinks.PANEL_ID;
    }

    @Override
    public Optional<PanelContent> render(PanelRequest request) {
        String language = renderer.language(request.locale());
        String caseId = request.caseId();
        InvitationOptions options = null;
        List<InvitationView> list = List.of();
        try {
            options = invitations.options(request.staff(), caseId, language);
        } catch (InvitationException e) {
            LOG.warn("Invitation panel for case {} has no options: {} {}", caseId, e.reason(), e.getMessage());
        }
        try {
            list = invitations.list(request.staff(), caseId);
        } catch (InvitationException e) {
            LOG.warn("Invitation panel for case {} cannot list invitations: {} {}", caseId, e.reason(), e.getMessage());
        }
        Notice notice = notices.take(request.staff().id(), caseId).orElse(null);
        Confirmation question = notices.takeQuestion(request.staff().id(), caseId).orElse(null);
        String html = renderer.panel(new PanelRenderer.Input(caseId, language, options, list,
                tokens.issue(request.staff().id()), idempotencyKey(), notice, question));
        return Optional.of(new PanelContent(renderer.title(language), html, List.of(renderer.stylesheetUrl())));
    }

    /** A fresh random key per rendered form: a double click posts it twice and creates one invitation. */
    static String idempotencyKey() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
