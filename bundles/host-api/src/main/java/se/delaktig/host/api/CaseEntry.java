package se.delaktig.host.api;

import java.time.Instant;
import java.util.Objects;

/**
 * A document or note the plugin files on a case record, for example the summary of a child's
 * answers. The host stores it like any other entry of the case file.
 *
 * @param title     a short title, e.g. "Barnets svar: Hur har du det? (8-12)"
 * @param text      the body as plain text; the host must escape it when it shows it
 * @param author    who files it: a staff id, or {@code "delaktig"} for the plugin itself
 * @param createdAt when the entry was made
 * @param sourceId  the plugin's own stable id of the thing summarised (e.g. a response id), so a
 *                  repeated filing can be recognised by the host
 */
public record CaseEntry(String title, String text, String author, Instant createdAt, String sourceId) {
    /** Checks the components. */
    public CaseEntry {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(sourceId, "sourceId");
    }
}
