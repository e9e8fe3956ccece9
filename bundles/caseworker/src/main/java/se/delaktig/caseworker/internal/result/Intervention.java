package se.delaktig.caseworker.internal.result;

import java.time.Instant;

/**
 * An intervention from the host's case events, for marking the timeline.
 *
 * @param label   the host's label (never personal data), or {@code null}
 * @param started when it started, or {@code null} when only its end is known
 * @param ended   when it ended, or {@code null} while it goes on
 */
public record Intervention(String label, Instant started, Instant ended) {
}
