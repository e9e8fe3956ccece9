package se.delaktig.host.api.statistics;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Figures an extension offers to the host's statistics page, registered as a service
 * (whiteboard). Order on the page follows {@code service.ranking}, highest first.
 */
@ConsumerType
public interface StatisticsContributor {

    /** @return a stable id of the contributor, for logs and downloads */
    String id();

    /**
     * The figures for a query. Every cell is already disclosure-controlled.
     *
     * @param query the filter of the host's page
     * @return the tables, possibly none
     */
    List<FigureTable> figures(StatisticsQuery query);
}
