package se.delaktig.invitation.internal.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.delaktig.invitation.internal.Configs;

class CodesTest {

    private static final String PEPPER = "a-test-pepper-that-is-long-enough-0123456789";
    private final SecureRandom random = new SecureRandom();

    @Test
    void alphabetHasNoLookAlikes() {
        for (char c : "0O1IL5S2Z8B6GUV".toCharArray()) {
            assertEquals(-1, ShortCode.ALPHABET.indexOf(c), "look-alike " + c);
        }
        assertEquals(ShortCode.ALPHABET.length(), ShortCode.ALPHABET.chars().distinct().count());
        double bits = ShortCode.LENGTH * Math.log(ShortCode.ALPHABET.length()) / Math.log(2);
        assertTrue(bits > 50, "entropy " + bits);
    }

    @Test
    void shortCodesAreTwelveAlphabetCharactersGroupedByFour() {
        for (int i = 0; i < 1000; i++) {
            ShortCode code = CodeGenerator.shortCode(random);
            assertTrue(code.canonical().matches("[" + ShortCode.ALPHABET + "]{12}"), "canonical");
            assertTrue(code.display().matches("[" + ShortCode.ALPHABET + "]{4}(-[" + ShortCode.ALPHABET + "]{4}){2}"));
            assertEquals(code.canonical(), code.display().replace("-", ""));
        }
    }

    @Test
    void shortCodeCharactersAreUniform() {
        int n = 20000;
        int[] counts = new int[ShortCode.ALPHABET.length()];
        for (int i = 0; i < n; i++) {
            for (char c : CodeGenerator.shortCode(random).canonical().toCharArray()) {
                counts[ShortCode.ALPHABET.indexOf(c)]++;
            }
        }
        double expected = n * 12.0 / counts.length;
        double chi2 = 0;
        for (int c : counts) {
            chi2 += (c - expected) * (c - expected) / expected;
        }
        // 20 degrees of freedom: the 99.99th percentile is about 52.4
        assertTrue(chi2 < 52.4, "chi-square " + chi2);
    }

    @Test
    void typedCodesAreReadCaseAndSeparatorInsensitively() {
        ShortCode code = ShortCode.parse("K7XP-M4QA-9FHT").orElseThrow();
        assertEquals("K7XPM4QA9FHT", code.canonical());
        assertEquals(Optional.of(code), ShortCode.parse("k7xp m4qa 9fht"));
        assertEquals(Optional.of(code), ShortCode.parse(" k7xp.m4qa_9fht "));
        assertEquals(Optional.of(code), ShortCode.parse("K7XPM4QA9FHT"));
        assertEquals("K7XP-M4QA-9FHT", code.display());
    }

    @Test
    void impossibleCodesAreRejected() {
        assertTrue(ShortCode.parse(null).isEmpty());
        assertTrue(ShortCode.parse("").isEmpty());
        assertTrue(ShortCode.parse("K7XP-M4QA-9FH").isEmpty(), "11 characters");
        assertTrue(ShortCode.parse("K7XP-M4QA-9FHTA").isEmpty(), "13 characters");
        assertTrue(ShortCode.parse("K7XP-M4QA-9FH0").isEmpty(), "0 is not in the alphabet");
        assertTrue(ShortCode.parse("K7XP-M4QA-9FHÅ").isEmpty());
        assertTrue(ShortCode.parse("K7XP-M4QA-9FH'; drop").isEmpty());
    }

    @Test
    void linkTokensHaveAtLeast128BitsAndAreUrlSafe() {
        assertTrue(LinkToken.BYTES * 8 >= 128);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10000; i++) {
            String t = CodeGenerator.linkToken(random).value();
            assertTrue(t.matches("[A-Za-z0-9_-]{32}"), t);
            assertTrue(seen.add(t));
        }
        assertTrue(LinkToken.parse("short").isEmpty());
        assertTrue(LinkToken.parse("a".repeat(31) + "=").isEmpty());
    }

    @Test
    void hashesAreKeyedSeparatedAndNeverTheCode() {
        CodeHasher hasher = new CodeHasher(PEPPER, "1", random);
        NewCodes codes = hasher.newCodes();
        assertTrue(codes.shortCodeHash().startsWith("hmac-sha256:1:"));
        assertFalse(codes.shortCodeHash().contains(codes.shortCode().canonical()));
        assertFalse(codes.linkTokenHash().contains(codes.linkToken().value()));
        assertEquals(codes.shortCodeHash(), hasher.hash(ShortCode.parse(codes.shortCode().display().toLowerCase()).orElseThrow()));
        assertTrue(hasher.matches(codes.linkToken(), codes.linkTokenHash()));
        assertTrue(hasher.matches(codes.shortCode(), codes.shortCodeHash()));
        assertFalse(hasher.matches(codes.shortCode(), codes.linkTokenHash()));
        assertFalse(hasher.matches(CodeGenerator.shortCode(random), codes.shortCodeHash()));
        assertFalse(hasher.matches(codes.shortCode(), null));

        CodeHasher other = new CodeHasher(PEPPER + "x", "2", random);
        assertNotEquals(hasher.hash(codes.shortCode()).substring(15), other.hash(codes.shortCode()).substring(15));
        assertFalse(other.matches(codes.shortCode(), codes.shortCodeHash()));
    }

    @Test
    void weakPeppersAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CodeHasher("short", "1", random));
        assertTrue(e.getMessage().contains("at least 32"));
        assertThrows(IllegalArgumentException.class, () -> new CodeHasher(PEPPER, "bad id!", random));
        assertThrows(IllegalArgumentException.class, () -> new InvitationCodes().configure(
                Configs.of(InvitationCodesConfiguration.class, Map.of("pepper", ""))));
    }

    @Test
    void componentHashesWithItsConfiguredPepper() {
        InvitationCodes codes = new InvitationCodes();
        codes.configure(Configs.of(InvitationCodesConfiguration.class, Map.of("pepper", PEPPER)));
        NewCodes c = codes.newCodes();
        assertEquals(new CodeHasher(PEPPER, "1", random).hash(c.shortCode()), c.shortCodeHash());
        assertEquals(c.linkTokenHash(), codes.hash(c.linkToken()));
        assertTrue(codes.matches(c.shortCode(), c.shortCodeHash()));
        assertTrue(codes.matches(c.linkToken(), c.linkTokenHash()));
    }

    @Test
    void toStringNeverShowsACode() {
        NewCodes c = new CodeHasher(PEPPER, "1", random).newCodes();
        for (Object o : new Object[] {c, c.shortCode(), c.linkToken()}) {
            String s = o.toString();
            assertFalse(s.contains(c.shortCode().canonical()), s);
            assertFalse(s.contains(c.shortCode().display()), s);
            assertFalse(s.contains(c.linkToken().value()), s);
        }
    }
}
