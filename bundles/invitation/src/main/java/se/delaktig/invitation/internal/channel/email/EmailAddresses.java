package se.delaktig.invitation.internal.channel.email;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.regex.Pattern;
import se.delaktig.api.invitation.AddressCheck;

/** Checks a typed e-mail address: exactly one bare address with a domain that has a dot. */
public final class EmailAddresses {

    /** Problem code of an unusable address. */
    public static final String INVALID = "email.invalid";
    /** Problem code of a missing address. */
    public static final String MISSING = "email.missing";

    private static final Pattern SHAPE = Pattern.compile("[^\\s@<>,;\"]{1,64}@[A-Za-z0-9.-]{1,253}\\.[A-Za-z]{2,63}");

    private EmailAddresses() {
    }

    /**
     * @param typed the address as typed
     * @return the address (trimmed, domain in lower case), or the problem
     */
    public static AddressCheck check(String typed) {
        if (typed == null || typed.isBlank()) {
            return AddressCheck.invalid(MISSING, "no e-mail address was given");
        }
        String a = typed.strip();
        if (!SHAPE.matcher(a).matches()) {
            return AddressCheck.invalid(INVALID, "an e-mail address looks like name@example.se: one address, no "
                    + "spaces or name, and a domain with a dot");
        }
        try {
            new InternetAddress(a, true).validate();
        } catch (AddressException e) {
            return AddressCheck.invalid(INVALID, "the e-mail address is not valid (" + e.getMessage().replace(a, "address") + ")");
        }
        int at = a.lastIndexOf('@');
        String domain = a.substring(at + 1);
        if (domain.startsWith(".") || domain.startsWith("-") || domain.contains("..")) {
            return AddressCheck.invalid(INVALID, "the part after @ is not a valid domain");
        }
        return AddressCheck.valid(a.substring(0, at) + "@" + domain.toLowerCase(java.util.Locale.ROOT));
    }
}
