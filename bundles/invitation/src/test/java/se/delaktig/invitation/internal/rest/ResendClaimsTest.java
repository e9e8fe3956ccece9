package se.delaktig.invitation.internal.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.delaktig.invitation.internal.MutableClock;

class ResendClaimsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T09:00:00Z"));
    private final ResendClaims claims = new ResendClaims(clock);

    @Test
    void oneClaimPerInvitationAndDeliveryCount() {
        assertTrue(claims.claim("i1", 1));
        assertFalse(claims.claim("i1", 1), "the second post of a double click");
        assertTrue(claims.claim("i1", 2), "the next resend, from the page rendered after the first");
        assertTrue(claims.claim("i2", 1));
    }

    @Test
    void aReleasedOrOldClaimCanBeMadeAgain() {
        assertTrue(claims.claim("i1", 1));
        claims.release("i1", 1);
        assertTrue(claims.claim("i1", 1));
        clock.advance(ResendClaims.TTL.plusSeconds(1));
        assertTrue(claims.claim("i1", 1));
    }

    @Test
    void memoryIsBounded() {
        for (int i = 0; i <= ResendClaims.MAX_ENTRIES; i++) {
            claims.claim("i" + i, 1);
        }
        assertTrue(claims.claim("i0", 1), "the eldest went");
        assertFalse(claims.claim("i" + ResendClaims.MAX_ENTRIES, 1));
    }
}
