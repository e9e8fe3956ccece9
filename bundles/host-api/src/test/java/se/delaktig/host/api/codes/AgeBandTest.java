package se.delaktig.host.api.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeBandTest {

    @ParameterizedTest
    @CsvSource({"4,", "5,5-7", "7,5-7", "8,8-12", "12,8-12", "13,13-18", "18,13-18", "19,", "-1,", "0,"})
    void ofAgeCutsAtTheBandEdges(int age, String band) {
        assertEquals(Optional.ofNullable(band), AgeBand.ofAge(age).map(AgeBand::code), "age " + age);
    }

    @Test
    void everyBandIsFoundByItsCodeAndItsOwnEdges() {
        for (AgeBand band : AgeBand.values()) {
            assertEquals(Optional.of(band), AgeBand.ofCode(band.code()));
            assertEquals(Optional.of(band), AgeBand.ofAge(band.fromAge()));
            assertEquals(Optional.of(band), AgeBand.ofAge(band.toAge()));
        }
    }

    @Test
    void thePilotsBandsAreNotCodes() {
        assertEquals(Optional.empty(), AgeBand.ofCode("6-11"));
        assertEquals(Optional.empty(), AgeBand.ofCode("12-18"));
        assertEquals(Optional.empty(), AgeBand.ofCode(null));
    }
}
