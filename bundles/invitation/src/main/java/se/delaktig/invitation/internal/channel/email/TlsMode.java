package se.delaktig.invitation.internal.channel.email;

/** How the SMTP connection is protected. */
public enum TlsMode {
    /** Plain connection upgraded with STARTTLS, which the server must offer (port 587). */
    STARTTLS,
    /** TLS from the first byte (SMTPS, port 465). */
    SMTPS,
    /** No TLS at all: only for a relay on the same host, and for tests. */
    NONE
}
