package se.delaktig.invitation.internal.channel.sms;

/** How the SMS gateway wants the request body. */
public enum BodyFormat {
    /** {@code application/json}; values are JSON-string escaped. */
    JSON,
    /** {@code application/x-www-form-urlencoded}; values are URL-encoded. */
    FORM
}
