package se.delaktig.api.statistics;

import java.time.Instant;
import java.util.Objects;

/**
 * Another municipality's export file, validated and kept for the pooled total.
 *
 * @param municipalityId   the municipality's code (kommunkod), one file per municipality
 * @param municipalityName its name
 * @param importedAt       when it was imported
 * @param importedBy       the staff id of the administrator who imported it
 * @param document         the file as a {@code delaktig-statistics/1} JSON document
 */
public record ImportedFile(String municipalityId, String municipalityName, Instant importedAt, String importedBy,
        String document) {
    /** Checks the components. */
    public ImportedFile {
        Objects.requireNonNull(municipalityId, "municipalityId");
        Objects.requireNonNull(municipalityName, "municipalityName");
        Objects.requireNonNull(importedAt, "importedAt");
        Objects.requireNonNull(importedBy, "importedBy");
        Objects.requireNonNull(document, "document");
    }

    /** The document is long: left out. */
    @Override
    public String toString() {
        return "ImportedFile[" + municipalityId + " " + municipalityName + ", " + importedAt + " by " + importedBy + "]";
    }
}
