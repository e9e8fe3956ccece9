package se.delaktig.invitation.internal.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import se.delaktig.api.invitation.AddressCheck;
import se.delaktig.api.invitation.AddressKind;
import se.delaktig.api.invitation.DeliveryChannel;
import se.delaktig.api.invitation.HandOver;
import se.delaktig.api.invitation.InvitationException;
import se.delaktig.api.invitation.InvitationException.Reason;
import se.delaktig.api.invitation.InvitationOptions;
import se.delaktig.api.invitation.InvitationService;
import se.delaktig.api.invitation.InvitationStatus;
import se.delaktig.api.invitation.InvitationView;
import se.delaktig.api.invitation.NewInvitation;
import se.delaktig.api.invitation.SendResult;
import se.delaktig.api.invitation.StoredInvitation;
import se.delaktig.api.questionnaire.CatalogEntry;
import se.delaktig.api.questionnaire.QuestionnaireCatalog;
import se.delaktig.api.questionnaire.Respondent;
import se.delaktig.host.api.CaseFacts;
import se.delaktig.host.api.Staff;
import se.delaktig.host.api.StaffContext;
import se.delaktig.host.api.StaffRole;
import se.delaktig.invitation.internal.code.NewCodes;
import se.delaktig.invitation.internal.text.MessageTexts;

/** The caseworker's invitation actions: checks with the host, audit first, store, then deliver. */
@Component(service = InvitationService.class)
public class StaffInvitations implements InvitationService {

    private static final String PRINT = "print";

    private final InvitationCore core;
    private final StaffContext staffContext;
    private final QuestionnaireCatalog catalog;

    @Activate
    public StaffInvitations(@Reference InvitationCore core, @Reference StaffContext staffContext,
            @Reference QuestionnaireCatalog catalog) {
        this.core = core;
        this.staffContext = staffContext;
        this.catalog = catalog;
    }

    @Override
    public InvitationOptions options(Staff staff, String caseId, String language) throws InvitationException {
        CaseFacts facts = visibleCase(staff, caseId);
        String lang = language(language);
        OptionalInt age = core.cases.ageOn(caseId, today());
        List<InvitationOptions.QuestionnaireChoice> questionnaires = new ArrayList<>();
        if (age.isPresent()) {
            for (CatalogEntry e : catalog.candidates(Respondent.CHILD, age.getAsInt())) {
                var q = e.questionnaire();
                String title = q.title().get(lang, q.defaultLanguage());
                questionnaires.add(new InvitationOptions.QuestionnaireChoice(q.id(), e.version(), title,
                        q.ageBand().from(), q.ageBand().to(), q.languages(), q.review().status()));
            }
        }
        List<InvitationOptions.ChannelChoice> channels = new ArrayList<>();
        for (DeliveryChannel c : core.allChannels()) {
            channels.add(new InvitationOptions.ChannelChoice(c.id(), c.label(lang), c.addressKind(), c.available(),
                    c.addressKind() == AddressKind.NONE));
        }
        String defaultChannel = defaultChannel(channels, facts.protectedIdentity());
        return new InvitationOptions(caseId, facts.open(), facts.protectedIdentity(),
                age.isPresent() ? age.getAsInt() : null, questionnaires, channels, defaultChannel,
                core.now().plus(core.settings().expiry()));
    }

    /**
     * The channel to suggest: for a protected identity the printed code, else another hand-over, never
     * SMS or e-mail; otherwise the first SMS channel, else e-mail, else a hand-over. {@code null} when
     * no suitable channel is available. The panel may prefer a configured channel (not for a protected
     * identity).
     */
    public static String defaultChannel(List<InvitationOptions.ChannelChoice> channels, boolean protectedIdentity) {
        List<InvitationOptions.ChannelChoice> available = channels.stream()
                .filter(InvitationOptions.ChannelChoice::available).toList();
        if (protectedIdentity) {
            return available.stream().filter(InvitationOptions.ChannelChoice::handsOver)
                    .sorted(java.util.Comparator.comparing((InvitationOptions.ChannelChoice c) -> !PRINT.equals(c.id())))
                    .map(InvitationOptions.ChannelChoice::id).findFirst().orElse(null);
        }
        for (AddressKind kind : List.of(AddressKind.PHONE, AddressKind.EMAIL, AddressKind.NONE)) {
            for (InvitationOptions.ChannelChoice c : available) {
                if (c.addressKind() == kind) {
                    return c.id();
                }
            }
        }
        return null;
    }

    @Override
    public SendResult create(Staff staff, NewInvitation request) throws InvitationException {
        String key = request.idempotencyKey();
        if (key.isEmpty() || key.length() > 100 || !key.chars().allMatch(ch -> ch > 32 && ch < 127)) {
            throw new InvitationException(Reason.INVALID_REQUEST, "The idempotency key must be 1-100 printable ASCII characters");
        }
        String language = language(request.language());
        requireCaseworker(staff);
        Optional<StoredInvitation> earlier = core.repository.findByIdempotencyKey(staff.id(), key);
        if (earlier.isPresent()) {
            return repeated(staff, request, earlier.get());
        }
        CaseFacts facts = visibleCase(staff, request.caseId());
        requireOpen(facts);
        DeliveryChannel channel = channel(request.channelId());
        if (facts.protectedIdentity() && channel.addressKind() != AddressKind.NONE && !request.confirmProtectedIdentity()) {
            throw new InvitationException(Reason.PROTECTED_IDENTITY_CONFIRMATION_REQUIRED,
                    "The child has a protected identity: a message by " + channel.id() + " could reveal where the child "
                            + "is. Give the code in person or on paper, or confirm the warning");
        }
        AddressCheck check = channel.checkAddress(request.address());
        if (!check.valid()) {
            throw new InvitationException(Reason.INVALID_ADDRESS, check.problem(), check.reason(), null);
        }
        int age = core.cases.ageOn(request.caseId(), today()).orElseThrow(() -> new InvitationException(
                Reason.AGE_UNKNOWN, "The case system does not know the child's age, so no questionnaire can be chosen"));
        CatalogEntry questionnaire = QuestionnaireChoice.choose(catalog, request.questionnaireId(),
                request.questionnaireVersion(), age);
        if (!questionnaire.questionnaire().languages().contains(language)) {
            throw new InvitationException(Reason.LANGUAGE_NOT_SUPPORTED, "Questionnaire '" + questionnaire.id()
                    + "' has no '" + language + "' version; it has " + questionnaire.questionnaire().languages());
        }
        core.audit(staff.id(), request.caseId(), "invitation.create");
        Instant now = core.now();
        NewCodes codes = core.codes().newCodes();
        StoredInvitation inv = new StoredInvitation(UUID.randomUUID().toString(), request.caseId(), questionnaire.id(),
                questionnaire.version(), channel.id(), check.normalized(), language, InvitationStatus.CREATED,
                codes.linkTokenHash(), codes.shortCodeHash(), InvitationCore.pepperId(codes.shortCodeHash()), staff.id(),
                now, now.plus(core.settings().expiry()), 0, null, null, key, null, now, 0);
        if (!core.repository.insert(inv)) {
            // a double click that overtook this one: answer with the invitation it created
            return repeated(staff, request, core.repository.findByIdempotencyKey(staff.id(), key).orElseThrow());
        }
        StoredInvitation stored = core.repository.find(inv.id()).orElseThrow();
        return sent(core.deliver(stored, codes, channel, staff.id()), codes, channel, true);
    }

    private SendResult repeated(Staff staff, NewInvitation request, StoredInvitation earlier) throws InvitationException {
        if (!earlier.caseId().equals(request.caseId()) || !earlier.channelId().equals(request.channelId())) {
            throw new InvitationException(Reason.IDEMPOTENCY_CONFLICT,
                    "This idempotency key was already used for another invitation; make a new key for a new invitation");
        }
        visibleCase(staff, earlier.caseId());
        return new SendResult(core.view(earlier, core.now()), false, false, null);
    }

    private SendResult sent(InvitationCore.Attempt attempt, NewCodes codes, DeliveryChannel channel, boolean created) {
        HandOver handOver = null;
        if (channel.addressKind() == AddressKind.NONE && attempt.result().succeeded()) {
            // the code goes through the caseworker: shown now, once, never stored
            handOver = new HandOver(codes.shortCode().display(), attempt.link(), attempt.portalUrl(),
                    attempt.result().printable());
        }
        return new SendResult(core.view(attempt.invitation(), core.now()), created, attempt.result().succeeded(), handOver);
    }

    @Override
    public List<InvitationView> list(Staff staff, String caseId) throws InvitationException {
        if (!staffContext.maySeeCase(staff, caseId)) {
            throw new InvitationException(Reason.NOT_PERMITTED, "You may not see this case");
        }
        Instant now = core.now();
        return core.repository.listByCase(caseId).stream().map(s -> core.view(s, now)).toList();
    }

    @Override
    public Optional<InvitationView> find(Staff staff, String invitationId) {
        return core.repository.find(invitationId).filter(s -> staffContext.maySeeCase(staff, s.caseId()))
                .map(s -> core.view(s, core.now()));
    }

    @Override
    public SendResult resend(Staff staff, String invitationId) throws InvitationException {
        requireCaseworker(staff);
        StoredInvitation inv = visibleInvitation(staff, invitationId);
        requireOpen(core.cases.find(inv.caseId()).orElseThrow(() -> new InvitationException(Reason.CASE_NOT_FOUND,
                "The case no longer exists")));
        DeliveryChannel channel = channel(inv.channelId());
        InvitationView view = core.view(inv, core.now());
        if (!view.canResend()) {
            throw new InvitationException(Reason.NOT_ALLOWED_IN_STATE, "An invitation that is " + view.status()
                    + " cannot be sent again" + (view.status().canSend() ? " (its address was erased)" : ""));
        }
        core.audit(staff.id(), inv.caseId(), "invitation.resend");
        InvitationCore.Rotated rotated = core.rotate(inv);
        return sent(core.deliver(rotated.invitation(), rotated.codes(), channel, staff.id()), rotated.codes(), channel,
                false);
    }

    @Override
    public InvitationView revoke(Staff staff, String invitationId) throws InvitationException {
        requireCaseworker(staff);
        StoredInvitation inv = visibleInvitation(staff, invitationId);
        InvitationStatus status = inv.statusAt(core.now());
        if (status == InvitationStatus.REVOKED) {
            return core.view(inv, core.now());
        }
        if (status.isFinal()) {
            throw new InvitationException(Reason.NOT_ALLOWED_IN_STATE, "An invitation that is " + status
                    + " cannot be revoked");
        }
        core.audit(staff.id(), inv.caseId(), "invitation.revoke");
        Instant at = core.now();
        StoredInvitation done = core.change(invitationId, current -> current.status().isFinal() ? null
                : core.finish(current, InvitationStatus.REVOKED, at)).orElseThrow();
        return core.view(done, core.now());
    }

    @Override
    public InvitationView extend(Staff staff, String invitationId, Instant newExpiry) throws InvitationException {
        requireCaseworker(staff);
        if (newExpiry == null) {
            throw new InvitationException(Reason.INVALID_EXPIRY, "A new expiry is required");
        }
        StoredInvitation inv = visibleInvitation(staff, invitationId);
        requireOpen(core.cases.find(inv.caseId()).orElseThrow(() -> new InvitationException(Reason.CASE_NOT_FOUND,
                "The case no longer exists")));
        Instant now = core.now();
        InvitationStatus status = inv.statusAt(now);
        if (status.isFinal()) {
            throw new InvitationException(Reason.NOT_ALLOWED_IN_STATE, "An invitation that is " + status
                    + " cannot be extended; send a new one");
        }
        if (!newExpiry.isAfter(inv.expiresAt())) {
            throw new InvitationException(Reason.INVALID_EXPIRY, "The new expiry must be later than the current one ("
                    + inv.expiresAt() + ")");
        }
        if (newExpiry.isAfter(now.plus(core.settings().maxExtension()))) {
            throw new InvitationException(Reason.INVALID_EXPIRY, "An invitation can be extended to at most "
                    + core.settings().maxExtension().toDays() + " days from now");
        }
        core.audit(staff.id(), inv.caseId(), "invitation.extend");
        Instant expiry = newExpiry.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        StoredInvitation done = core.change(invitationId, current -> current.expiredAt(core.now())
                || current.status().isFinal() ? null : current.withExpiry(expiry)).orElseThrow();
        if (!done.expiresAt().equals(expiry)) {
            throw new InvitationException(Reason.NOT_ALLOWED_IN_STATE, "The invitation ended meanwhile");
        }
        return core.view(done, core.now());
    }

    private StoredInvitation visibleInvitation(Staff staff, String invitationId) throws InvitationException {
        Optional<StoredInvitation> inv = invitationId == null ? Optional.empty() : core.repository.find(invitationId);
        if (inv.isEmpty() || !staffContext.maySeeCase(staff, inv.get().caseId())) {
            throw new InvitationException(Reason.NOT_FOUND, "No such invitation");
        }
        return inv.get();
    }

    private CaseFacts visibleCase(Staff staff, String caseId) throws InvitationException {
        if (caseId == null || !staffContext.maySeeCase(staff, caseId)) {
            throw new InvitationException(Reason.NOT_PERMITTED, "You may not see this case, or it does not exist");
        }
        return core.cases.find(caseId).orElseThrow(() -> new InvitationException(Reason.CASE_NOT_FOUND,
                "The case system has no such case"));
    }

    private static void requireOpen(CaseFacts facts) throws InvitationException {
        if (!facts.open()) {
            throw new InvitationException(Reason.CASE_CLOSED, "The case is closed");
        }
    }

    private static void requireCaseworker(Staff staff) throws InvitationException {
        if (staff == null || !staff.hasRole(StaffRole.CASEWORKER)) {
            throw new InvitationException(Reason.NOT_PERMITTED, "Only caseworkers send invitations");
        }
    }

    private DeliveryChannel channel(String id) throws InvitationException {
        DeliveryChannel channel = core.channels().find(id).orElseThrow(() -> new InvitationException(
                Reason.UNKNOWN_CHANNEL, "No delivery channel '" + id + "'"));
        if (!channel.available()) {
            throw new InvitationException(Reason.CHANNEL_UNAVAILABLE, "The channel '" + id + "' cannot deliver now");
        }
        return channel;
    }

    private static String language(String requested) throws InvitationException {
        String language = requested == null || requested.isBlank() ? "sv" : requested;
        if (!MessageTexts.LANGUAGES.contains(language)) {
            throw new InvitationException(Reason.LANGUAGE_NOT_SUPPORTED, "No invitation texts in '" + language
                    + "'; use one of " + MessageTexts.LANGUAGES);
        }
        return language;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(core.now(), core.settings().zone());
    }
}
