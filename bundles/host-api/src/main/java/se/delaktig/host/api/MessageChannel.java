package se.delaktig.host.api;

/** The ways a host's message gateway can reach a person. */
public enum MessageChannel {
    /** A text message to a mobile phone number (E.164, e.g. {@code +46701234567}). */
    SMS,
    /** An e-mail to an address. */
    EMAIL
}
