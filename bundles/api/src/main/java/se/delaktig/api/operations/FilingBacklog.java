package se.delaktig.api.operations;

import java.time.Instant;

/**
 * The queue of answer summaries waiting to be filed on the host's case record.
 *
 * @param pending        how many are not filed yet
 * @param failing        how many of those the host has refused at least once
 * @param oldestQueuedAt when the oldest of them was queued, {@code null} when none is pending
 */
public record FilingBacklog(int pending, int failing, Instant oldestQueuedAt) {

    /** The empty queue. */
    public static final FilingBacklog EMPTY = new FilingBacklog(0, 0, null);
}
