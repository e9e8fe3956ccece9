package se.delaktig.invitation.internal.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import se.delaktig.api.invitation.AddressKind;
import se.delaktig.api.invitation.InvitationException;
import se.delaktig.api.invitation.InvitationException.Reason;
import se.delaktig.api.invitation.InvitationOptions.ChannelChoice;
import se.delaktig.api.invitation.InvitationService;
import se.delaktig.api.invitation.InvitationStatus;
import se.delaktig.api.invitation.InvitationView;
import se.delaktig.api.invitation.NewInvitation;
import se.delaktig.api.invitation.SendResult;
import se.delaktig.host.api.HostLinks;
import se.delaktig.host.api.Staff;
import se.delaktig.invitation.internal.panel.Confirmation;
import se.delaktig.invitation.internal.panel.Notice;
import se.delaktig.invitation.internal.panel.PanelLinks;
import se.delaktig.invitation.internal.panel.PanelModel;
import se.delaktig.invitation.internal.panel.PanelNotices;
import se.delaktig.invitation.internal.panel.PanelRenderer;

/**
 * The panel's form posts: each ends in a 303 back to the case page with a one-shot notice for the
 * panel, or, when a print/in-person channel handed over a code, in the hand-over page (200, shown
 * once, {@code Cache-Control: no-store} from the web bundle's headers). <i>Revoke</i>, and <i>Send
 * again</i> after a successful delivery, first only ask (a question for the panel, 303 to it) and
 * act on the second post with {@code confirm=yes} ({@code confirm=no} is Cancel). Nothing is
 * stored here but the resend claims.
 */
final class PanelForms {

    /** What the create form posts (every field as received, possibly null). */
    record CreateForm(String questionnaire, String channel, String address, String language, String idempotencyKey,
            boolean confirmProtectedIdentity) {
        /** The typed address is personal data: never in a log line. */
        @Override
        public String toString() {
            return "CreateForm[channel=" + channel + ", questionnaire=" + questionnaire + ", address=(redacted)]";
        }
    }

    private static final String YES = "yes";
    private static final String NO = "no";

    private final InvitationService invitations;
    private final HostLinks links;
    private final PanelNotices notices;
    private final PanelRenderer renderer;
    private final Duration extension;
    private final ZoneId zone;
    private final ResendClaims claims;

    PanelForms(InvitationService invitations, HostLinks links, PanelNotices notices, PanelRenderer renderer,
            Duration extension, ZoneId zone) {
        this(invitations, links, notices, renderer, extension, zone, new ResendClaims(Clock.systemUTC()));
    }

    PanelForms(InvitationService invitations, HostLinks links, PanelNotices notices, PanelRenderer renderer,
            Duration extension, ZoneId zone, ResendClaims claims) {
        this.invitations = invitations;
        this.links = links;
        this.notices = notices;
        this.renderer = renderer;
        this.extension = extension;
        this.zone = zone;
        this.claims = claims;
    }

    Response create(Staff staff, String caseId, CreateForm form, String ui) {
        try {
            if (blank(form.channel()) || blank(form.idempotencyKey())) {
                throw new InvitationException(Reason.INVALID_REQUEST, "channel and idempotency_key are required");
            }
            ChannelChoice channel = invitations.options(staff, caseId, renderer.language(ui)).channels().stream()
                    .filter(c -> c.id().equals(form.channel())).findFirst()
                    .orElseThrow(() -> new InvitationException(Reason.UNKNOWN_CHANNEL, "no such channel"));
            // A number typed before choosing "in person" is not kept anywhere.
            String address = channel.addressKind() == AddressKind.NONE ? null : form.address();
            SendResult result = invitations.create(staff, new NewInvitation(caseId, emptyToNull(form.questionnaire()),
                    null, channel.id(), address, emptyToNull(form.language()), form.idempotencyKey(),
                    form.confirmProtectedIdentity()));
            if (!result.created()) {
                return back(staff, caseId, Notice.ok(channel.handsOver() ? "notice.replayedHandOver" : "notice.replayed"));
            }
            return sent(staff, caseId, result, ui, false);
        } catch (InvitationException e) {
            return back(staff, caseId, Failures.notice(e, renderer.texts(ui)));
        }
    }

    /**
     * Send again. After a successful delivery the first press only asks (a new code kills the one
     * the child has); {@code sendCount} is the delivery count the page was rendered with, so a
     * double click or a stale page sends nothing more.
     */
    Response resend(Staff staff, String caseId, InvitationView invitation, String confirm, String sendCount,
            String ui) {
        if (NO.equals(confirm)) {
            return cancelled(caseId);
        }
        boolean confirmed = YES.equals(confirm);
        Integer seen = count(sendCount);
        if (seen != null && invitation.sendCount() > seen) {
            return alreadyResent(staff, caseId, invitation, ui);
        }
        if (invitation.canResend() && (seen == null || !confirmed && needsConfirmation(invitation))) {
            return ask(staff, caseId, new Confirmation(Confirmation.Action.RESEND, invitation.id()));
        }
        int at = seen == null ? invitation.sendCount() : seen;
        if (!claims.claim(invitation.id(), at)) {
            return alreadyResent(staff, caseId, invitation, ui);
        }
        try {
            return sent(staff, caseId, invitations.resend(staff, invitation.id()), ui, true);
        } catch (InvitationException e) {
            claims.release(invitation.id(), at);
            return back(staff, caseId, Failures.notice(e, renderer.texts(ui)));
        }
    }

    /** Revoke: the first press asks, the second ({@code confirm=yes}) revokes; revoking twice is harmless. */
    Response revoke(Staff staff, String caseId, InvitationView invitation, String confirm) {
        if (NO.equals(confirm)) {
            return cancelled(caseId);
        }
        boolean confirmed = YES.equals(confirm);
        if (invitation.status() == InvitationStatus.REVOKED) {
            return back(staff, caseId, Notice.ok("notice.revoked"));
        }
        if (!confirmed && invitation.canRevoke()) {
            return ask(staff, caseId, new Confirmation(Confirmation.Action.REVOKE, invitation.id()));
        }
        return act(staff, caseId, null, id -> {
            invitations.revoke(staff, id);
            return back(staff, caseId, Notice.ok("notice.revoked"));
        }, invitation);
    }

    /** The last delivery reached the child: sending again replaces a code the child may already have. */
    static boolean needsConfirmation(InvitationView invitation) {
        return invitation.status() == InvitationStatus.SENT;
    }

    Response extend(Staff staff, String caseId, InvitationView invitation) {
        return act(staff, caseId, null, id -> {
            InvitationView extended = invitations.extend(staff, id, invitation.expiresAt().plus(extension));
            return back(staff, caseId, Notice.ok("notice.extended",
                    PanelModel.formatDate(extended.expiresAt(), zone)));
        }, invitation);
    }

    private interface Action {
        Response run(String invitationId) throws InvitationException;
    }

    private Response act(Staff staff, String caseId, String ui, Action action, InvitationView invitation) {
        try {
            return action.run(invitation.id());
        } catch (InvitationException e) {
            return back(staff, caseId, Failures.notice(e, renderer.texts(ui)));
        }
    }

    private Response sent(Staff staff, String caseId, SendResult result, String ui, boolean resent) {
        if (result.handOver() != null) {
            String page = renderer.handOverPage(renderer.language(ui), result.handOver(),
                    PanelLinks.back(links.returnUrl(caseId)).toString(), resent);
            return Response.ok(page, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        }
        if (!result.delivered()) {
            String reason = result.invitation().lastFailure();
            return back(staff, caseId, new Notice(true, "notice.deliveryFailed", reason == null ? "?" : reason));
        }
        return back(staff, caseId, Notice.ok(resent ? "notice.resent" : "notice.sent"));
    }

    private Response alreadyResent(Staff staff, String caseId, InvitationView invitation, String ui) {
        boolean handsOver = false;
        try {
            handsOver = invitations.options(staff, caseId, renderer.language(ui)).channels().stream()
                    .anyMatch(c -> c.id().equals(invitation.channelId()) && c.handsOver());
        } catch (InvitationException e) {
            // only the wording depends on it
        }
        return back(staff, caseId, Notice.ok(handsOver ? "notice.alreadyResentHandOver" : "notice.alreadyResent"));
    }

    /** Cancel: back to the list, nothing done, nothing to say. */
    private Response cancelled(String caseId) {
        return Response.seeOther(PanelLinks.back(links.returnUrl(caseId), PanelLinks.LIST_FRAGMENT)).build();
    }

    private Response ask(Staff staff, String caseId, Confirmation question) {
        notices.ask(staff.id(), caseId, question);
        return Response.seeOther(PanelLinks.back(links.returnUrl(caseId), PanelLinks.QUESTION_FRAGMENT)).build();
    }

    private static Integer count(String value) {
        if (value == null || value.isBlank() || value.length() > 9 || !value.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.valueOf(value);
    }

    private Response back(Staff staff, String caseId, Notice notice) {
        notices.put(staff.id(), caseId, notice);
        return Response.seeOther(PanelLinks.back(links.returnUrl(caseId))).build();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String emptyToNull(String value) {
        return blank(value) ? null : value;
    }
}
