package se.delaktig.invitation.internal.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import se.delaktig.api.invitation.AddressCheck;
import se.delaktig.api.invitation.Delivery;
import se.delaktig.invitation.internal.channel.email.EmailAddresses;

class AddressesTest {

    @Test
    void swedishNumbersBecomeE164() {
        for (String typed : new String[] {"070-123 45 67", "0701234567", "+46 70 123 45 67", "0046701234567",
                "+46 (0)70-123 45 67", " 070.123.45.67 "}) {
            assertEquals(AddressCheck.valid("+46701234567"), PhoneNumbers.check(typed), typed);
        }
        assertEquals("+4917612345678", PhoneNumbers.check("+49 176 1234 5678").normalized());
        assertEquals("+358401234567", PhoneNumbers.check("00358 40 123 4567").normalized());
    }

    @Test
    void badNumbersGetClearReasons() {
        AddressCheck landline = PhoneNumbers.check("08-123 456 78");
        assertFalse(landline.valid());
        assertEquals(PhoneNumbers.INVALID, landline.problem());
        assertTrue(landline.reason().contains("starts with 07"), landline.reason());
        assertTrue(PhoneNumbers.check("070-123 45").reason().contains("10 digits"));
        assertTrue(PhoneNumbers.check("070-ABC").reason().contains("only digits"));
        assertTrue(PhoneNumbers.check("+1 23").reason().contains("8 to 15 digits"));
        assertEquals(PhoneNumbers.MISSING, PhoneNumbers.check("  ").problem());
        assertEquals(PhoneNumbers.MISSING, PhoneNumbers.check(null).problem());
        assertFalse(PhoneNumbers.check("070-123 45 67").toString().contains("+46"), "toString keeps the number out");
    }

    @Test
    void emailAddresses() {
        assertEquals("Barn.Namn@example.se", EmailAddresses.check(" Barn.Namn@Example.SE ").normalized());
        for (String bad : new String[] {"no-at-sign", "a@b", "Name <a@example.se>", "a@example.se, b@example.se",
                "a b@example.se", "a@-example.se", "a@example..se", "a@.example.se"}) {
            AddressCheck c = EmailAddresses.check(bad);
            assertFalse(c.valid(), bad);
            assertEquals(EmailAddresses.INVALID, c.problem(), bad);
            assertFalse(c.reason().contains(bad), "the reason does not repeat the address");
        }
        assertEquals(EmailAddresses.MISSING, EmailAddresses.check("").problem());
    }

    @Test
    void redactionRemovesEverySecretForm() {
        Delivery d = Deliveries.to("+46701234567", "sv");
        String echoed = "error for 46701234567 / 0701234567 / +46701234567: text 'Hej " + Deliveries.LINK
                + "' code k7xp-m4qa-9fht K7XPM4QA9FHT token " + Deliveries.TOKEN + "\r\nmore";
        String clean = Redaction.clean(echoed, d);
        for (String secret : new String[] {"701234567", Deliveries.TOKEN, "K7XP", "k7xp", "9FHT", "portal/i"}) {
            assertFalse(clean.contains(secret), secret + " in " + clean);
        }
        assertFalse(clean.contains("\r") || clean.contains("\n"));
        assertTrue(Redaction.clean("x".repeat(1000), d).length() <= Redaction.MAX_LENGTH + 3);
    }
}
