package se.delaktig.host.api;

/**
 * The host could not do what the plugin asked. The message is for logs and administrators and
 * must not contain a child's answers or identity.
 */
public class HostException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong */
    public HostException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong
     * @param cause   the underlying failure
     */
    public HostException(String message, Throwable cause) {
        super(message, cause);
    }
}
