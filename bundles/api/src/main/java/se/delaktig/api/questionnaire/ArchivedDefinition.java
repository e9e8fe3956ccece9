package se.delaktig.api.questionnaire;

import java.time.Instant;
import java.util.Objects;

/**
 * One version of a questionnaire definition as the archive keeps it, byte for byte.
 *
 * @param questionnaireId the definition's id
 * @param version         its semantic version
 * @param json            the definition document exactly as it was accepted
 * @param sha256          hex SHA-256 of {@code json} (UTF-8)
 * @param origin          where it came from, e.g. {@code bundle:se.delaktig.questionnaire/standard/barn-8-12.json}
 *                        or {@code import:staff-06}
 * @param archivedAt      when this version was first archived
 * @param active          whether it may be chosen for new invitations; inactive versions stay for
 *                        the responses pinned to them
 */
public record ArchivedDefinition(String questionnaireId, String version, String json, String sha256,
                                 String origin, Instant archivedAt, boolean active) {
    /** Checks the components. */
    public ArchivedDefinition {
        Objects.requireNonNull(questionnaireId, "questionnaireId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(archivedAt, "archivedAt");
    }
}
