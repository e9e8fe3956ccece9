package se.delaktig.invitation.internal.channel.email;

import jakarta.activation.DataHandler;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
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
import se.delaktig.invitation.internal.channel.Redaction;

/**
 * E-mail over SMTP with Jakarta Mail (Angus). The thread context class loader is this bundle's
 * around every Jakarta Mail call: Jakarta Mail finds its stream provider and transports through
 * it, and this bundle carries {@code META-INF/services} entries naming Angus's classes, which it
 * imports (style.md habit 9).
 */
@Component(service = DeliveryChannel.class, configurationPid = EmailChannel.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE, property = DeliveryChannel.ID_PROPERTY + "=" + EmailChannel.ID)
@Designate(ocd = EmailChannelConfiguration.class)
public class EmailChannel implements DeliveryChannel {

    /** The configuration PID. */
    public static final String PID = "se.delaktig.invitation.channel.email";
    /** The channel id. */
    public static final String ID = "email";

    private static final Logger LOG = LoggerFactory.getLogger(EmailChannel.class);

    private volatile Settings settings;

    private record Settings(EmailChannelConfiguration config, String protocol, Properties properties,
            InternetAddress from, ChannelLabels labels) {
    }

    @Activate
    @Modified
    void configure(EmailChannelConfiguration c) {
        if (c.host() == null || c.host().isBlank()) {
            throw new IllegalArgumentException("host: the SMTP host is missing");
        }
        AddressCheck from = EmailAddresses.check(c.from__address());
        if (!from.valid()) {
            throw new IllegalArgumentException("from_address: " + from.reason());
        }
        String protocol = c.tls() == TlsMode.SMTPS ? "smtps" : "smtp";
        String p = "mail." + protocol + ".";
        Properties props = new Properties();
        props.setProperty(p + "host", c.host().strip());
        props.setProperty(p + "port", Integer.toString(c.port()));
        props.setProperty(p + "connectiontimeout", Integer.toString(c.connect__timeout__ms()));
        props.setProperty(p + "timeout", Integer.toString(c.timeout__ms()));
        props.setProperty(p + "writetimeout", Integer.toString(c.timeout__ms()));
        props.setProperty(p + "from", from.normalized());
        props.setProperty(p + "auth", Boolean.toString(!c.user().isEmpty()));
        if (c.tls() == TlsMode.STARTTLS) {
            props.setProperty(p + "starttls.enable", "true");
            props.setProperty(p + "starttls.required", "true");
        }
        if (c.tls() != TlsMode.NONE) {
            props.setProperty(p + "ssl.checkserveridentity", "true");
        }
        InternetAddress fromAddress;
        try {
            fromAddress = c.from__name().isBlank() ? new InternetAddress(from.normalized())
                    : new InternetAddress(from.normalized(), c.from__name().strip(), "UTF-8");
        } catch (UnsupportedEncodingException | MessagingException e) {
            throw new IllegalArgumentException("from_address: " + e.getMessage());
        }
        settings = new Settings(c, protocol, props, fromAddress, new ChannelLabels(c.label__sv(), c.label__en()));
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
        return AddressKind.EMAIL;
    }

    @Override
    public AddressCheck checkAddress(String address) {
        return EmailAddresses.check(address);
    }

    @Override
    public DeliveryResult deliver(Delivery delivery) {
        Settings s = settings;
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(EmailChannel.class.getClassLoader());
        try {
            Session session = Session.getInstance(s.properties());
            MimeMessage message = new MimeMessage(session);
            message.setFrom(s.from());
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(delivery.address(), true));
            message.setSubject(delivery.subject(), "UTF-8");
            message.setSentDate(new Date());
            message.setHeader("Auto-Submitted", "auto-generated");
            // A DataSource, not setText: writing it needs no mailcap handler lookup (fragile in OSGi).
            message.setDataHandler(new DataHandler(new ByteArrayDataSource(
                    delivery.text().getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8")));
            message.saveChanges();
            try (Transport transport = session.getTransport(s.protocol())) {
                EmailChannelConfiguration c = s.config();
                transport.connect(c.host().strip(), c.port(), c.user().isEmpty() ? null : c.user(),
                        c.user().isEmpty() ? null : c.password());
                transport.sendMessage(message, message.getAllRecipients());
            }
            LOG.debug("Invitation {} accepted by the SMTP server", delivery.reference());
            return DeliveryResult.accepted(message.getMessageID());
        } catch (AuthenticationFailedException e) {
            return failed(delivery, "the SMTP server refused the sign-in (check user and password)");
        } catch (SendFailedException e) {
            return failed(delivery, "the SMTP server refused the message: " + Redaction.clean(e.getMessage(), delivery));
        } catch (MessagingException e) {
            return failed(delivery, "the SMTP server could not be used: " + describe(e, delivery));
        } catch (RuntimeException e) {
            return failed(delivery, "the e-mail could not be sent: " + describe(e, delivery));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static String describe(Exception e, Delivery delivery) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (root != e) {
            text += " (" + root.getClass().getSimpleName()
                    + (root.getMessage() == null ? "" : ": " + root.getMessage()) + ")";
        }
        return Redaction.clean(text, delivery);
    }

    private static DeliveryResult failed(Delivery delivery, String reason) {
        LOG.warn("Invitation {}: e-mail not sent: {}", delivery.reference(), reason);
        return DeliveryResult.failed(reason);
    }
}
