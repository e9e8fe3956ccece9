package se.delaktig.invitation.internal.channel.host;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of {@link HostSmsChannel}. */
@ObjectClassDefinition(name = "Delaktig invitations: SMS through the host's message gateway",
        description = "Offered only while the host registers a MessageGateway that supports SMS.")
@interface HostSmsChannelConfiguration {

    @AttributeDefinition(name = "Label (Swedish)")
    String label__sv() default "SMS via verksamhetssystemet";

    @AttributeDefinition(name = "Label (English)")
    String label__en() default "SMS through the case system";
}
