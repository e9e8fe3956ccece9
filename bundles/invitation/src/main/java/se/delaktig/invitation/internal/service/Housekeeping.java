package se.delaktig.invitation.internal.service;

import java.time.Instant;
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
import se.delaktig.api.invitation.DeliveryChannel;
import se.delaktig.api.invitation.InvitationException;
import se.delaktig.api.invitation.InvitationStatus;
import se.delaktig.api.invitation.StoredInvitation;

/**
 * The scheduled work: live invitations past expiry become EXPIRED (codes and, unless kept a while,
 * address dropped), kept addresses are erased when their time is up, the one reminder goes out,
 * and case events are caught up. {@link #runOnce()} is one round, for tests with a controlled clock.
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

    void eraseAddresses() {
        Instant before = core.now().minus(core.settings().keepAddress());
        for (StoredInvitation s : core.repository.listAddressesToErase(before, batch)) {
            try {
                core.change(s.id(), current -> current.status().isFinal() && current.address() != null
                        ? current.withoutAddress() : null);
            } catch (InvitationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

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
            if (channel == null || !channel.available()) {
                continue;
            }
            try {
                core.audit(InvitationCore.SYSTEM, s.caseId(), "invitation.remind");
                StoredInvitation marked = core.repository.update(s.withReminderSent(now)).orElse(null);
                if (marked == null) {
                    continue; // changed meanwhile (opened, revoked): no reminder
                }
                InvitationCore.Rotated rotated = core.rotate(marked);
                core.deliver(rotated.invitation(), rotated.codes(), channel);
            } catch (InvitationException e) {
                LOG.info("Reminder for invitation {} not sent: {}", s.id(), e.getMessage());
            }
        }
    }
}
