package se.delaktig.invitation.internal.service;

/** Shows enough of an address for a caseworker to recognise it, and no more. */
final class Masking {

    private static final char DOT = '\u2022';

    private Masking() {
    }

    /** @return {@code +467•••••••67}-like for phones, {@code a•••@example.se} for e-mail, {@code null} for none */
    static String mask(String address) {
        if (address == null || address.isEmpty()) {
            return null;
        }
        int at = address.lastIndexOf('@');
        if (at > 0) {
            return address.charAt(0) + String.valueOf(DOT).repeat(3) + address.substring(at);
        }
        if (address.length() <= 6) {
            return String.valueOf(DOT).repeat(address.length());
        }
        return address.substring(0, 4) + String.valueOf(DOT).repeat(address.length() - 6)
                + address.substring(address.length() - 2);
    }
}
