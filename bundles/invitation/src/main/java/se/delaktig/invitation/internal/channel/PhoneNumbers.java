package se.delaktig.invitation.internal.channel;

import java.util.regex.Pattern;
import se.delaktig.api.invitation.AddressCheck;

/** Checks and normalises mobile numbers to E.164; Swedish national numbers (07x) become +467x. */
public final class PhoneNumbers {

    /** Problem code of an unusable number. */
    public static final String INVALID = "phone.invalid";
    /** Problem code of a missing number. */
    public static final String MISSING = "phone.missing";

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-().\\u00a0/]");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");
    private static final Pattern SWEDISH_MOBILE = Pattern.compile("\\+467[0-9]{8}");

    private PhoneNumbers() {
    }

    /**
     * @param typed a number as typed: {@code 070-123 45 67}, {@code +46 70 123 45 67},
     *              {@code 0046701234567}, or a foreign number with its country code
     * @return the E.164 form, such as {@code +46701234567}, or the problem
     */
    public static AddressCheck check(String typed) {
        if (typed == null || typed.isBlank()) {
            return AddressCheck.invalid(MISSING, "no phone number was given");
        }
        String n = SEPARATORS.matcher(typed.strip()).replaceAll("");
        if (n.startsWith("00")) {
            n = "+" + n.substring(2);
        } else if (n.startsWith("0")) {
            n = "+46" + n.substring(1);
        }
        if (n.startsWith("+460")) {
            n = "+46" + n.substring(4); // +46 (0)70...: the trunk zero written after the country code
        }
        if (!n.startsWith("+") || !n.substring(1).chars().allMatch(c -> c >= '0' && c <= '9')) {
            return AddressCheck.invalid(INVALID, "a phone number has only digits, spaces and hyphens, and a foreign "
                    + "number starts with + and the country code");
        }
        if (!E164.matcher(n).matches()) {
            return AddressCheck.invalid(INVALID, "a phone number has 8 to 15 digits including the country code");
        }
        if (n.startsWith("+46") && !SWEDISH_MOBILE.matcher(n).matches()) {
            return AddressCheck.invalid(INVALID, n.startsWith("+467")
                    ? "a Swedish mobile number has 10 digits, such as 070-123 45 67"
                    : "a Swedish mobile number starts with 07; SMS cannot reach a landline");
        }
        return AddressCheck.valid(n);
    }
}
