package se.delaktig.host.api.events;

/** What happened to a case. */
public enum CaseEventType {
    /** The case was closed (avslutat). */
    CLOSED,
    /** A closed case was opened again. */
    REOPENED,
    /** The case was deleted, typically under retention rules (gallring): erase what belongs to it. */
    DELETED,
    /** The case moved to another unit; {@link CaseEvent#unitId()} names the new one. */
    MOVED,
    /** An intervention (insats) started; marks "before/after" on the child's timeline. */
    INTERVENTION_STARTED,
    /** An intervention ended. */
    INTERVENTION_ENDED
}
