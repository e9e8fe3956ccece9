package se.delaktig.portal.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the sweep of expired portal sessions (PID {@value #PID}). The timeouts
 * themselves are the portal's ({@link PortalConfiguration}), read by the sweep from that PID.
 * The metatype designation is made here ({@code pid}): bnd allows a component's own
 * {@code @Designate} only when it has a single configuration PID, and the sweep has two.
 */
@ObjectClassDefinition(id = SessionSweepConfiguration.PID, pid = SessionSweepConfiguration.PID, name = "Delaktig child portal: session sweep",
        description = "How often the rows of ended portal sessions (past the portal's idle or absolute timeout, "
                + "or of answers already sent) are deleted from the database.")
@interface SessionSweepConfiguration {
    String PID = "se.delaktig.portal.sweep";

    @AttributeDefinition(name = "Interval (minutes)", min = "1", max = "1440",
            description = "Time between two sweeps, and from start to the first one.")
    int interval_minutes() default 15;
}
