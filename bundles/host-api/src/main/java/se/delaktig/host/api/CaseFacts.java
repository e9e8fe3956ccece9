package se.delaktig.host.api;

import java.util.Objects;
import se.delaktig.host.api.codes.Gender;

/**
 * The facts of a child's case that the plugin may know. Deliberately not the child's name,
 * personal identity number, address or birth date: the host computes the age itself
 * ({@link CaseDirectory#ageOn(String, java.time.LocalDate)}).
 *
 * @param caseId            the opaque case id
 * @param unitId            the unit that owns the case now
 * @param gender            the child's gender as the host records it
 * @param protectedIdentity whether the child has a protected identity (skyddad identitet); the
 *                          plugin then avoids channels that could reveal where the child is
 * @param open              whether the case is open; closed cases take no new invitations
 */
public record CaseFacts(String caseId, String unitId, Gender gender, boolean protectedIdentity, boolean open) {
    /** Checks the components. */
    public CaseFacts {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(gender, "gender");
    }
}
