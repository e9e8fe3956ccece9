package se.delaktig.invitation.internal.service;

import java.time.Instant;
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

    @Activate
    public Housekeeping(@Reference InvitationCore core, @Reference CaseEvents caseEvents, HousekeepingConfiguration config) {
        this(core, caseEvents, config.batch__size());
        timer.scheduleWithFixedDelay(this::runSafely, 2, Math.max(5, config.interval__seconds()), TimeUnit.SECONDS);
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

    private void runSafely() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            LOG.warn("Invitation housekeeping failed; trying again next round", e);
        }
    }

    /** One round of every kind of work. */
    public void runOnce() {
        caseEvents.catchUp();
        expire();
        eraseAddresses();
        remind();
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
        boolean reminders = !core.settings().reminderAfter().isZero();
        for (StoredInvitation s : core.repository.listAddressesNoLongerNeeded(before, reminders, batch)) {
            try {
                core.change(s.id(), current -> current.address() != null && !core.addressNeeded(current)
                        ? current.withoutAddress() : null);
            } catch (InvitationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * The one reminder, to invitations that reached the child and are not answered (sent, opened, in
     * progress). Not after a failed delivery: the caseworker sees the failure and decides, since the
     * address may be wrong. Like a resend it carries fresh codes; the child's saved answers stay with
     * the invitation, so the new code continues the same response.
     */
    void remind() {
        if (core.settings().reminderAfter().isZero()) {
            return;
        }
        Instant now = core.now();
        for (StoredInvitation s : core.repository.listDueForReminder(now.minus(core.settings().reminderAfter()), batch)) {
            if (s.expiredAt(now) || core.cases.find(s.caseId()).map(f -> !f.open()).orElse(true)) {
                continue;
            }
            DeliveryChannel channel = core.channels().find(s.channelId()).orElse(null);
            if (channel == null || !channel.available() || channel.addressKind() == AddressKind.NONE) {
                continue; // a code handed over in person has nobody to go to; a new code would kill the paper one
            }
            try {
                core.audit(InvitationCore.SYSTEM, s.caseId(), "invitation.remind");
                StoredInvitation marked = core.repository.update(s.withReminderSent(now)).orElse(null);
                if (marked == null) {
                    continue; // changed meanwhile (answered, revoked): the next round decides again
                }
                InvitationCore.Rotated rotated = core.rotate(marked);
                if (!core.deliver(rotated.invitation(), rotated.codes(), channel, InvitationCore.SYSTEM).result().succeeded()) {
                    restoreCodes(marked, rotated.invitation());
                }
            } catch (InvitationException e) {
                LOG.info("Reminder for invitation {} not sent: {}", s.id(), e.getMessage());
            }
        }
    }

    /** A reminder that did not reach the child must not kill the code the child already has. */
    private void restoreCodes(StoredInvitation before, StoredInvitation rotated) throws InvitationException {
        core.change(before.id(), current -> Objects.equals(current.shortCodeHash(), rotated.shortCodeHash())
                && !current.status().isFinal()
                ? current.withCodes(before.tokenHash(), before.shortCodeHash(), before.pepperId()) : null);
    }
}
