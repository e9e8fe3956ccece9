package se.delaktig.host.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OutgoingMessageTest {

    @Test
    void aHostThatLogsTheMessageLogsNoAddressAndNoCode() {
        OutgoingMessage m = new OutgoingMessage(MessageChannel.SMS, "+46701234567", "Frågor",
                "Din kod: K7XP-M4QA-9FHT", "case-17");
        String logged = m.toString();
        assertFalse(logged.contains("+46701234567"), logged);
        assertFalse(logged.contains("K7XP"), logged);
        assertFalse(logged.contains("Frågor"), logged);
        assertTrue(logged.contains("case-17") && logged.contains("SMS"), logged);
    }

    @Test
    void theFormWithoutACaseNamesNone() {
        assertNull(new OutgoingMessage(MessageChannel.EMAIL, "a@b.se", "s", "t").caseId());
        assertThrows(NullPointerException.class, () -> new OutgoingMessage(MessageChannel.EMAIL, null, "s", "t"));
    }
}
