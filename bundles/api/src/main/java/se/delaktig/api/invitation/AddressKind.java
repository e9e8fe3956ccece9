package se.delaktig.api.invitation;

/** What kind of address a {@link DeliveryChannel} needs from the caseworker. */
public enum AddressKind {
    /** A mobile phone number, normalised to E.164 such as {@code +46701234567}. */
    PHONE,
    /** An e-mail address. */
    EMAIL,
    /** No address: the code is handed over in person or on paper. */
    NONE
}
