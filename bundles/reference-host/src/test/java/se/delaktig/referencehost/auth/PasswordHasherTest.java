package se.delaktig.referencehost.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void verifiesTheRightPasswordOnly() {
        String hash = hasher.hash("delaktig-demo");
        assertTrue(hash.startsWith("pbkdf2-sha256$210000$"));
        assertTrue(hasher.verify("delaktig-demo", hash));
        assertFalse(hasher.verify("delaktig-demo ", hash));
        assertFalse(hasher.verify("", hash));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(hasher.hash("same"), hasher.hash("same"));
    }

    @Test
    void rejectsMalformedHashes() {
        assertFalse(hasher.verify("x", null));
        assertFalse(hasher.verify("x", "plain"));
        assertFalse(hasher.verify("x", "pbkdf2-sha256$abc$AAAA$AAAA"));
        assertFalse(hasher.verify("x", "pbkdf2-sha256$1000$!!!$AAAA"));
        assertFalse(hasher.verify("x", "md5$1$AAAA$AAAA"));
    }
}
