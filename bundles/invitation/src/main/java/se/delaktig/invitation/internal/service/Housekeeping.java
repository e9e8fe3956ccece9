package se.delaktig.invitation.internal.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.delaktig.api.invitation.AddressKind;
import se.delaktig.api.invitation.DeliveryChannel;
import se.delaktig.api.invitation.InvitationException;
import se.delaktig.api.invitation.InvitationStatus;
import se.delaktig.api.invitation.StoredInvitation;
import se.delaktig.invitation.internal.code.NewCodes;

/**
 * The scheduled work: live invitations past expiry become EXPIRED (codes and, unless kept a while,
 * address dropped), addresses no longer needed are erased when their keeping time is up, the one
 * reminder goes out, and case events are caught up. {@link #runOnce()} is one round, for tests with a controlled clock.
 */
@Component(service = Housekeeping.class, immediate = true, configurationPid = Housekeeping.PID)
@Designate(ocd = HousekeepingConfiguration.class)
public class Housekeeping {

    /** The configuration PID. */
    public static final String PID = "se.delaktig.invitation.housekeeping";

    private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);

    private final InvitationCore core;
    private final CaseEvents caseEvents;
    private final int batch;
    private final ScheduledExecutorService timer;
    /** Where the last reminder round stopped (the last row it handled), or null: from the oldest. Only in memory. */
    private volatile Position position;

    @Activate
    public Housekeeping(@Reference InvitationCore core, @Reference CaseEvents caseEvents, HousekeepingConfiguration config) {
        this(core, caseEvents, config.batch__size());
        timer.scheduleWithFixedDelay(this::runOnce, 2, Math.max(5, config.interval__seconds()), TimeUnit.SECONDS);
    }

    /** For tests: no timer; call {@link #runOnce()}. */
    public Housekeeping(InvitationCore core, CaseEvents caseEvents, int batch) {
        this.core = core;
        this.caseEvents = caseEvents;
        this.batch = batch;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "delaktig-invitation-housekeeping");
            t.setDaemon(true);
            return t;
        });
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }

    /**
     * One round of every kind of work. Each step stands alone: a case event the host cannot answer
     * for must not keep expired invitations open or typed addresses stored. Nothing escapes a step,
     * so the timer never cancels the rounds.
     */
    public void runOnce() {
        step("catching up on case events", caseEvents::catchUp);
        step("expiring invitations", this::expire);
        step("erasing typed addresses", this::eraseAddresses);
        step("sending reminders", this::remind);
    }

    private static void step(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.warn("Invitation housekeeping failed {}; the other steps go on, this one is tried next round", what, e);
        }
    }

    void expire() {
        Instant now = core.now();
        for (StoredInvitation s : core.repository.listExpired(now, batch)) {
            try {
                core.change(s.id(), current -> current.expiredAt(now)
                        ? core.finish(current, InvitationStatus.EXPIRED, now) : null);
            } catch (InvitationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Erases addresses that serve neither a resend nor a pending reminder, once kept for {@code address_keep_days}. */
    void eraseAddresses() {
        Instant before = core.now().minus(core.settings().keepAddress());
        for (StoredInvitation s : core.repository.listAddressesNoLongerNeeded(before, core.settings().reminderAfter(),
                batch)) {
            try {
                core.change(s.id(), current -> current.address() != null && !core.addressNeeded(current)
                        ? current.withoutAddress() : null);
            } catch (InvitationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** What became of one due invitation. */
    private enum Reminder { SENT_OR_TRIED, PASSED, AUDIT_REFUSED }

    /**
     * The one reminder, to invitations that reached the child and are not answered (sent, opened, in
     * progress). Not after a failed delivery: the caseworker sees the failure and decides, since the
     * address may be wrong. Like a resend it carries fresh codes; the child's saved answers stay with
     * the invitation, so the new code continues the same response.
     *
     * <p>At most {@code batch} reminders a round. Rows that cannot be reminded now (channel off or
     * unknown, case closed or gone) are paged past with a keyset position kept between rounds, so
     * they never hide the others; once the end of the list is reached the next round starts from
     * the oldest again, so a channel that comes back gets its reminders while the invitations last.
     */
    void remind() {
        Duration after = core.settings().reminderAfter();
        if (after.isZero()) {
            position = null;
            return;
        }
        Instant now = core.now();
        int tried = 0;
        while (true) {
            Position from = position;
            List<StoredInvitation> page = core.repository.listDueForReminder(now, after,
                    from == null ? null : from.lastSentAt(), from == null ? null : from.id(), batch);
            for (StoredInvitation s : page) {
                if (tried >= batch) {
                    return; // the next round goes on from here
                }
                Reminder r = remindOne(s, now);
                if (r == Reminder.AUDIT_REFUSED) {
                    return; // the audit trail is down: this row comes first again next round
                }
                position = new Position(s.lastSentAt(), s.id());
                if (r == Reminder.SENT_OR_TRIED) {
                    tried++;
                }
            }
            if (page.size() < batch) {
                position = null; // the end: the next round starts from the oldest again
                return;
            }
        }
    }

    /** A row of the due list: its last delivery and id. */
    private record Position(Instant lastSentAt, String id) {
    }

    /**
     * Claims the reminder and rotates the codes in one update, then audits, then delivers: the audit
     * event is written once, only for a reminder that is attempted. A refused audit trail undoes the
     * claim (fail closed, as for the caseworker's actions); the delivery's own outcome
     * ({@code invitation.send} / {@code send_failed}) is audited by {@link InvitationCore#deliver}.
     */
    private Reminder remindOne(StoredInvitation s, Instant now) {
        DeliveryChannel channel = core.channels().find(s.channelId()).orElse(null);
        if (channel == null || !channel.available() || channel.addressKind() == AddressKind.NONE) {
            // off now: a later pass tries again until expiry; NONE: a new code would kill the paper one
            return Reminder.PASSED;
        }
        if (core.cases.find(s.caseId()).map(f -> !f.open()).orElse(true)) {
            return Reminder.PASSED; // the case event (closed, deleted) revokes it
        }
        NewCodes fresh = core.codes().newCodes();
        StoredInvitation claimed = core.repository.update(s.withReminderSent(now).withCodes(fresh.linkTokenHash(),
                fresh.shortCodeHash(), InvitationCore.pepperId(fresh.shortCodeHash()))).orElse(null);
        if (claimed == null) {
            return Reminder.PASSED; // changed meanwhile (opened, answered, revoked): a later pass decides again
        }
        try {
            try {
                core.audit(InvitationCore.SYSTEM, s.caseId(), "invitation.remind");
            } catch (InvitationException refused) {
                restore(s, claimed, null);
                return Reminder.AUDIT_REFUSED;
            }
            if (!core.deliver(claimed, fresh, channel, InvitationCore.SYSTEM).result().succeeded()) {
                restore(s, claimed, claimed.reminderSentAt()); // the one reminder was tried; it stays recorded
            }
        } catch (InvitationException e) {
            LOG.info("Reminder for invitation {} not completed: {}", s.id(), e.getMessage());
        }
        return Reminder.SENT_OR_TRIED;
    }

    /**
     * Gives back the codes the child already has (a reminder that did not go must not kill them),
     * with {@code reminderSentAt}, unless the invitation changed since the claim or ended.
     */
    private void restore(StoredInvitation before, StoredInvitation claimed, Instant reminderSentAt)
            throws InvitationException {
        core.change(before.id(), current -> Objects.equals(current.shortCodeHash(), claimed.shortCodeHash())
                && !current.status().isFinal()
                ? current.withCodes(before.tokenHash(), before.shortCodeHash(), before.pepperId())
                        .withReminderSent(reminderSentAt) : null);
    }
}
