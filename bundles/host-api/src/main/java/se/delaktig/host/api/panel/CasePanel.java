package se.delaktig.host.api.panel;

import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A panel on the host's case page, registered as a service by an extension (whiteboard).
 * Order on the page follows {@code service.ranking}, highest first.
 */
@ConsumerType
public interface CasePanel {

    /** @return a stable id, used by the host as the panel's HTML id and in logs */
    String id();

    /**
     * Renders the panel. Called on every view of the case page, after the host has checked access.
     *
     * @param request the case, staff, locale and return URL
     * @return the panel, or empty when it has nothing to show for this case
     */
    Optional<PanelContent> render(PanelRequest request);
}
