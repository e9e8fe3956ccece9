package se.delaktig.api.invitation;

import java.util.Objects;

/**
 * The codes of an invitation for a channel that hands them over through the caseworker (print,
 * in person): returned once, by {@link InvitationService#create} or {@link InvitationService#resend},
 * to show or print now. Nothing here is stored; {@link #toString()} redacts everything.
 *
 * @param shortCode the short code in display form, such as {@code K7XP-M4QA-9FHT}
 * @param link      the personal link (for a QR code)
 * @param portalUrl the portal's address where the short code is typed
 * @param printable the channel's escaped, script-free HTML fragment (the printable sheet), or
 *                  {@code null} when the channel made none
 */
public record HandOver(String shortCode, String link, String portalUrl, String printable) {

    /** Checks the required components. */
    public HandOver {
        Objects.requireNonNull(shortCode, "shortCode");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(portalUrl, "portalUrl");
    }

    /** The codes must not reach a log line. */
    @Override
    public String toString() {
        return "HandOver[redacted]";
    }
}
