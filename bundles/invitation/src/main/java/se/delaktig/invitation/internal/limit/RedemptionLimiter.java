package se.delaktig.invitation.internal.limit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Limits wrong redemption attempts per code, per client address (an IPv6 client by its /64, see
 * {@link ClientGroup}) and in total, with a lockout.
 * Everything is in memory (client addresses are never written anywhere, and are held only as
 * keyed hashes under a key that dies with the process).
 *
 * <p>Use: {@link #check} before looking the code up; then {@link #failed} or {@link #succeeded}.
 */
@Component(service = RedemptionLimiter.class, configurationPid = RedemptionLimiter.PID)
@Designate(ocd = RedemptionLimiterConfiguration.class)
public class RedemptionLimiter {

    /** The configuration PID. */
    public static final String PID = "se.delaktig.invitation.ratelimit";

    private static final Logger LOG = LoggerFactory.getLogger(RedemptionLimiter.class);
    private static final Duration PURGE_EVERY = Duration.ofMinutes(1);

    private final Clock clock;
    private final SecretKeySpec clientKey;
    private KeyedCounter codes;
    private KeyedCounter clients;
    private Duration lockout;
    private int globalLimit;
    private Duration globalWindow;
    private Instant globalStart = Instant.MIN;
    private int globalFailures;
    private Instant lastPurge = Instant.MIN;

    /** For DS: the system clock. */
    public RedemptionLimiter() {
        this(Clock.systemUTC());
    }

    /** @param clock the clock, controllable in tests */
    RedemptionLimiter(Clock clock) {
        this.clock = clock;
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.clientKey = new SecretKeySpec(key, "HmacSHA256");
    }

    @Activate
    @Modified
    synchronized void configure(RedemptionLimiterConfiguration c) {
        Duration window = Duration.ofSeconds(c.window__seconds());
        lockout = Duration.ofSeconds(c.lockout__seconds());
        codes = new KeyedCounter(c.per__code__failures(), window, lockout, c.max__tracked());
        clients = new KeyedCounter(c.per__client__failures(), window, lockout, c.max__tracked());
        if (c.global__failures() < 1 || c.global__window__seconds() < 1) {
            throw new IllegalArgumentException("global_failures and global_window_seconds must be positive");
        }
        globalLimit = c.global__failures();
        globalWindow = Duration.ofSeconds(c.global__window__seconds());
        globalStart = Instant.MIN;
        globalFailures = 0;
    }

    /**
     * @param codeKey a key for the presented code: its hash, never the code itself
     * @param client  the client's address as the request shows it
     * @return whether the attempt may go ahead
     */
    public synchronized Decision check(String codeKey, String client) {
        Instant now = clock.instant();
        purgeNowAndThen(now);
        Instant until = codes.lockedUntil(codeKey, now);
        if (until != null) {
            return Decision.refused("code", until);
        }
        until = clients.lockedUntil(clientKey(client), now);
        if (until != null) {
            return Decision.refused("client", until);
        }
        if (globalFailures >= globalLimit && now.isBefore(globalStart.plus(globalWindow))) {
            return Decision.refused("global", globalStart.plus(globalWindow));
        }
        if (!codes.canTrack(codeKey, now) || !clients.canTrack(clientKey(client), now)) {
            LOG.warn("Redemption limiter is full of locked entries; refusing new ones");
            return Decision.refused("capacity", now.plus(lockout));
        }
        return Decision.ALLOWED;
    }

    /** Counts a wrong, unknown, expired, used or revoked code. */
    public synchronized void failed(String codeKey, String client) {
        Instant now = clock.instant();
        String clientHash = clientKey(client);
        boolean codeLockedBefore = codes.lockedUntil(codeKey, now) != null;
        boolean clientLockedBefore = clients.lockedUntil(clientHash, now) != null;
        codes.fail(codeKey, now);
        clients.fail(clientHash, now);
        if (!codeLockedBefore && codes.lockedUntil(codeKey, now) != null) {
            LOG.debug("An invitation code is locked for {} after repeated wrong attempts", lockout);
        }
        if (!clientLockedBefore && clients.lockedUntil(clientHash, now) != null) {
            LOG.info("A client address is locked for {} after repeated wrong codes", lockout);
        }
        if (!now.isBefore(globalStart.plus(globalWindow))) {
            globalStart = now;
            globalFailures = 0;
        }
        if (++globalFailures == globalLimit) {
            LOG.warn("Global redemption limit reached ({} failures); refusing all attempts until {}",
                    globalLimit, globalStart.plus(globalWindow));
        }
    }

    /** Forgets the failures of a code that was just redeemed. */
    public synchronized void succeeded(String codeKey, String client) {
        codes.reset(codeKey);
    }

    /** @return how many codes and client addresses are held, for tests and the status page */
    synchronized int tracked() {
        return codes.size() + clients.size();
    }

    private void purgeNowAndThen(Instant now) {
        if (!now.isBefore(lastPurge.plus(PURGE_EVERY))) {
            codes.purge(now);
            clients.purge(now);
            lastPurge = now;
        }
    }

    private String clientKey(String client) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(clientKey);
            byte[] out = mac.doFinal(ClientGroup.of(client).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }
}
