package se.delaktig.api.questionnaire;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Every code a definition document uses reads back as its constant; anything else is unknown. */
class CodesTest {

    @Test
    void everyCodeRoundTrips() {
        roundTrip(Attention.values(), Attention::code, Attention::ofCode);
        roundTrip(Domain.values(), Domain::code, Domain::ofCode);
        roundTrip(EnableBehavior.values(), EnableBehavior::code, EnableBehavior::ofCode);
        roundTrip(ItemType.values(), ItemType::code, ItemType::ofCode);
        roundTrip(Operator.values(), Operator::code, Operator::ofCode);
        roundTrip(Respondent.values(), Respondent::code, Respondent::ofCode);
        roundTrip(ReviewStatus.values(), ReviewStatus::code, ReviewStatus::ofCode);
    }

    @Test
    void theConstantNamesAreNotCodes() {
        assertNull(ItemType.ofCode("SINGLE_CHOICE"));
        assertNull(Domain.ofCode("SOCIAL_SERVICES"));
        assertNull(Attention.ofCode("signals_danger"));
        assertNull(Operator.ofCode("EQUALS"));
    }

    private static <E> void roundTrip(E[] values, Function<E, String> code, Function<String, E> ofCode) {
        for (E value : values) {
            assertSame(value, ofCode.apply(code.apply(value)), String.valueOf(value));
        }
        assertNull(ofCode.apply("no-such-code"));
    }
}
