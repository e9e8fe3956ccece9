package se.delaktig.api.invitation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The value types a delivery channel returns, and that none of them lets a code or address into a log. */
class DeliveryResultsTest {

    @Test
    void aFailureAndOnlyAFailureHasAReason() {
        assertFalse(DeliveryResult.failed("timeout").succeeded());
        assertTrue(DeliveryResult.accepted("msg-1").succeeded());
        assertTrue(DeliveryResult.delivered(null, "<p>K7Q2</p>").succeeded());
        assertThrows(NullPointerException.class, () -> DeliveryResult.failed(null));
        assertThrows(IllegalArgumentException.class,
                () -> new DeliveryResult(DeliveryResult.Outcome.ACCEPTED, null, "but why", null));
        assertThrows(IllegalArgumentException.class, () -> new DeliveryResult(DeliveryResult.Outcome.FAILED, null, null, null));
    }

    @Test
    void thePrintableFragmentCarriesTheCodeSoItIsNotPrinted() {
        DeliveryResult printed = DeliveryResult.delivered("ref", "<p>K7Q2-88</p>");
        assertEquals(Optional.of("<p>K7Q2-88</p>"), printed.printableHtml());
        assertFalse(printed.toString().contains("K7Q2"), printed.toString());
        assertEquals(Optional.empty(), DeliveryResult.accepted(null).printableHtml());
    }

    @Test
    void anAddressCheckIsEitherAnAddressOrAProblemWithAReason() {
        assertEquals("+46701234567", AddressCheck.valid("+46701234567").normalized());
        AddressCheck invalid = AddressCheck.invalid("phone.invalid", "a Swedish mobile number starts with 07");
        assertFalse(invalid.valid());
        assertThrows(NullPointerException.class, () -> AddressCheck.valid(null));
        assertThrows(NullPointerException.class, () -> AddressCheck.invalid("phone.invalid", null));
        assertThrows(IllegalArgumentException.class, () -> new AddressCheck(true, "x", "phone.invalid", "r"));
        assertThrows(IllegalArgumentException.class, () -> new AddressCheck(false, "x", "phone.invalid", "r"));
        assertFalse(AddressCheck.valid("+46701234567").toString().contains("4670"));
    }

    @Test
    void codesLinksAndAddressesAreRedacted() {
        Delivery delivery = new Delivery("inv1", "anna@example.se", "sv", "Inbjudan", "Koden är K7Q2",
                "https://x/p/secret-token", "https://x/p", "K7Q2", Instant.EPOCH);
        HandOver handOver = new HandOver("K7Q2", "https://x/p/secret-token", "https://x/p", "<p>K7Q2</p>");
        NewInvitation request = new NewInvitation("case-1", "q", "1.0.0", "email", "anna@example.se", "sv", "key", false);
        for (Object value : new Object[] {delivery, handOver, request}) {
            String text = value.toString();
            assertFalse(text.contains("K7Q2") || text.contains("secret-token") || text.contains("anna@"), text);
        }
    }

    @Test
    void everyReasonHasALowerCaseCodeAndAnHttpStatus() {
        for (InvitationException.Reason reason : InvitationException.Reason.values()) {
            assertEquals(reason.name().toLowerCase(java.util.Locale.ROOT), reason.code());
            assertTrue(reason.httpStatus() >= 400 && reason.httpStatus() < 600, reason.name());
        }
        assertEquals(404, InvitationException.Reason.CASE_NOT_FOUND.httpStatus());
        assertEquals(503, InvitationException.Reason.AUDIT_UNAVAILABLE.httpStatus(), "audit fails closed, not as a client fault");
    }
}
