package se.delaktig.invitation.internal.channel.sms;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of {@link SmsGatewayChannel}; without one the channel does not exist. */
@ObjectClassDefinition(name = "Delaktig invitations: SMS channel (HTTP gateway)",
        description = "Sends invitations as SMS through an HTTP gateway: one POST per message.")
@interface SmsGatewayConfiguration {

    @AttributeDefinition(name = "Gateway URL", description = "The URL to POST to; https unless allow_plain_http.")
    String url();

    @AttributeDefinition(name = "Body format", description = "JSON or FORM (application/x-www-form-urlencoded).")
    BodyFormat body__format() default BodyFormat.JSON;

    @AttributeDefinition(name = "Body template", description = "The request body with {to}, {text} and {sender}; "
            + "values are escaped for the format. Empty: {\"from\":\"{sender}\",\"to\":\"{to}\",\"message\":\"{text}\"} "
            + "for JSON, from={sender}&to={to}&message={text} for FORM.")
    String body__template() default "";

    @AttributeDefinition(name = "Auth header name", description = "Empty: no authentication header.")
    String auth__header__name() default "Authorization";

    @AttributeDefinition(name = "Auth header value", type = AttributeType.PASSWORD,
            description = "The whole header value, e.g. 'Bearer abc...' or 'Basic dXNlcjpwYXNz'.")
    String auth__header__value() default "";

    @AttributeDefinition(name = "Sender name", description = "Alphanumeric sender id shown on the phone (at most "
            + "11 characters, letters and digits); keep it neutral, e.g. the municipality's name.")
    String sender() default "";

    @AttributeDefinition(name = "Response reference field", description = "Top-level field of a JSON answer that "
            + "holds the gateway's message id, e.g. 'id'. Empty: none.")
    String reference__field() default "id";

    @AttributeDefinition(name = "Connect timeout (ms)", min = "100")
    int connect__timeout__ms() default 5000;

    @AttributeDefinition(name = "Request timeout (ms)", min = "100", description = "Whole request, from sending to "
            + "the answer's headers.")
    int request__timeout__ms() default 10000;

    @AttributeDefinition(name = "Allow plain http", description = "Allow an http:// URL (the auth header and the "
            + "phone number travel unencrypted). Only for a gateway on the same host, and for tests.")
    boolean allow__plain__http() default false;

    @AttributeDefinition(name = "Label (Swedish)")
    String label__sv() default "SMS";

    @AttributeDefinition(name = "Label (English)")
    String label__en() default "Text message (SMS)";
}
