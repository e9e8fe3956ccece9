package se.delaktig.invitation.internal.service;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;

/**
 * The lifecycle settings, checked.
 *
 * @param expiry        lifetime of a new invitation
 * @param maxExtension  how far after now an extension may reach
 * @param reminderAfter when the reminder goes after the last delivery (to an unanswered invitation); zero = never
 * @param keepAddress   how long an address outlives its last possible use (resend or reminder)
 * @param portalUrl     the portal's address without a trailing slash
 * @param zone          the zone of "today"
 */
public record Settings(Duration expiry, Duration maxExtension, Duration reminderAfter, Duration keepAddress,
        String portalUrl, ZoneId zone) {

    /** Checks the values. */
    public Settings {
        if (expiry.isZero() || expiry.isNegative() || maxExtension.isNegative() || maxExtension.isZero()
                || reminderAfter.isNegative() || keepAddress.isNegative()) {
            throw new IllegalArgumentException("durations must be positive (reminder and keep may be zero)");
        }
        URI uri = URI.create(portalUrl);
        if (!uri.isAbsolute() || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            throw new IllegalArgumentException("portal_url must be an absolute http(s) address");
        }
        portalUrl = portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
    }

    static Settings of(InvitationServiceConfiguration c) {
        return new Settings(Duration.ofDays(c.expiry__days()), Duration.ofDays(c.max__extension__days()),
                Duration.ofDays(c.reminder__after__days()), Duration.ofDays(c.address__keep__days()), c.portal__url(),
                ZoneId.of(c.time__zone()));
    }

    /** @return the defaults, for tests */
    public static Settings defaults() {
        return new Settings(Duration.ofDays(14), Duration.ofDays(30), Duration.ZERO, Duration.ZERO,
                "http://localhost:8080/delaktig/portal", ZoneId.of("Europe/Stockholm"));
    }

    /** @return the personal link for a token */
    String link(String token) {
        return portalUrl + "/l/" + token;
    }
}
