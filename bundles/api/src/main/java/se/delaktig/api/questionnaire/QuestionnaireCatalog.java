package se.delaktig.api.questionnaire;

import java.net.URL;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Every accepted questionnaire definition version, from bundles (the {@value QuestionnaireProvider#HEADER}
 * header), {@link QuestionnaireProvider} services and administrators' imports, and every rejected
 * document with its reasons. Implemented by the questionnaire bundle.
 *
 * <p>Versions are immutable: an id and version offered again with other content is rejected.
 * Every accepted version is archived in the {@link QuestionnaireArchive}; versions no longer
 * contributed (a bundle stopped) are still found by {@link #find(String, String)} through the
 * archive, so answers pinned to them stay readable.
 */
@ProviderType
public interface QuestionnaireCatalog {

    /** @return every accepted version currently contributed or imported, by id then version */
    List<CatalogEntry> entries();

    /**
     * @param id      a questionnaire id
     * @param version an exact version such as {@code 1.0.0}
     * @return that version, also when it is only in the archive
     */
    Optional<CatalogEntry> find(String id, String version);

    /**
     * The selection rule: per questionnaire id, the newest active version for {@code respondent}
     * whose age band contains {@code age}; ordered by narrowest age band, then id.
     *
     * @param respondent child or caseworker
     * @param age        the child's age in whole years
     * @return the candidates, best first; empty when none fits
     */
    List<CatalogEntry> candidates(Respondent respondent, int age);

    /**
     * @param respondent child or caseworker
     * @param age        the child's age in whole years
     * @return the first of {@link #candidates(Respondent, int)}
     */
    default Optional<CatalogEntry> select(Respondent respondent, int age) {
        return candidates(respondent, age).stream().findFirst();
    }

    /** @return documents that were offered and rejected, with every reason */
    List<RejectedSource> rejected();

    /**
     * Checks a document without adding it.
     *
     * @param json a definition document
     * @return every fault found; empty when the document would be accepted (conflicts aside)
     */
    List<Problem> validate(String json);

    /**
     * Imports a definition document on an administrator's behalf. Importing the identical document
     * again returns the existing entry.
     *
     * @param json    the document
     * @param staffId the importing administrator's id (the origin becomes {@code import:<staffId>})
     * @return the accepted entry
     * @throws InvalidDefinitionException with every fault when the document is invalid
     * @throws ArchiveConflictException   when the id and version exist with other content
     */
    CatalogEntry importDefinition(String json, String staffId)
            throws InvalidDefinitionException, ArchiveConflictException;

    /**
     * Activates or deactivates a version for new invitations; the version is never deleted.
     *
     * @param id      a questionnaire id
     * @param version an exact version
     * @param active  the new state
     * @return whether such a version exists
     */
    boolean setActive(String id, String version, boolean active);

    /**
     * Locates a picture or audio file that a version names, in its resource bundle (for the
     * resource servlet). Only files the definition itself names are returned.
     *
     * @param id      a questionnaire id
     * @param version an exact version
     * @param file    a path as written in the definition, e.g. {@code pictures/home.svg}
     * @return the file's URL, or empty when the definition does not name it or its bundle is gone
     */
    Optional<URL> resource(String id, String version, String file);
}
