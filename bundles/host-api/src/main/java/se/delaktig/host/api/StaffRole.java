package se.delaktig.host.api;

/**
 * What a member of staff does in the host, as far as the plugin needs to know.
 * A person may hold several roles.
 */
public enum StaffRole {
    /** Works with children's cases (socialsekreterare, handläggare). */
    CASEWORKER,
    /** Reads anonymised statistics for their units or the whole municipality (chef, analytiker). */
    MANAGER,
    /** Installs, configures and monitors the plugin and reads the audit trail. */
    ADMINISTRATOR
}
