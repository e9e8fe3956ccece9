package se.delaktig.invitation.internal.channel.print;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
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
import se.delaktig.invitation.internal.text.ExpiryFormat;
import se.delaktig.web.render.HtmlRenderer;
import se.delaktig.web.render.MessageCatalog;
import se.delaktig.web.render.Messages;
import se.delaktig.web.render.RenderException;
import se.delaktig.web.render.TrustedHtml;

/**
 * The code handed over in person or on paper: renders a printable HTML fragment (escaped, no
 * script) with the short code, the portal's address and a QR code of the link as inline SVG. The
 * QR code is computed here (embedded MIT-licensed encoder), never by a network service.
 */
@Component(service = DeliveryChannel.class, configurationPid = PrintChannel.PID,
        property = DeliveryChannel.ID_PROPERTY + "=" + PrintChannel.ID)
@Designate(ocd = PrintChannelConfiguration.class)
public class PrintChannel implements DeliveryChannel {

    /** The configuration PID. */
    public static final String PID = "se.delaktig.invitation.channel.print";
    /** The channel id. */
    public static final String ID = "print";

    private static final Logger LOG = LoggerFactory.getLogger(PrintChannel.class);

    private final HtmlRenderer renderer =
            HtmlRenderer.create(PrintChannel.class.getClassLoader(), "se/delaktig/invitation/templates");
    private final MessageCatalog texts =
            MessageCatalog.of(PrintChannel.class.getClassLoader(), "se/delaktig/invitation/i18n/print");
    private volatile ZoneId zone = ZoneId.of("Europe/Stockholm");
    private volatile ChannelLabels labels = new ChannelLabels("Kod att ge personligen eller skriva ut",
            "Code in person or printed");

    @Activate
    @Modified
    void configure(PrintChannelConfiguration c) {
        try {
            zone = ZoneId.of(c.time__zone());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("time_zone: unknown time zone '" + c.time__zone() + "'", e);
        }
        labels = new ChannelLabels(c.label__sv(), c.label__en());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label(String language) {
        return labels.in(language);
    }

    @Override
    public AddressKind addressKind() {
        return AddressKind.NONE;
    }

    @Override
    public AddressCheck checkAddress(String address) {
        return AddressCheck.valid("");
    }

    @Override
    public DeliveryResult deliver(Delivery delivery) {
        String language = texts.languages().contains(delivery.language()) ? delivery.language() : "sv";
        Messages t = texts.messages(language);
        try {
            QrSvg.Symbol qr = QrSvg.encode(delivery.link());
            TrustedHtml svg = renderer.render("qr.vm", Map.of("box", qr.box(), "path", qr.path(),
                    "label", t.get("print.qr.label")));
            TrustedHtml sheet = renderer.render("sheet.vm", Map.of(
                    "t", t,
                    "lang", language,
                    "code", delivery.shortCode(),
                    "portal", delivery.portalUrl(),
                    "expires", ExpiryFormat.format(delivery.expires(), language, zone),
                    "qr", svg));
            return DeliveryResult.delivered(null, sheet.html());
        } catch (RenderException | IllegalArgumentException e) {
            // The message of a QR DataTooLongException or a render failure carries no code.
            LOG.warn("Invitation {}: the printable sheet could not be made: {}", delivery.reference(),
                    e.getClass().getSimpleName());
            return DeliveryResult.failed("the printable sheet could not be made (" + e.getClass().getSimpleName() + ")");
        }
    }
}
