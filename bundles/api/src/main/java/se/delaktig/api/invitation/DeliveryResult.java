package se.delaktig.api.invitation;

import java.util.Objects;
import java.util.Optional;

/**
 * What became of a {@link DeliveryChannel#deliver(Delivery)}.
 *
 * @param outcome           delivered, accepted or failed
 * @param providerReference the provider's id of the message (SMTP Message-ID, the SMS gateway's or
 *                          the host's message id) for following it up; {@code null} when failed or
 *                          when the provider gives none
 * @param reason            for a failure, a clear explanation for the caseworker and the log, such
 *                          as {@code "SMS gateway answered HTTP 500"}; it never contains the code,
 *                          the link or the address; {@code null} otherwise
 * @param printable         for channels that hand over the invitation through the caseworker
 *                          (print, in person), an escaped, script-free HTML fragment to show and
 *                          print now; it contains the code and is never stored; {@code null} otherwise
 */
public record DeliveryResult(Outcome outcome, String providerReference, String reason, String printable) {

    /** How a delivery ended. */
    public enum Outcome {
        /** In the recipient's hands now (a printed sheet handed over in person). */
        DELIVERED,
        /** Accepted by a provider (SMTP server, SMS gateway, host gateway) for onward delivery. */
        ACCEPTED,
        /** Not sent; {@link DeliveryResult#reason()} says why. Nothing reached the recipient. */
        FAILED
    }

    /** Checks that a failure has a reason and a success none. */
    public DeliveryResult {
        Objects.requireNonNull(outcome, "outcome");
        if ((outcome == Outcome.FAILED) != (reason != null)) {
            throw new IllegalArgumentException("a failure, and only a failure, has a reason");
        }
    }

    /**
     * @param providerReference the provider's message id, or {@code null}
     * @return an accepted result
     */
    public static DeliveryResult accepted(String providerReference) {
        return new DeliveryResult(Outcome.ACCEPTED, providerReference, null, null);
    }

    /**
     * @param providerReference a reference for the hand-over, or {@code null}
     * @param printable         the HTML fragment to show and print, or {@code null}
     * @return a delivered result
     */
    public static DeliveryResult delivered(String providerReference, String printable) {
        return new DeliveryResult(Outcome.DELIVERED, providerReference, null, printable);
    }

    /**
     * @param reason why, without code, link or address
     * @return a failed result
     */
    public static DeliveryResult failed(String reason) {
        return new DeliveryResult(Outcome.FAILED, null, Objects.requireNonNull(reason, "reason"), null);
    }

    /** @return whether the invitation left (delivered or accepted) */
    public boolean succeeded() {
        return outcome != Outcome.FAILED;
    }

    /** @return the printable fragment, if the channel produced one */
    public Optional<String> printableHtml() {
        return Optional.ofNullable(printable);
    }

    /** @return the result without the printable fragment, which contains the code */
    @Override
    public String toString() {
        return "DeliveryResult[" + outcome + (providerReference == null ? "" : ", reference=" + providerReference)
                + (reason == null ? "" : ", reason=" + reason) + (printable == null ? "" : ", printable=(redacted)") + "]";
    }
}
