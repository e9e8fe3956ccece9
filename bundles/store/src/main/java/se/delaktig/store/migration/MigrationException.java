package se.delaktig.store.migration;

/** The schema could not be brought up to date; the store does not start. */
public class MigrationException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong and what to do about it */
    public MigrationException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong and what to do about it
     * @param cause   the underlying error
     */
    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
