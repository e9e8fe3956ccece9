package se.delaktig.invitation.internal.text;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import se.delaktig.api.invitation.AddressKind;

/** The configured invitation texts per language, validated on every configuration change. */
@Component(service = MessageTexts.class, configurationPid = MessageTexts.PID)
@Designate(ocd = MessageTextsConfiguration.class)
public class MessageTexts {

    /** The configuration PID. */
    public static final String PID = "se.delaktig.invitation.texts";
    /** The languages texts exist for. */
    public static final List<String> LANGUAGES = List.of("sv", "en");

    private record Texts(MessageTemplate subject, MessageTemplate sms, MessageTemplate email, DateTimeFormatter expires) {
    }

    private volatile Map<String, Texts> texts;
    private volatile String municipality;

    @Activate
    @Modified
    void configure(MessageTextsConfiguration c) {
        ZoneId zone;
        try {
            zone = ZoneId.of(c.time__zone());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("time_zone: unknown time zone '" + c.time__zone() + "'", e);
        }
        if (c.municipality().contains("{") || c.municipality().contains("}")) {
            throw new IllegalArgumentException("municipality: may not contain braces");
        }
        Map<String, Texts> parsed = Map.of(
                "sv", new Texts(subject("subject_sv", c.subject__sv()), message("sms_sv", c.sms__sv()),
                        message("email_sv", c.email__sv()),
                        ExpiryFormat.formatter("sv", zone)),
                "en", new Texts(subject("subject_en", c.subject__en()), message("sms_en", c.sms__en()),
                        message("email_en", c.email__en()),
                        ExpiryFormat.formatter("en", zone)));
        municipality = c.municipality().strip();
        texts = parsed;
    }

    private static MessageTemplate subject(String name, String text) {
        MessageTemplate t = MessageTemplate.parse(name, text);
        if (t.uses().contains("link") || t.uses().contains("code")) {
            throw new IllegalArgumentException(name + ": a subject is shown on lock screens and may not contain "
                    + "{link} or {code}");
        }
        return t;
    }

    private static MessageTemplate message(String name, String text) {
        MessageTemplate t = MessageTemplate.parse(name, text);
        if (!t.uses().contains("link") && !t.uses().contains("code")) {
            throw new IllegalArgumentException(name + ": the text must contain {link} or {code}, or the child cannot answer");
        }
        return t;
    }

    /**
     * @param kind     the channel's address kind: {@link AddressKind#PHONE} gets the SMS text, the
     *                 others the e-mail text
     * @param language {@code "sv"} or {@code "en"}
     * @param link     the personal link
     * @param code     the short code in display form
     * @param expires  when the codes stop working
     * @return the subject and text
     * @throws IllegalArgumentException for another language
     */
    public ComposedMessage compose(AddressKind kind, String language, String link, String code, Instant expires) {
        Texts t = texts.get(language);
        if (t == null) {
            throw new IllegalArgumentException("No invitation texts in language '" + language + "'; use " + LANGUAGES);
        }
        Map<String, String> values = Map.of("link", link, "code", code, "expires", t.expires().format(expires),
                "municipality", municipality);
        MessageTemplate body = kind == AddressKind.PHONE ? t.sms() : t.email();
        return new ComposedMessage(t.subject().render(values), body.render(values));
    }
}
