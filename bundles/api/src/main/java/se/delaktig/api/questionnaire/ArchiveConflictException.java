package se.delaktig.api.questionnaire;

/**
 * A definition was offered under an id and version that the archive already holds with different
 * content. Versions are immutable: publish the change under a new version.
 */
public class ArchiveConflictException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message names the id, the version and both checksums */
    public ArchiveConflictException(String message) {
        super(message);
    }
}
