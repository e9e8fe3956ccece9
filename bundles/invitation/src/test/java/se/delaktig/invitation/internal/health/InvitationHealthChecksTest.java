package se.delaktig.invitation.internal.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import se.delaktig.api.invitation.AddressCheck;
import se.delaktig.api.invitation.AddressKind;
import se.delaktig.api.invitation.Delivery;
import se.delaktig.api.invitation.DeliveryChannel;
import se.delaktig.api.invitation.DeliveryResult;
import se.delaktig.api.operations.FilingBacklog;
import se.delaktig.api.operations.OperationalFigures;
import se.delaktig.invitation.internal.code.InvitationCodes;
import se.delaktig.invitation.internal.code.InvitationCodesTestAccess;
import se.delaktig.web.api.HealthResult;
import se.delaktig.web.api.HealthResult.Status;

class InvitationHealthChecksTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private static DeliveryChannel channel(String id, boolean available) {
        return new DeliveryChannel() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String label(String language) {
                return id;
            }

            @Override
            public AddressKind addressKind() {
                return AddressKind.NONE;
            }

            @Override
            public boolean available() {
                return available;
            }

            @Override
            public AddressCheck checkAddress(String address) {
                throw new UnsupportedOperationException();
            }

            @Override
            public DeliveryResult deliver(Delivery delivery) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Test
    void withoutThePepperInvitationsAreCritical() {
        PepperCheck check = new PepperCheck();
        HealthResult missing = check.check();
        assertEquals(Status.CRITICAL, missing.status());
        assertTrue(missing.message().contains(InvitationCodes.PID), missing.message());
        assertTrue(missing.text("sv").contains("pepper"), missing.text("sv"));
        InvitationCodes codes = InvitationCodesTestAccess.codes();
        check.setCodes(codes);
        assertEquals(Status.OK, check.check().status());
        assertFalse(check.check().message().contains("test-pepper"), "never shows the secret");
        check.unsetCodes(codes);
        assertEquals(Status.CRITICAL, check.check().status());
        assertEquals("Inbjudningskoder", check.title("sv"));
    }

    @Test
    void atLeastOneAvailableChannelIsNeeded() {
        ChannelsCheck check = new ChannelsCheck();
        assertEquals(Status.CRITICAL, check.check().status());
        DeliveryChannel sms = channel("sms", false);
        check.addChannel(sms);
        HealthResult none = check.check();
        assertEquals(Status.CRITICAL, none.status());
        assertTrue(none.message().contains("1 registered"), none.message());
        check.addChannel(channel("print", true));
        check.addChannel(channel("email", true));
        HealthResult ok = check.check();
        assertEquals(Status.OK, ok.status());
        assertEquals("2 delivery channel(s) active: email, print.", ok.message());
    }

    private static OperationalFigures failing(int count, Instant[] askedSince) {
        return new OperationalFigures() {
            @Override
            public int deliveriesFailedSince(Instant since) {
                askedSince[0] = since;
                return count;
            }

            @Override
            public FilingBacklog filingBacklog() {
                return FilingBacklog.EMPTY;
            }
        };
    }

    @Test
    void manyFailedDeliveriesInADayWarn() {
        DeliveriesCheck check = new DeliveriesCheck(Clock.fixed(NOW, ZoneOffset.UTC), DeliveriesCheck.DEFAULT_WARN_ABOVE);
        assertEquals(Status.WARNING, check.check().status(), "no database: cannot count");
        Instant[] since = new Instant[1];
        check.setFigures(failing(DeliveriesCheck.DEFAULT_WARN_ABOVE, since));
        HealthResult few = check.check();
        assertEquals(Status.OK, few.status());
        assertEquals(NOW.minusSeconds(86400), since[0]);
        check.setFigures(failing(DeliveriesCheck.DEFAULT_WARN_ABOVE + 1, since));
        HealthResult many = check.check();
        assertEquals(Status.WARNING, many.status());
        assertTrue(many.message().startsWith("6 invitations could not be delivered"), many.message());
        assertTrue(many.text("sv").startsWith("6 inbjudningar"), many.text("sv"));
    }

    @Test
    void theWarningThresholdIsConfigurable() {
        Instant[] since = new Instant[1];
        DeliveriesCheck large = new DeliveriesCheck(Clock.fixed(NOW, ZoneOffset.UTC), 50);
        large.setFigures(failing(50, since));
        assertEquals(Status.OK, large.check().status(), "50 failures are within a threshold of 50");
        large.setFigures(failing(51, since));
        HealthResult many = large.check();
        assertEquals(Status.WARNING, many.status());
        assertTrue(many.message().contains("50"), many.message());
        DeliveriesCheck strict = new DeliveriesCheck(Clock.fixed(NOW, ZoneOffset.UTC), 0);
        strict.setFigures(failing(1, since));
        assertEquals(Status.WARNING, strict.check().status(), "0: any failure warns");
        assertThrows(IllegalArgumentException.class, () -> new DeliveriesCheck(Clock.systemUTC(), -1));
    }
}
