package se.delaktig.host.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The host's cases and units, as far as the plugin may know them. Implemented by the host.
 *
 * <p>These methods do not check access: the plugin calls {@link StaffContext#maySeeCase} first
 * whenever it acts for a person, and uses these directly only for its own background work
 * (statistics, reminders, reacting to case events).
 */
@ProviderType
public interface CaseDirectory {

    /**
     * @param caseId an opaque case id
     * @return the case's facts, or empty when the host has no such case (or it was deleted)
     */
    Optional<CaseFacts> find(String caseId);

    /**
     * The child's age in whole years on a date, computed by the host from what it records.
     *
     * @param caseId an opaque case id
     * @param date   the date, typically the day the child answered
     * @return the age, or empty for an unknown case or an unknown birth date
     */
    OptionalInt ageOn(String caseId, LocalDate date);

    /** @return every unit of the municipality, in the host's display order */
    List<Unit> units();
}
