package se.delaktig.invitation.internal.code;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Makes and checks the stored form of codes: HMAC-SHA-256 keyed with the pepper, with domain separation per kind. */
public final class CodeHasher {

    private static final String ALGORITHM = "HmacSHA256";
    /** Shortest pepper accepted (characters). */
    public static final int MIN_PEPPER_LENGTH = 32;

    private final SecretKeySpec key;
    private final String prefix;
    private final SecureRandom random;

    /**
     * @param pepper   the secret key, at least {@value #MIN_PEPPER_LENGTH} characters
     * @param pepperId a short id of the pepper, written into every hash so a later rotation can tell
     *                 old hashes from new ones
     * @param random   the source of randomness for new codes
     */
    public CodeHasher(String pepper, String pepperId, SecureRandom random) {
        if (pepper == null || pepper.length() < MIN_PEPPER_LENGTH) {
            throw new IllegalArgumentException("The pepper must have at least " + MIN_PEPPER_LENGTH
                    + " characters (use e.g. 'openssl rand -base64 48')");
        }
        if (pepperId == null || !pepperId.matches("[A-Za-z0-9_-]{1,16}")) {
            throw new IllegalArgumentException("The pepper id must be 1-16 letters, digits, '-' or '_'");
        }
        this.key = new SecretKeySpec(pepper.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.prefix = "hmac-sha256:" + pepperId + ":";
        this.random = Objects.requireNonNull(random, "random");
    }

    /** @return fresh codes for one invitation, with their hashes */
    public NewCodes newCodes() {
        LinkToken token = CodeGenerator.linkToken(random);
        ShortCode code = CodeGenerator.shortCode(random);
        return new NewCodes(token, code, hash(token), hash(code));
    }

    /** @return the stored form of a link token */
    public String hash(LinkToken token) {
        return mac("link:" + token.value());
    }

    /** @return the stored form of a short code (of its canonical form, so separators and case do not matter) */
    public String hash(ShortCode code) {
        return mac("short:" + code.canonical());
    }

    /**
     * Compares in constant time.
     *
     * @param token  a presented token
     * @param stored a stored hash
     * @return whether they belong together
     */
    public boolean matches(LinkToken token, String stored) {
        return constantTimeEquals(hash(token), stored);
    }

    /**
     * Compares in constant time.
     *
     * @param code   a presented short code
     * @param stored a stored hash
     * @return whether they belong together
     */
    public boolean matches(ShortCode code, String stored) {
        return constantTimeEquals(hash(code), stored);
    }

    static boolean constantTimeEquals(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    private String mac(String input) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] out = mac.doFinal(input.getBytes(StandardCharsets.US_ASCII));
            return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }
}
