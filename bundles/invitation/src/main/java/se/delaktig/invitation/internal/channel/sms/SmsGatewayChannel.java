package se.delaktig.invitation.internal.channel.sms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.delaktig.api.invitation.AddressCheck;
import se.delaktig.api.invitation.AddressKind;
import se.delaktig.api.invitation.Delivery;
import se.delaktig.api.invitation.DeliveryChannel;
import se.delaktig.api.invitation.DeliveryResult;
import se.delaktig.invitation.internal.channel.ChannelLabels;
import se.delaktig.invitation.internal.channel.PhoneNumbers;
import se.delaktig.invitation.internal.channel.Redaction;

/** SMS through a configurable HTTP gateway: one POST with a templated JSON or form body. */
@Component(service = DeliveryChannel.class, configurationPid = SmsGatewayChannel.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE, property = DeliveryChannel.ID_PROPERTY + "=" + SmsGatewayChannel.ID)
@Designate(ocd = SmsGatewayConfiguration.class)
public class SmsGatewayChannel implements DeliveryChannel {

    /** The configuration PID. */
    public static final String PID = "se.delaktig.invitation.channel.sms";
    /** The channel id. */
    public static final String ID = "sms";

    private static final Logger LOG = LoggerFactory.getLogger(SmsGatewayChannel.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_ANSWER_CHARS = 4096;

    private volatile Settings settings;

    private record Settings(SmsGatewayConfiguration config, URI uri, BodyTemplate body, HttpClient client,
            ChannelLabels labels) {
    }

    @Activate
    @Modified
    void configure(SmsGatewayConfiguration c) {
        URI uri;
        try {
            uri = new URI(c.url() == null ? "" : c.url().strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("url: not a URL: " + e.getReason(), e);
        }
        if (!"https".equals(uri.getScheme()) && !("http".equals(uri.getScheme()) && c.allow__plain__http())) {
            throw new IllegalArgumentException("url: must be an https:// URL (or http:// with allow_plain_http=true)");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("url: has no host");
        }
        if (!c.sender().isEmpty() && !c.sender().matches("[A-Za-z0-9 ]{1,11}|\\+?[0-9]{3,15}")) {
            throw new IllegalArgumentException("sender: at most 11 letters, digits and spaces, or a phone number");
        }
        if (!c.auth__header__name().isEmpty() && !c.auth__header__name().matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("auth_header_name: not a header name");
        }
        BodyTemplate body = BodyTemplate.parse(c.body__format(), c.body__template());
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofMillis(c.connect__timeout__ms()))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        settings = new Settings(c, uri, body, client, new ChannelLabels(c.label__sv(), c.label__en()));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label(String language) {
        return settings.labels().in(language);
    }

    @Override
    public AddressKind addressKind() {
        return AddressKind.PHONE;
    }

    @Override
    public AddressCheck checkAddress(String address) {
        return PhoneNumbers.check(address);
    }

    @Override
    public DeliveryResult deliver(Delivery delivery) {
        Settings s = settings;
        SmsGatewayConfiguration c = s.config();
        HttpRequest.Builder request = HttpRequest.newBuilder(s.uri())
                .timeout(Duration.ofMillis(c.request__timeout__ms()))
                .header("Content-Type", s.body().contentType())
                .header("Accept", "application/json, text/plain;q=0.5, */*;q=0.1")
                .POST(HttpRequest.BodyPublishers.ofString(
                        s.body().render(delivery.address(), delivery.text(), c.sender()), StandardCharsets.UTF_8));
        if (!c.auth__header__name().isEmpty() && !c.auth__header__value().isEmpty()) {
            request.header(c.auth__header__name(), c.auth__header__value());
        }
        HttpResponse<String> response;
        try {
            response = s.client().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            return failed(delivery, "the SMS gateway could not be reached within " + c.connect__timeout__ms() + " ms");
        } catch (HttpTimeoutException e) {
            return failed(delivery, "the SMS gateway did not answer within " + c.request__timeout__ms()
                    + " ms; the message may or may not have been sent");
        } catch (ConnectException e) {
            return failed(delivery, "the SMS gateway could not be reached (connection refused)");
        } catch (IOException e) {
            return failed(delivery, "the SMS gateway could not be used: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + Redaction.clean(e.getMessage(), delivery)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(delivery, "sending the SMS was interrupted");
        }
        int status = response.statusCode();
        String answer = response.body() == null ? "" : response.body();
        if (answer.length() > MAX_ANSWER_CHARS) {
            answer = answer.substring(0, MAX_ANSWER_CHARS);
        }
        if (status < 200 || status > 299) {
            String detail = Redaction.clean(answer, delivery);
            return failed(delivery, "the SMS gateway answered HTTP " + status + (detail.isEmpty() ? "" : ": " + detail));
        }
        LOG.debug("Invitation {} accepted by the SMS gateway (HTTP {})", delivery.reference(), status);
        return DeliveryResult.accepted(reference(answer, c.reference__field()));
    }

    private static String reference(String answer, String field) {
        if (field.isEmpty() || answer.isBlank()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(answer).get(field);
            return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
        } catch (IOException e) {
            return null;
        }
    }

    private static DeliveryResult failed(Delivery delivery, String reason) {
        LOG.warn("Invitation {}: SMS not sent: {}", delivery.reference(), reason);
        return DeliveryResult.failed(reason);
    }
}
