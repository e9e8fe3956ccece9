package se.delaktig.api.statistics;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Other municipalities' imported statistics files (table {@code delaktig_statistics_import}).
 * Implemented by the store bundle; every write is durable when the method returns; database
 * failures are unchecked exceptions.
 */
@ProviderType
public interface ImportedStatisticsRepository {

    /**
     * Stores a file, replacing the earlier file of the same municipality.
     *
     * @param file a validated file
     * @return whether it replaced an earlier file
     */
    boolean save(ImportedFile file);

    /** @return every kept file, by municipality id */
    List<ImportedFile> all();

    /**
     * @param municipalityId a municipality's code
     * @return whether a file was removed
     */
    boolean delete(String municipalityId);
}
