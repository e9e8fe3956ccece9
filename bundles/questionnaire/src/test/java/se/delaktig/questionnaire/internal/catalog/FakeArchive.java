package se.delaktig.questionnaire.internal.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.delaktig.api.questionnaire.ArchiveConflictException;
import se.delaktig.api.questionnaire.ArchivedDefinition;
import se.delaktig.api.questionnaire.QuestionnaireArchive;

/** An in-memory archive that behaves as the contract says. */
public final class FakeArchive implements QuestionnaireArchive {

    final Map<String, ArchivedDefinition> stored = new LinkedHashMap<>();
    int archiveCalls;

    @Override
    public synchronized ArchivedDefinition archive(String id, String version, String json, String origin)
            throws ArchiveConflictException {
        archiveCalls++;
        ArchivedDefinition old = stored.get(id + "@" + version);
        if (old != null) {
            if (!old.json().equals(json)) {
                throw new ArchiveConflictException(id + " " + version + " exists with other content");
            }
            return old;
        }
        ArchivedDefinition d = new ArchivedDefinition(id, version, json, Catalog.sha256(json), origin, Instant.EPOCH, true);
        stored.put(id + "@" + version, d);
        return d;
    }

    @Override
    public synchronized Optional<ArchivedDefinition> find(String id, String version) {
        return Optional.ofNullable(stored.get(id + "@" + version));
    }

    @Override
    public synchronized List<ArchivedDefinition> all() {
        return new ArrayList<>(stored.values());
    }

    @Override
    public synchronized boolean setActive(String id, String version, boolean active) {
        ArchivedDefinition d = stored.get(id + "@" + version);
        if (d == null) {
            return false;
        }
        stored.put(id + "@" + version, new ArchivedDefinition(d.questionnaireId(), d.version(), d.json(), d.sha256(),
                d.origin(), d.archivedAt(), active));
        return true;
    }
}
