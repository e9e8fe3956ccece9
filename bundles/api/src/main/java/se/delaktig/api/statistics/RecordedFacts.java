package se.delaktig.api.statistics;

import java.time.Instant;
import java.util.Objects;

/**
 * The coded facts about a child that statistics recorded the first time they counted a response or
 * an invitation: the unit, gender and age band as the host knew them then, so that a case moving to
 * another unit later does not move old answers. Codes only; no case id, no name.
 *
 * @param unitId     the unit that owned the case
 * @param gender     the host's gender code ({@code girl}, {@code boy}, {@code other}, {@code unknown})
 * @param ageBand    the age band code on the answering (or sending) day ({@code 5-7}, {@code 8-12}, {@code 13-18})
 * @param recordedAt when statistics asked the host: close to the answering (or sending) time, or the first
 *                   start after it for responses from before the facts were recorded
 */
public record RecordedFacts(String unitId, String gender, String ageBand, Instant recordedAt) {
    /** Checks the components. */
    public RecordedFacts {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(ageBand, "ageBand");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
