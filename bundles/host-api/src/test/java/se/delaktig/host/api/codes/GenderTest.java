package se.delaktig.host.api.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GenderTest {

    @Test
    void theCodesAreTheSharedCodeSet() {
        assertEquals(List.of("girl", "boy", "other", "unknown"), List.of(Gender.values()).stream().map(Gender::code).toList());
        for (Gender gender : Gender.values()) {
            assertEquals(Optional.of(gender), Gender.ofCode(gender.code()));
        }
    }

    @Test
    void anUnknownCodeIsEmptyNotUnknown() {
        // "unknown" is a recorded fact; a code we do not know is a fault the caller must see.
        assertEquals(Optional.empty(), Gender.ofCode("flicka"));
        assertEquals(Optional.empty(), Gender.ofCode("GIRL"));
        assertEquals(Optional.empty(), Gender.ofCode(null));
    }
}
