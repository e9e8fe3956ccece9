package se.delaktig.api.questionnaire;

import java.util.Objects;

/**
 * One accepted definition version in the catalog.
 *
 * @param questionnaire  the validated model
 * @param json           the document exactly as accepted
 * @param sha256         hex SHA-256 of {@code json} (UTF-8)
 * @param origin         where it came from, e.g. {@code bundle:se.delaktig.standard/questionnaires/barn-8-12.json},
 *                       {@code service:se.example/name} or {@code import:<staff id>}
 * @param resourceBundle symbolic name of the bundle whose files its pictures and audio name, or {@code null}
 * @param active         whether it may be chosen for new invitations
 * @param archived       whether the archive holds it (false while no archive is available)
 */
public record CatalogEntry(Questionnaire questionnaire, String json, String sha256, String origin,
                           String resourceBundle, boolean active, boolean archived) {
    /** Checks the components. */
    public CatalogEntry {
        Objects.requireNonNull(questionnaire, "questionnaire");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(origin, "origin");
    }

    /** @return the questionnaire id */
    public String id() {
        return questionnaire.id();
    }

    /** @return the version as text */
    public String version() {
        return questionnaire.version().toString();
    }
}
