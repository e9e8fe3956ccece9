package se.delaktig.invitation.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.delaktig.api.invitation.AddressKind;
import se.delaktig.api.invitation.InvitationOptions.ChannelChoice;

/** The channel the service suggests, for the REST options and (unless configured) the panel. */
class DefaultChannelTest {
    private static final ChannelChoice EMAIL = new ChannelChoice("host-email", "E-post", AddressKind.EMAIL, true, false);
    private static final ChannelChoice SMS = new ChannelChoice("host-sms", "SMS", AddressKind.PHONE, true, false);
    private static final ChannelChoice SMS_DOWN = new ChannelChoice("sms", "SMS", AddressKind.PHONE, false, false);
    private static final ChannelChoice IN_PERSON = new ChannelChoice("in-person", "Kod", AddressKind.NONE, true, true);
    private static final ChannelChoice PRINT = new ChannelChoice("print", "Utskrift", AddressKind.NONE, true, true);

    @Test
    void smsThenEmailThenAHandOverWhateverTheOrderOfIds() {
        assertEquals("host-sms", StaffInvitations.defaultChannel(List.of(EMAIL, PRINT, SMS), false));
        assertEquals("host-email", StaffInvitations.defaultChannel(List.of(PRINT, SMS_DOWN, EMAIL), false));
        assertEquals("in-person", StaffInvitations.defaultChannel(List.of(SMS_DOWN, IN_PERSON), false));
        assertNull(StaffInvitations.defaultChannel(List.of(SMS_DOWN), false));
    }

    @Test
    void aProtectedIdentityGetsThePrintedCodeFirstAndNeverSmsOrEmail() {
        assertEquals("print", StaffInvitations.defaultChannel(List.of(SMS, IN_PERSON, PRINT, EMAIL), true));
        assertEquals("in-person", StaffInvitations.defaultChannel(List.of(SMS, IN_PERSON, EMAIL), true));
        assertNull(StaffInvitations.defaultChannel(List.of(SMS, EMAIL), true));
    }
}
