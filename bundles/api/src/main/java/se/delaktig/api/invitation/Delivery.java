package se.delaktig.api.invitation;

import java.time.Instant;
import java.util.Objects;

/**
 * One invitation to deliver through a {@link DeliveryChannel}. The invitation service composes the
 * neutral message (no name, no case, nothing about social services beyond what the municipality
 * configured) before calling the channel; a channel sends {@link #subject()} and {@link #text()}
 * as they are, or, if it prints (such as the printed sheet), lays out {@link #shortCode()},
 * {@link #portalUrl()} and {@link #link()} itself.
 *
 * <p>Every component except {@link #reference()}, {@link #language()} and {@link #expires()} is
 * secret or personal: {@link #toString()} redacts them, and a channel must never log them or put
 * them into a {@link DeliveryResult}.
 *
 * @param reference an opaque, loggable reference of the invitation (never a code), for log lines
 *                  and provider correlation
 * @param address   the address checked and normalised by the channel's
 *                  {@link DeliveryChannel#checkAddress(String)}; empty for {@link AddressKind#NONE}
 * @param language  the language of the texts, an ISO 639 code such as {@code "sv"} or {@code "en"}
 * @param subject   the subject line (e-mail); channels without one ignore it
 * @param text      the plain-text message, with the link and/or code already in it
 * @param link      the personal link that opens the questionnaire (carries the link token)
 * @param portalUrl the portal's address where the short code is typed, without any code
 * @param shortCode the short code in its grouped display form, such as {@code K7XP-M4QA-9FHT}
 * @param expires   when the codes stop working
 * @param caseId    the opaque id of the invitation's case, for a channel that hands the message to
 *                  the host (which files it with the case); never part of the message itself, and
 *                  {@code ""} when unknown
 */
public record Delivery(String reference, String address, String language, String subject, String text,
        String link, String portalUrl, String shortCode, Instant expires, String caseId) {

    /** Checks that every component is present. */
    public Delivery {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(portalUrl, "portalUrl");
        Objects.requireNonNull(shortCode, "shortCode");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(caseId, "caseId");
    }

    /** A delivery without its case (the form before 1.3.0), for channels' own tests. */
    public Delivery(String reference, String address, String language, String subject, String text,
            String link, String portalUrl, String shortCode, Instant expires) {
        this(reference, address, language, subject, text, link, portalUrl, shortCode, expires, "");
    }

    /** @return the loggable parts only; address, texts, link and code are redacted */
    @Override
    public String toString() {
        return "Delivery[reference=" + reference + ", language=" + language + ", expires=" + expires
                + ", address=(redacted), text=(redacted), link=(redacted), shortCode=(redacted)]";
    }
}
