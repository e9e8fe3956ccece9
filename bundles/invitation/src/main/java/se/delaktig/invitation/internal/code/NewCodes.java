package se.delaktig.invitation.internal.code;

import java.util.Objects;

/**
 * The two codes of one new invitation and their hashes; the codes go to the channel once, only the
 * hashes are stored.
 *
 * @param linkToken     the link token
 * @param shortCode     the short code
 * @param linkTokenHash the keyed hash of the link token, to store
 * @param shortCodeHash the keyed hash of the short code, to store
 */
public record NewCodes(LinkToken linkToken, ShortCode shortCode, String linkTokenHash, String shortCodeHash) {
    /** Checks the components. */
    public NewCodes {
        Objects.requireNonNull(linkToken, "linkToken");
        Objects.requireNonNull(shortCode, "shortCode");
        Objects.requireNonNull(linkTokenHash, "linkTokenHash");
        Objects.requireNonNull(shortCodeHash, "shortCodeHash");
    }

    /** Codes redacted; the hashes are not secret. */
    @Override
    public String toString() {
        return "NewCodes[linkTokenHash=" + linkTokenHash + ", shortCodeHash=" + shortCodeHash + "]";
    }
}
