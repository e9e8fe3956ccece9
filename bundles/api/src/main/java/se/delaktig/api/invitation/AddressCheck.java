package se.delaktig.api.invitation;

import java.util.Objects;

/**
 * The outcome of {@link DeliveryChannel#checkAddress(String)}: either the address in the form the
 * channel will use, or why it cannot be used.
 *
 * @param valid      whether the channel can deliver to the address
 * @param normalized the address as the channel will use it (such as {@code +46701234567} for
 *                   {@code 070-123 45 67}); {@code null} when not valid; empty for channels that
 *                   need no address
 * @param problem    a stable code for the fault, such as {@code "phone.invalid"}, for a
 *                   translated message; {@code null} when valid
 * @param reason     a clear English explanation for logs and API clients, such as
 *                   {@code "a Swedish mobile number starts with 07"}; {@code null} when valid
 */
public record AddressCheck(boolean valid, String normalized, String problem, String reason) {

    /** Checks that a valid result has an address and an invalid one a problem and a reason. */
    public AddressCheck {
        if (valid) {
            Objects.requireNonNull(normalized, "normalized");
            if (problem != null || reason != null) {
                throw new IllegalArgumentException("a valid address has no problem");
            }
        } else {
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(reason, "reason");
            if (normalized != null) {
                throw new IllegalArgumentException("an invalid address has no normalized form");
            }
        }
    }

    /**
     * @param normalized the address as the channel will use it
     * @return a valid result
     */
    public static AddressCheck valid(String normalized) {
        return new AddressCheck(true, normalized, null, null);
    }

    /**
     * @param problem a stable code such as {@code "email.invalid"}
     * @param reason  a clear explanation that does not repeat the address
     * @return an invalid result
     */
    public static AddressCheck invalid(String problem, String reason) {
        return new AddressCheck(false, null, problem, reason);
    }

    /** @return the result without the address, which is personal data and stays out of logs */
    @Override
    public String toString() {
        return valid ? "AddressCheck[valid]" : "AddressCheck[invalid " + problem + ": " + reason + "]";
    }
}
