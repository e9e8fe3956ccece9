package se.delaktig.web.render;

/**
 * A template could not be found, parsed or rendered, for instance because it refers to a value
 * the model does not hold (the renderer runs in strict mode). It is a programming error: the
 * plugin's error mapper answers 500 with a reference id and logs the details.
 */
public class RenderException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed, with the template name
     * @param cause   the underlying failure
     */
    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
