package se.delaktig.store.db;

/** The database failed under a repository method that cannot throw a checked exception. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what the store was doing
     * @param cause   the database's error
     */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
