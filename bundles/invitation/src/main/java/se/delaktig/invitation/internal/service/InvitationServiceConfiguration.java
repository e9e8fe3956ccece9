package se.delaktig.invitation.internal.service;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the invitation lifecycle ({@link InvitationCore}). */
@ObjectClassDefinition(name = "Delaktig invitations: lifecycle",
        description = "Expiry, extension, reminders, how long a typed address is kept, and the portal's address.")
@interface InvitationServiceConfiguration {

    @AttributeDefinition(name = "Expiry (days)", min = "1", max = "365",
            description = "How long a new invitation's link and code work.")
    int expiry__days() default 14;

    @AttributeDefinition(name = "Longest extension (days)", min = "1", max = "365",
            description = "An invitation may be extended to at most this many days after the moment of extending.")
    int max__extension__days() default 30;

    @AttributeDefinition(name = "Reminder after (days)", min = "0", max = "365",
            description = "One reminder, with a fresh link and code, this many days after the last delivery if the invitation "
                    + "reached the child and is not answered (sent, opened, in progress); 0 = no reminders.")
    int reminder__after__days() default 0;

    @AttributeDefinition(name = "Keep address (days)", min = "0", max = "365",
            description = "How long the typed phone number or e-mail address is kept once it can serve neither a resend "
                    + "nor a pending reminder (opened, reminder sent, answered, revoked, expired); 0 = erased at once.")
    int address__keep__days() default 0;

    @AttributeDefinition(name = "Portal address",
            description = "The child portal's public address; links are <portal>/l/<token>, the short code is typed at <portal>.")
    String portal__url() default "http://localhost:8080/delaktig/portal";

    @AttributeDefinition(name = "Time zone",
            description = "The time zone whose date is 'today' when the child's age is asked for.")
    String time__zone() default "Europe/Stockholm";
}
