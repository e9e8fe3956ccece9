package se.delaktig.api.questionnaire;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Keeps every questionnaire definition version ever accepted, durably, so that answers can always
 * be read against the exact version they were given on. Implemented by the plugin's store.
 */
@ProviderType
public interface QuestionnaireArchive {

    /**
     * Archives a definition version. Offering the identical document again changes nothing and
     * returns the existing entry (bundles re-offer their definitions at every start).
     *
     * @param questionnaireId the definition's id
     * @param version         its semantic version
     * @param json            the validated definition document
     * @param origin          where it came from (see {@link ArchivedDefinition#origin()})
     * @return the archived entry; new versions start active
     * @throws ArchiveConflictException when the id and version exist with other content
     */
    ArchivedDefinition archive(String questionnaireId, String version, String json, String origin)
            throws ArchiveConflictException;

    /**
     * @param questionnaireId the definition's id
     * @param version         the exact version
     * @return that version, or empty
     */
    Optional<ArchivedDefinition> find(String questionnaireId, String version);

    /** @return every archived version of every questionnaire, by id then version order of archiving */
    List<ArchivedDefinition> all();

    /**
     * Marks a version active or inactive for new invitations; never deletes it.
     *
     * @param questionnaireId the definition's id
     * @param version         the exact version
     * @param active          the new state
     * @return whether such a version exists
     */
    boolean setActive(String questionnaireId, String version, boolean active);
}
