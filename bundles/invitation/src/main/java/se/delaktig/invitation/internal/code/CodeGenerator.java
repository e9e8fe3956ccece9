package se.delaktig.invitation.internal.code;

import java.security.SecureRandom;
import java.util.Base64;

/** Draws new link tokens and short codes from a {@link SecureRandom}, without bias. */
public final class CodeGenerator {

    private CodeGenerator() {
    }

    /** @return a new link token of {@value LinkToken#BYTES} random bytes */
    public static LinkToken linkToken(SecureRandom random) {
        byte[] bytes = new byte[LinkToken.BYTES];
        random.nextBytes(bytes);
        return LinkToken.parse(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes)).orElseThrow();
    }

    /** @return a new short code; {@code nextInt(bound)} rejects out-of-range draws, so every character is equally likely */
    public static ShortCode shortCode(SecureRandom random) {
        char[] chars = new char[ShortCode.LENGTH];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = ShortCode.ALPHABET.charAt(random.nextInt(ShortCode.ALPHABET.length()));
        }
        return ShortCode.of(new String(chars));
    }
}
