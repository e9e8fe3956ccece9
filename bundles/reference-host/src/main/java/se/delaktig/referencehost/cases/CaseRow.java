package se.delaktig.referencehost.cases;

import java.time.LocalDate;

/**
 * A case as the host's own pages show it (with the child's name, which never leaves the host).
 *
 * @param age the age today in whole years, or -1 when the birth date is unknown
 */
public record CaseRow(String id, String firstName, String lastName, LocalDate birthDate, int age, String gender,
                      boolean protectedIdentity, String unitId, String unitName, boolean open,
                      LocalDate openedOn, LocalDate closedOn) {

    /** @return whether the age is known */
    public boolean hasAge() {
        return age >= 0;
    }

    /** @return whether a closing date is recorded */
    public boolean hasClosedOn() {
        return closedOn != null;
    }
}
