package se.delaktig.invitation.internal.panel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.delaktig.api.invitation.AddressKind;
import se.delaktig.api.invitation.HandOver;
import se.delaktig.api.invitation.InvitationException;
import se.delaktig.api.invitation.InvitationOptions;
import se.delaktig.api.invitation.InvitationOptions.ChannelChoice;
import se.delaktig.api.invitation.InvitationOptions.QuestionnaireChoice;
import se.delaktig.api.invitation.InvitationService;
import se.delaktig.api.invitation.InvitationStatus;
import se.delaktig.api.invitation.InvitationView;
import se.delaktig.api.invitation.NewInvitation;
import se.delaktig.api.invitation.SendResult;
import se.delaktig.api.questionnaire.ReviewStatus;
import se.delaktig.host.api.Staff;
import se.delaktig.host.api.StaffRole;

/** A small in-memory InvitationService for the panel and resource tests: idempotent create, scripted failures. */
public final class FakeInvitations implements InvitationService {

    public static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
    public static final Staff ANNA = new Staff("staff-01", "Anna", Set.of(StaffRole.CASEWORKER), Set.of("unit-norra"));

    public InvitationOptions options;
    public final List<InvitationView> views = new ArrayList<>();
    public final List<NewInvitation> created = new ArrayList<>();
    public final Map<String, SendResult> byKey = new HashMap<>();
    public final List<String> calls = new ArrayList<>();
    public InvitationException failure;
    public boolean deliver = true;
    /** {@code false}: a resend is still delivering, so the stored delivery count has not moved yet. */
    public boolean recordResends = true;

    public FakeInvitations(boolean protectedIdentity) {
        options = new InvitationOptions("case-1", true, protectedIdentity, 9,
                List.of(new QuestionnaireChoice("barn-8-12", "1.0.0", "Hur har du det?", 8, 12, List.of("sv", "en"),
                                ReviewStatus.REVIEWED),
                        new QuestionnaireChoice("extra", "2.0.0", "Extra frågor", 9, 10, List.of("sv"), ReviewStatus.DRAFT)),
                List.of(new ChannelChoice("email", "E-post", AddressKind.EMAIL, false, false),
                        new ChannelChoice("host-sms", "SMS", AddressKind.PHONE, true, false),
                        new ChannelChoice("print", "Kod personligen", AddressKind.NONE, true, true)),
                protectedIdentity ? "print" : "host-sms", NOW.plusSeconds(14 * 86400));
    }

    public static InvitationView view(String id, InvitationStatus status, String masked, String failure) {
        return new InvitationView(id, "case-1", "barn-8-12", "1.0.0", "host-sms", masked, "sv", status, "staff-01", NOW,
                NOW.plusSeconds(14 * 86400), NOW, 1, failure, null, status.canSend(), !status.isFinal(),
                !status.isFinal());
    }

    @Override
    public InvitationOptions options(Staff staff, String caseId, String language) throws InvitationException {
        calls.add("options " + language);
        return options;
    }

    @Override
    public SendResult create(Staff staff, NewInvitation request) throws InvitationException {
        calls.add("create");
        if (failure != null) {
            throw failure;
        }
        SendResult earlier = byKey.get(request.idempotencyKey());
        if (earlier != null) {
            return new SendResult(earlier.invitation(), false, false, null);
        }
        created.add(request);
        InvitationView v = new InvitationView("inv-" + created.size(), request.caseId(), "barn-8-12", "1.0.0",
                request.channelId(), request.address() == null ? null : "+467••••••67", "sv",
                deliver ? InvitationStatus.SENT : InvitationStatus.DELIVERY_FAILED, staff.id(), NOW,
                NOW.plusSeconds(14 * 86400), NOW, 1, deliver ? null : "SMS gateway answered HTTP 500", null, true, true, true);
        views.add(0, v);
        HandOver handOver = request.channelId().equals("print")
                ? new HandOver("K7XP-M4QA-9FHT", "https://portal/l/secret", "https://portal", "<section class=\"sheet\">K7XP-M4QA-9FHT</section>")
                : null;
        SendResult result = new SendResult(v, true, deliver, handOver);
        byKey.put(request.idempotencyKey(), result);
        return result;
    }

    @Override
    public List<InvitationView> list(Staff staff, String caseId) {
        return List.copyOf(views);
    }

    @Override
    public Optional<InvitationView> find(Staff staff, String invitationId) {
        return views.stream().filter(v -> v.id().equals(invitationId)).findFirst();
    }

    @Override
    public SendResult resend(Staff staff, String invitationId) throws InvitationException {
        calls.add("resend " + invitationId);
        if (failure != null) {
            throw failure;
        }
        InvitationView v = find(staff, invitationId).orElseThrow();
        InvitationView sent = new InvitationView(v.id(), v.caseId(), v.questionnaireId(), v.questionnaireVersion(),
                v.channelId(), v.maskedAddress(), v.language(), InvitationStatus.SENT, v.createdBy(), v.createdAt(),
                v.expiresAt(), NOW, v.sendCount() + 1, null, v.reminderSentAt(), v.canResend(), v.canRevoke(),
                v.canExtend());
        if (recordResends) {
            views.set(views.indexOf(v), sent);
        }
        return new SendResult(sent, false, true, null);
    }

    @Override
    public InvitationView revoke(Staff staff, String invitationId) throws InvitationException {
        calls.add("revoke " + invitationId);
        if (failure != null) {
            throw failure;
        }
        InvitationView v = find(staff, invitationId).orElseThrow();
        InvitationView revoked = new InvitationView(v.id(), v.caseId(), v.questionnaireId(), v.questionnaireVersion(),
                v.channelId(), null, v.language(), InvitationStatus.REVOKED, v.createdBy(), v.createdAt(),
                v.expiresAt(), v.lastSentAt(), v.sendCount(), v.lastFailure(), v.reminderSentAt(), false, false, false);
        views.set(views.indexOf(v), revoked);
        return revoked;
    }

    @Override
    public InvitationView extend(Staff staff, String invitationId, Instant newExpiry) throws InvitationException {
        calls.add("extend " + invitationId + " " + newExpiry);
        if (failure != null) {
            throw failure;
        }
        InvitationView v = find(staff, invitationId).orElseThrow();
        return new InvitationView(v.id(), v.caseId(), v.questionnaireId(), v.questionnaireVersion(), v.channelId(),
                v.maskedAddress(), v.language(), v.status(), v.createdBy(), v.createdAt(), newExpiry, v.lastSentAt(),
                v.sendCount(), v.lastFailure(), v.reminderSentAt(), v.canResend(), v.canRevoke(), v.canExtend());
    }
}
