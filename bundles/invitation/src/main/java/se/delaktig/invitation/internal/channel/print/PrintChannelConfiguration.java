package se.delaktig.invitation.internal.channel.print;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of {@link PrintChannel}. */
@ObjectClassDefinition(name = "Delaktig invitations: code in person or printed",
        description = "A printable sheet with the short code, the portal's address and a QR code of the link.")
@interface PrintChannelConfiguration {

    @AttributeDefinition(name = "Time zone", description = "Time zone in which the expiry is written.")
    String time__zone() default "Europe/Stockholm";

    @AttributeDefinition(name = "Label (Swedish)")
    String label__sv() default "Kod att ge personligen eller skriva ut";

    @AttributeDefinition(name = "Label (English)")
    String label__en() default "Code in person or printed";
}
