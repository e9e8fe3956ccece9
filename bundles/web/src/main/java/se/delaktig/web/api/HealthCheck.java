package se.delaktig.web.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One thing a host administrator should know works, contributed as a whiteboard service by the
 * bundle that knows it (the store checks its database, the invitation bundle its pepper and
 * channels). The web bundle's status endpoint ({@code GET /delaktig/api/status}, JSON or an HTML
 * page) runs every registered check on each request and shows the results; the plugin is healthy
 * when no check is {@link HealthResult.Status#CRITICAL}.
 *
 * <pre>{@code
 * @Component(service = HealthCheck.class)
 * public class PepperCheck implements HealthCheck {
 *     public String name() { return "invitation.codes"; }
 *     public HealthResult check() {
 *         return codes != null ? HealthResult.of(Status.OK, TEXTS, "health.codes.ok")
 *                 : HealthResult.of(Status.CRITICAL, TEXTS, "health.codes.missing");
 *     }
 * }
 * }</pre>
 *
 * <p>Rules for implementations:
 * <ul>
 * <li><b>Quick and read-only.</b> A check runs on a request thread pool with a time limit of a few
 *     seconds; one that takes longer is reported CRITICAL ("did not answer in time") and is left to
 *     finish on its own (never interrupted: an interrupt closes an H2 file database), and it is not
 *     started again while it still runs. Count, do not list.</li>
 * <li><b>No personal data, ever</b>: no invitation code, address, case id, staff id, answer or
 *     exception text in a message; counts, ages of the oldest item, names of configuration PIDs and
 *     of channels are fine. Messages are shown to administrators and written to the log.</li>
 * <li><b>Never throw</b> for an expected problem; return CRITICAL or WARNING with a message that
 *     says what to do. A thrown exception becomes CRITICAL naming the check (its text is logged,
 *     not shown).</li>
 * </ul>
 *
 * @since 1.2
 */
@ConsumerType
public interface HealthCheck {

    /**
     * @return a stable, unique, lower-case name such as {@code store.database} or
     *         {@code invitation.codes}: {@code <bundle role>.<what>}, letters, digits, {@code . -}
     */
    String name();

    /**
     * @param language a language of the status page, such as {@code sv} or {@code en}
     * @return a short heading for the check in that language; the name by default
     */
    default String title(String language) {
        return name();
    }

    /** @return the result now; never {@code null} */
    HealthResult check();
}
