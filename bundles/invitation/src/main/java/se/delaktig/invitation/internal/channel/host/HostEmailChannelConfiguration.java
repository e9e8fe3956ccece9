package se.delaktig.invitation.internal.channel.host;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of {@link HostEmailChannel}. */
@ObjectClassDefinition(name = "Delaktig invitations: e-mail through the host's message gateway",
        description = "Offered only while the host registers a MessageGateway that supports EMAIL.")
@interface HostEmailChannelConfiguration {

    @AttributeDefinition(name = "Label (Swedish)")
    String label__sv() default "E-post via verksamhetssystemet";

    @AttributeDefinition(name = "Label (English)")
    String label__en() default "E-mail through the case system";
}
