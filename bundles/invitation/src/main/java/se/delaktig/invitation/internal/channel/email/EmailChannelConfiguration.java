package se.delaktig.invitation.internal.channel.email;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of {@link EmailChannel}; without one the channel does not exist. */
@ObjectClassDefinition(name = "Delaktig invitations: e-mail channel (SMTP)",
        description = "Sends invitations by e-mail through an SMTP server (Jakarta Mail).")
@interface EmailChannelConfiguration {

    @AttributeDefinition(name = "SMTP host")
    String host();

    @AttributeDefinition(name = "SMTP port", min = "1", max = "65535",
            description = "587 for STARTTLS, 465 for SMTPS, 25 for a local relay.")
    int port() default 587;

    @AttributeDefinition(name = "TLS", description = "STARTTLS (required, not opportunistic), SMTPS, or NONE "
            + "(only for a relay on the same host).")
    TlsMode tls() default TlsMode.STARTTLS;

    @AttributeDefinition(name = "User", description = "Empty: no authentication.")
    String user() default "";

    @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD)
    String password() default "";

    @AttributeDefinition(name = "From address", description = "A no-reply address of the municipality, e.g. "
            + "no-reply@kommun.example.se.")
    String from__address();

    @AttributeDefinition(name = "From name", description = "Optional; keep it neutral (the municipality's name, "
            + "not the social services).")
    String from__name() default "";

    @AttributeDefinition(name = "Connect timeout (ms)", min = "100")
    int connect__timeout__ms() default 10000;

    @AttributeDefinition(name = "Read/write timeout (ms)", min = "100")
    int timeout__ms() default 20000;

    @AttributeDefinition(name = "Label (Swedish)")
    String label__sv() default "E-post";

    @AttributeDefinition(name = "Label (English)")
    String label__en() default "E-mail";
}
