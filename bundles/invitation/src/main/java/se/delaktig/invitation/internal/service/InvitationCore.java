package se.delaktig.invitation.internal.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.delaktig.api.invitation.AddressKind;
import se.delaktig.api.invitation.Delivery;
import se.delaktig.api.invitation.DeliveryChannel;
import se.delaktig.api.invitation.DeliveryResult;
import se.delaktig.api.invitation.InvitationException;
import se.delaktig.api.invitation.InvitationException.Reason;
import se.delaktig.api.invitation.InvitationEvent;
import se.delaktig.api.invitation.InvitationListener;
import se.delaktig.api.invitation.InvitationRepository;
import se.delaktig.api.invitation.InvitationStatus;
import se.delaktig.api.invitation.InvitationView;
import se.delaktig.api.invitation.StoredInvitation;
import se.delaktig.host.api.AuditEvent;
import se.delaktig.host.api.AuditTrail;
import se.delaktig.host.api.CaseDirectory;
import se.delaktig.host.api.HostException;
import se.delaktig.invitation.internal.channel.Redaction;
import se.delaktig.invitation.internal.code.InvitationCodes;
import se.delaktig.invitation.internal.code.NewCodes;
import se.delaktig.invitation.internal.text.ComposedMessage;
import se.delaktig.invitation.internal.text.MessageTexts;

/**
 * The lifecycle every invitation component shares: storing with optimistic retries, fresh codes,
 * delivery through a channel, final states that drop codes and addresses, audit (fail closed),
 * and the views. Never logs a code or an address.
 */
@Component(service = InvitationCore.class, configurationPid = InvitationCore.PID)
@Designate(ocd = InvitationServiceConfiguration.class)
public class InvitationCore {

    /** The configuration PID. */
    public static final String PID = "se.delaktig.invitation.service";
    /** The staff id in audit events for the plugin's own work (reminders, case events, expiry). */
    static final String SYSTEM = "delaktig";
    /** The view name in audit events. */
    static final String VIEW = "invitation";

    private static final Logger LOG = LoggerFactory.getLogger(InvitationCore.class);
    private static final int ATTEMPTS = 5;

    final InvitationRepository repository;
    final CaseDirectory cases;
    private final AuditTrail audit;
    private final InvitationCodes codes;
    private final MessageTexts texts;
    private final Clock clock;
    private final Channels channels = new Channels();
    private final List<InvitationListener> listeners = new CopyOnWriteArrayList<>();
    private volatile Settings settings;

    @Activate
    public InvitationCore(@Reference InvitationRepository repository, @Reference CaseDirectory cases,
            @Reference AuditTrail audit, @Reference InvitationCodes codes, @Reference MessageTexts texts,
            InvitationServiceConfiguration config) {
        this(repository, cases, audit, codes, texts, Settings.of(config), Clock.systemUTC());
    }

    /** For tests: explicit settings and a controllable clock. */
    public InvitationCore(InvitationRepository repository, CaseDirectory cases, AuditTrail audit, InvitationCodes codes,
            MessageTexts texts, Settings settings, Clock clock) {
        this.repository = repository;
        this.cases = cases;
        this.audit = audit;
        this.codes = codes;
        this.texts = texts;
        this.settings = settings;
        this.clock = clock;
    }

    @Modified
    void modified(InvitationServiceConfiguration config) {
        settings = Settings.of(config);
    }

    @Reference(service = DeliveryChannel.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    public void bindChannel(DeliveryChannel channel) {
        channels.add(channel);
    }

    public void unbindChannel(DeliveryChannel channel) {
        channels.remove(channel);
    }

    @Reference(service = InvitationListener.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    public void bindListener(InvitationListener listener) {
        listeners.add(listener);
    }

    public void unbindListener(InvitationListener listener) {
        listeners.remove(listener);
    }

    /** Tells every listener; a listener that throws is logged and never stops the caller or the others. */
    void announce(StoredInvitation inv, Instant at) {
        InvitationEvent event = new InvitationEvent(inv.id(), inv.questionnaireId(), inv.questionnaireVersion(),
                inv.status(), at);
        for (InvitationListener listener : listeners) {
            try {
                listener.changed(event);
            } catch (RuntimeException e) {
                LOG.warn("An invitation listener ({}) failed on invitation {}: {}", listener.getClass().getName(),
                        inv.id(), e.toString());
            }
        }
    }

    Settings settings() {
        return settings;
    }

    Channels channels() {
        return channels;
    }

    InvitationCodes codes() {
        return codes;
    }

    /** @return now, at the precision the database keeps */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Records an audit event, or refuses the action. */
    void audit(String staffId, String caseId, String action) throws InvitationException {
        try {
            audit.record(new AuditEvent(staffId, caseId, action, VIEW, clock.instant()));
        } catch (HostException | RuntimeException e) {
            LOG.warn("The host's audit trail refused {} on case {}; the action was not taken: {}", action, caseId,
                    e.getMessage());
            throw new InvitationException(Reason.AUDIT_UNAVAILABLE, null,
                    "The case system's audit trail is not available, so nothing was done; try again later", e);
        }
    }

    /** A change to one stored invitation; {@code null} means "leave it". */
    @FunctionalInterface
    interface Change {
        StoredInvitation apply(StoredInvitation current) throws InvitationException;
    }

    /**
     * Applies {@code change} to the newest stored state, again if another writer came first.
     *
     * @return the stored result, or the unchanged current state when the change answered {@code null};
     *         empty when there is no such invitation
     */
    Optional<StoredInvitation> change(String id, Change change) throws InvitationException {
        for (int i = 0; i < ATTEMPTS; i++) {
            Optional<StoredInvitation> current = repository.find(id);
            if (current.isEmpty()) {
                return current;
            }
            StoredInvitation next = change.apply(current.get());
            if (next == null) {
                return current;
            }
            Optional<StoredInvitation> stored = repository.update(next);
            if (stored.isPresent()) {
                return stored;
            }
        }
        throw new IllegalStateException("invitation " + id + " kept changing; gave up after " + ATTEMPTS + " attempts");
    }

    /** @return the invitation in a final status, without codes, and without its address unless it is kept for a while */
    StoredInvitation finish(StoredInvitation inv, InvitationStatus status, Instant at) {
        return tidy(inv.withStatus(status, at).withCodes(null, null, null));
    }

    /**
     * @return whether the address can still serve a resend (created, sent, delivery failed) or the
     *         pending reminder of an opened invitation ({@link #reminderCanGo})
     */
    boolean addressNeeded(StoredInvitation inv) {
        InvitationStatus status = inv.status();
        return status.canSend() || (!status.isFinal() && reminderCanGo(inv));
    }

    /**
     * @return whether the one reminder may still go: reminders on, none sent yet, and due (last
     *         delivery + {@code reminder_after_days}) before the expiry; the store's reminder and
     *         address queries apply the same rule
     */
    boolean reminderCanGo(StoredInvitation inv) {
        Duration after = settings.reminderAfter();
        return !after.isZero() && inv.reminderSentAt() == null && inv.lastSentAt() != null
                && inv.lastSentAt().plus(after).isBefore(inv.expiresAt());
    }

    /** @return the invitation without its address once no longer needed, unless addresses are kept a while (then housekeeping erases it) */
    StoredInvitation tidy(StoredInvitation inv) {
        return inv.address() != null && settings.keepAddress().isZero() && !addressNeeded(inv) ? inv.withoutAddress() : inv;
    }

    /** Gives the invitation fresh codes (the earlier ones die) and stores them; the codes are returned once. */
    Rotated rotate(StoredInvitation inv) throws InvitationException {
        NewCodes fresh = codes.newCodes();
        StoredInvitation stored = repository.update(inv.withCodes(fresh.linkTokenHash(), fresh.shortCodeHash(),
                pepperId(fresh.shortCodeHash()))).orElseThrow(() -> new InvitationException(Reason.NOT_ALLOWED_IN_STATE,
                        "The invitation changed at the same moment; look at it again"));
        return new Rotated(stored, fresh);
    }

    /** An invitation with the codes just stored for it. */
    record Rotated(StoredInvitation invitation, NewCodes codes) {
    }

    /** What one delivery attempt gave. */
    record Attempt(StoredInvitation invitation, DeliveryResult result, String link, String portalUrl) {
    }

    /**
     * Delivers through the channel and records the attempt: {@code SENT} or {@code DELIVERY_FAILED}
     * (with the reason) while the status still allows sending; an opened invitation (a reminder) keeps
     * its status. A channel that throws counts as a failure. The outcome is audited as
     * {@code invitation.send} or {@code invitation.send_failed} by {@code actor}.
     */
    Attempt deliver(StoredInvitation inv, NewCodes fresh, DeliveryChannel channel, String actor)
            throws InvitationException {
        String link = settings.link(fresh.linkToken().value());
        ComposedMessage message = texts.compose(channel.addressKind(), inv.language(), link, fresh.shortCode().display(),
                inv.expiresAt());
        Delivery delivery = new Delivery(inv.id(), inv.address() == null ? "" : inv.address(), inv.language(),
                message.subject(), message.text(), link, settings.portalUrl(), fresh.shortCode().display(),
                inv.expiresAt(), inv.caseId());
        DeliveryResult r = cleaned(attempt(channel, delivery), delivery, channel);
        Instant at = now();
        StoredInvitation after = change(inv.id(), current -> {
            StoredInvitation next = current.withAttempt(at, r.succeeded() ? null : r.reason());
            InvitationStatus target = r.succeeded() ? InvitationStatus.SENT : InvitationStatus.DELIVERY_FAILED;
            return tidy(current.status().canMoveTo(target) ? next.withStatus(target, at) : next);
        }).orElseThrow();
        if (r.succeeded()) {
            LOG.info("Invitation {} delivered through {} ({})", inv.id(), channel.id(), r.outcome());
            announce(after, at);
        } else {
            LOG.info("Invitation {} not delivered through {}: {}", inv.id(), channel.id(), r.reason());
        }
        auditOutcome(actor, after, r.succeeded() ? "invitation.send" : "invitation.send_failed");
        return new Attempt(after, r, link, settings.portalUrl());
    }

    private static DeliveryResult attempt(DeliveryChannel channel, Delivery delivery) {
        try {
            DeliveryResult result = channel.available() ? channel.deliver(delivery)
                    : DeliveryResult.failed("the channel " + channel.id() + " is not available now");
            return result != null ? result : DeliveryResult.failed("the channel " + channel.id() + " gave no result");
        } catch (RuntimeException e) {
            LOG.warn("Channel {} threw while delivering invitation {}: {}", channel.id(), delivery.reference(),
                    e.getClass().getName());
            return DeliveryResult.failed("the channel " + channel.id() + " failed unexpectedly");
        }
    }

    /** Any channel, also a third party's, may quote what it sent: its reason is cleaned before it is logged, stored or shown. */
    private static DeliveryResult cleaned(DeliveryResult result, Delivery delivery, DeliveryChannel channel) {
        if (result.succeeded()) {
            return result;
        }
        String reason = Redaction.clean(result.reason(), delivery);
        return DeliveryResult.failed(reason.isBlank() ? "the channel " + channel.id() + " gave no reason" : reason);
    }

    /**
     * Audits a delivery's outcome. The message has left (or failed) already and the action itself
     * was audited before it, so a refusing audit trail cannot undo anything: refusing the caseworker
     * now would only invite a second message. The missing event is logged instead.
     */
    private void auditOutcome(String actor, StoredInvitation inv, String action) {
        try {
            audit.record(new AuditEvent(actor, inv.caseId(), action, VIEW, clock.instant()));
        } catch (HostException | RuntimeException e) {
            LOG.warn("The host's audit trail refused {} for invitation {} of case {}; the delivery stands, the audit "
                    + "event is missing: {}", action, inv.id(), inv.caseId(), e.getMessage());
        }
    }

    /**
     * Revokes the case's live invitations created at or before {@code createdUpTo} (so that an old
     * event read again never touches an invitation made after it).
     *
     * @return how many were revoked
     */
    int revokeLive(String caseId, Instant createdUpTo, String why) {
        int revoked = 0;
        Instant at = now();
        for (StoredInvitation inv : repository.listByCase(caseId)) {
            if (inv.status().isFinal() || inv.createdAt().isAfter(createdUpTo)) {
                continue;
            }
            try {
                Optional<StoredInvitation> done = change(inv.id(), current -> current.status().isFinal()
                        ? null : finish(current, InvitationStatus.REVOKED, at));
                if (done.isPresent() && done.get().status() == InvitationStatus.REVOKED) {
                    revoked++;
                }
            } catch (InvitationException e) {
                throw new IllegalStateException(e);
            }
        }
        if (revoked > 0) {
            LOG.info("Revoked {} invitation(s) of case {}: {}", revoked, caseId, why);
        }
        return revoked;
    }

    /** @return the caseworker's view of a stored invitation at {@code now} */
    InvitationView view(StoredInvitation s, Instant now) {
        InvitationStatus status = s.statusAt(now);
        boolean needsAddress = channels.find(s.channelId()).map(c -> c.addressKind() != AddressKind.NONE).orElse(true);
        boolean canResend = status.canSend() && (!needsAddress || (s.address() != null && !s.address().isEmpty()));
        return new InvitationView(s.id(), s.caseId(), s.questionnaireId(), s.questionnaireVersion(), s.channelId(),
                Masking.mask(s.address()), s.language(), status, s.createdBy(), s.createdAt(), s.expiresAt(),
                s.lastSentAt(), s.sendCount(), s.lastFailure(), s.reminderSentAt(), canResend, !status.isFinal(),
                !status.isFinal());
    }

    List<DeliveryChannel> allChannels() {
        return channels.all();
    }

    static String pepperId(String hash) {
        String[] parts = hash.split(":", 3);
        return parts.length == 3 ? parts[1] : null;
    }
}
