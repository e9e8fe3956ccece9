package se.delaktig.host.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The case record (akt) of a child's case, where the plugin files entries. Implemented by the host.
 */
@ProviderType
public interface CaseRecord {

    /**
     * Files an entry on a case record. Filing the same {@link CaseEntry#sourceId()} twice on one
     * case must not create two entries.
     *
     * @param caseId an opaque case id
     * @param entry  the entry
     * @return the host's id of the stored entry
     * @throws HostException when the case is unknown or the host cannot store the entry now;
     *                       the plugin keeps the entry and tries again later
     */
    String file(String caseId, CaseEntry entry) throws HostException;
}
