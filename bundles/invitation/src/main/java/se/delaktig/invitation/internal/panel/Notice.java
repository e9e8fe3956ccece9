package se.delaktig.invitation.internal.panel;

import java.util.Objects;

/**
 * A short message for the panel after a form post: a text key of this bundle's catalog and at
 * most one detail that is never a person's input (a channel's failure reason, a date).
 *
 * @param error  whether it reports a refusal (shown as an alert) or an outcome (a status)
 * @param key    the text key, such as {@code notice.sent} or {@code error.invalid_address}
 * @param detail the value for {@code {0}} in the text, or {@code null}
 */
public record Notice(boolean error, String key, String detail) {
    /** Checks the key. */
    public Notice {
        Objects.requireNonNull(key, "key");
    }

    /** @return an outcome notice */
    public static Notice ok(String key) {
        return new Notice(false, key, null);
    }

    /** @return an outcome notice with a detail */
    public static Notice ok(String key, String detail) {
        return new Notice(false, key, detail);
    }

    /** @return a refusal notice */
    public static Notice error(String key) {
        return new Notice(true, key, null);
    }
}
