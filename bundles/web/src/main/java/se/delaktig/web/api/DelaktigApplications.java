package se.delaktig.web.api;

/**
 * Names, bases and select filters of the plugin's Jakarta REST applications.
 *
 * <p>The whiteboard is configured with {@code jersey.context.path=/delaktig}, so every base below is
 * served under {@code /delaktig/}. A resource joins an application with
 * {@code @JakartarsApplicationSelect(DelaktigApplications.SELECT_API)}; an extension (filter,
 * mapper, feature) that must reach every Delaktig application uses {@link #SELECT_ALL}. Without a
 * select, a resource or extension only reaches the whiteboard's default application.
 */
public final class DelaktigApplications {

    /** {@code osgi.jakartars.name} of the staff API application. */
    public static final String API_NAME = "delaktig.api";

    /** Base of the staff API application: served at {@code /delaktig/api}. */
    public static final String API_BASE = "api";

    /** {@code osgi.jakartars.name} of the child portal application (registered by the portal bundle). */
    public static final String PORTAL_NAME = "delaktig.portal";

    /** Base of the child portal application: served at {@code /delaktig/portal}. */
    public static final String PORTAL_BASE = "portal";

    /** Selects the staff API application only. */
    public static final String SELECT_API = "(osgi.jakartars.name=" + API_NAME + ")";

    /** Selects the child portal application only. */
    public static final String SELECT_PORTAL = "(osgi.jakartars.name=" + PORTAL_NAME + ")";

    /**
     * Selects every Delaktig application (both above and any later one named {@code delaktig.*});
     * the plugin's JSON, security-header, error and size-limit extensions use it.
     */
    public static final String SELECT_ALL = "(osgi.jakartars.name=delaktig.*)";

    private DelaktigApplications() {
    }
}
