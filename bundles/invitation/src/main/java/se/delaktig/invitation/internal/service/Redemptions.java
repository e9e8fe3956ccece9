package se.delaktig.invitation.internal.service;

import java.time.Instant;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.delaktig.api.invitation.AnsweringGrant;
import se.delaktig.api.invitation.InvitationException;
import se.delaktig.api.invitation.InvitationException.Reason;
import se.delaktig.api.invitation.InvitationRedemption;
import se.delaktig.api.invitation.InvitationStatus;
import se.delaktig.api.invitation.StoredInvitation;
import se.delaktig.invitation.internal.code.LinkToken;
import se.delaktig.invitation.internal.code.ShortCode;
import se.delaktig.invitation.internal.limit.Decision;
import se.delaktig.invitation.internal.limit.RedemptionLimiter;

/**
 * Codes into answering grants: parse, rate-limit, one lookup by keyed hash, the same empty answer
 * for every refusal. A fresh code of an opened invitation (after a reminder) gives a grant for the
 * same invitation, so the portal continues the same unfinished response. Logs invitation ids only, never a code or a client address.
 */
@Component(service = InvitationRedemption.class)
public class Redemptions implements InvitationRedemption {

    private static final Logger LOG = LoggerFactory.getLogger(Redemptions.class);
    /** Looked up when nothing can match, so that every refusal does the same work. */
    private static final String NO_SUCH_HASH = "none";

    private final InvitationCore core;
    private final RedemptionLimiter limiter;

    @Activate
    public Redemptions(@Reference InvitationCore core, @Reference RedemptionLimiter limiter) {
        this.core = core;
        this.limiter = limiter;
    }

    @Override
    public Optional<AnsweringGrant> redeemShortCode(String typed, String clientAddress) {
        String hash = ShortCode.parse(typed).map(core.codes()::hash).orElse(null);
        return redeem(hash, clientAddress, false);
    }

    @Override
    public Optional<AnsweringGrant> redeemLinkToken(String token, String clientAddress) {
        String hash = LinkToken.parse(token).map(core.codes()::hash).orElse(null);
        return redeem(hash, clientAddress, true);
    }

    private Optional<AnsweringGrant> redeem(String hash, String client, boolean link) {
        String key = hash == null ? "unreadable" : hash;
        Decision decision = limiter.check(key, client);
        String lookup = decision.allowed() && hash != null ? hash : NO_SUCH_HASH;
        Optional<StoredInvitation> found = link ? core.repository.findByTokenHash(lookup)
                : core.repository.findByShortCodeHash(lookup);
        if (!decision.allowed()) {
            return Optional.empty();
        }
        Instant now = core.now();
        if (found.isEmpty() || !found.get().statusAt(now).isRedeemable()) {
            limiter.failed(key, client);
            return Optional.empty();
        }
        try {
            Optional<StoredInvitation> opened = core.change(found.get().id(), current -> {
                if (current.statusAt(now).isFinal() || !hash.equals(link ? current.tokenHash() : current.shortCodeHash())) {
                    return null;
                }
                // opened: never resent, so the address goes unless the reminder still needs it
                return current.status().canMoveTo(InvitationStatus.OPENED)
                        ? core.tidy(current.withStatus(InvitationStatus.OPENED, now)) : null;
            });
            StoredInvitation s = opened.orElseThrow();
            if (s.statusAt(now) != InvitationStatus.OPENED && s.statusAt(now) != InvitationStatus.IN_PROGRESS) {
                limiter.failed(key, client);
                return Optional.empty();
            }
            limiter.succeeded(key, client);
            LOG.info("Invitation {} opened", s.id());
            return Optional.of(new AnsweringGrant(s.id(), s.questionnaireId(), s.questionnaireVersion(), s.language(),
                    s.expiresAt(), s.status()));
        } catch (InvitationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean stillValid(String invitationId) {
        return invitationId != null && core.repository.find(invitationId)
                .map(s -> s.statusAt(core.now()).isRedeemable()).orElse(false);
    }

    @Override
    public void markInProgress(String invitationId) throws InvitationException {
        Instant now = core.now();
        StoredInvitation s = core.change(invitationId, current -> {
            InvitationStatus status = current.statusAt(now);
            if (status == InvitationStatus.IN_PROGRESS) {
                return null;
            }
            if (status != InvitationStatus.OPENED) {
                throw notNow(status);
            }
            return current.withStatus(InvitationStatus.IN_PROGRESS, now);
        }).orElseThrow(() -> new InvitationException(Reason.NOT_FOUND, "No such invitation"));
        LOG.debug("Invitation {} in progress", s.id());
    }

    @Override
    public void markAnswered(String invitationId) throws InvitationException {
        Instant now = core.now();
        core.change(invitationId, current -> {
            InvitationStatus status = current.statusAt(now);
            if (status == InvitationStatus.ANSWERED) {
                return null;
            }
            if (status != InvitationStatus.OPENED && status != InvitationStatus.IN_PROGRESS) {
                throw notNow(status);
            }
            return core.finish(current, InvitationStatus.ANSWERED, now);
        }).orElseThrow(() -> new InvitationException(Reason.NOT_FOUND, "No such invitation"));
        LOG.info("Invitation {} answered", invitationId);
    }

    private static InvitationException notNow(InvitationStatus status) {
        return new InvitationException(Reason.NOT_ALLOWED_IN_STATE, "The invitation is " + status);
    }
}
