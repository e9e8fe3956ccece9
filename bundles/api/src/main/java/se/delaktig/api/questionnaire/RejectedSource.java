package se.delaktig.api.questionnaire;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A definition document that was offered and rejected, kept for the administrator.
 *
 * @param origin     where it came from (same form as {@link CatalogEntry#origin()})
 * @param id         the id the document claims, or {@code null} when unreadable
 * @param version    the version it claims, or {@code null}
 * @param problems   every reason, each with its JSON path
 * @param rejectedAt when
 */
public record RejectedSource(String origin, String id, String version, List<Problem> problems, Instant rejectedAt) {
    /** Checks the components and copies the problems. */
    public RejectedSource {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(rejectedAt, "rejectedAt");
        problems = List.copyOf(problems);
    }
}
