package se.delaktig.questionnaire.internal.catalog;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.delaktig.api.questionnaire.ArchiveConflictException;
import se.delaktig.api.questionnaire.ArchivedDefinition;
import se.delaktig.api.questionnaire.CatalogEntry;
import se.delaktig.api.questionnaire.InvalidDefinitionException;
import se.delaktig.api.questionnaire.Problem;
import se.delaktig.api.questionnaire.QuestionnaireArchive;
import se.delaktig.api.questionnaire.QuestionnaireCatalog;
import se.delaktig.api.questionnaire.RejectedSource;
import se.delaktig.api.questionnaire.Respondent;
import se.delaktig.questionnaire.internal.format.DefinitionReader;

/**
 * The catalog's state: accepted versions by id and version, rejected documents by origin, and the
 * versions still waiting for an archive. Thread-safe (one lock); no OSGi types.
 */
public final class Catalog implements QuestionnaireCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(Catalog.class);
    /** Owner of imported entries. */
    public static final String IMPORT_OWNER = "import";

    /** Finds a file in a bundle by symbolic name; answers {@code null} when absent. */
    @FunctionalInterface
    public interface Resources {
        /** @param bundle symbolic name @param file path in the bundle @return its URL or null */
        URL find(String bundle, String file);
    }

    private record Key(String id, String version) {
    }

    private static final class Entry {
        final CatalogEntry accepted;
        final String owner;
        boolean active = true;
        boolean archived;

        Entry(CatalogEntry accepted, String owner) {
            this.accepted = accepted;
            this.owner = owner;
        }

        CatalogEntry view() {
            CatalogEntry e = accepted;
            return new CatalogEntry(e.questionnaire(), e.json(), e.sha256(), e.origin(), e.resourceBundle(), active, archived);
        }
    }

    private final Resources resources;
    private final Clock clock;
    private final Map<Key, Entry> entries = new LinkedHashMap<>();
    private final Map<String, RejectedSource> rejected = new LinkedHashMap<>();
    private final Map<String, String> rejectedOwner = new LinkedHashMap<>();
    private final Map<Key, Boolean> activeNotArchived = new LinkedHashMap<>();
    private QuestionnaireArchive archive;

    /** @param resources finds pictures and audio @param clock for rejection times */
    public Catalog(Resources resources, Clock clock) {
        this.resources = resources;
        this.clock = clock;
    }

    /**
     * Offers a document from a bundle, provider or import.
     *
     * @param owner         who contributed it ("bundle#12", "service#40", {@link #IMPORT_OWNER}); withdraw by it
     * @param origin        where it came from, for people
     * @param json          the document
     * @param defaultBundle symbolic name of the contributing bundle, or {@code null} for imports
     * @return the accepted entry
     * @throws InvalidDefinitionException when invalid (also recorded as rejected)
     * @throws ArchiveConflictException   when the id and version exist with other content (also recorded)
     */
    public synchronized CatalogEntry offer(String owner, String origin, String json, String defaultBundle)
            throws InvalidDefinitionException, ArchiveConflictException {
        DefinitionReader.Result result = read(json, defaultBundle);
        if (!result.valid()) {
            reject(owner, origin, result.claimedId(), result.claimedVersion(), result.problems());
            throw new InvalidDefinitionException(result.problems());
        }
        var q = result.questionnaire();
        Key key = new Key(q.id(), q.version().toString());
        String bundle = q.resourceBundle() != null ? q.resourceBundle() : usesFiles(q) ? defaultBundle : null;
        Entry existing = entries.get(key);
        if (existing != null) {
            if (existing.accepted.json().equals(json)) {
                clearRejection(origin);
                return existing.view();
            }
            throw conflict(owner, origin, key, "already accepted from " + existing.accepted.origin());
        }
        Optional<ArchivedDefinition> archived = fromArchive(key);
        if (archived.isPresent() && !archived.get().json().equals(json)) {
            throw conflict(owner, origin, key, "archived from " + archived.get().origin());
        }
        Entry entry = new Entry(new CatalogEntry(q, json, sha256(json), origin, bundle, true, false), owner);
        archived.ifPresent(a -> {
            entry.archived = true;
            entry.active = a.active();
        });
        entries.put(key, entry);
        clearRejection(origin);
        if (!entry.archived) {
            archive(key, entry);
        }
        LOG.info("Questionnaire {} {} accepted from {}", key.id(), key.version(), origin);
        return entries.containsKey(key) ? entry.view() : null;
    }

    private DefinitionReader.Result read(String json, String defaultBundle) {
        boolean[] noBundle = {false};
        DefinitionReader.ResourceCheck check = (declared, file) -> {
            String bundle = declared != null ? declared : defaultBundle;
            if (bundle == null) {
                noBundle[0] = true;
                return false;
            }
            return resources.find(bundle, file) != null;
        };
        DefinitionReader.Result result = DefinitionReader.read(json, check);
        if (noBundle[0]) {
            List<Problem> problems = new ArrayList<>(result.problems());
            problems.add(0, new Problem("resourceBundle", "missing: an imported definition with pictures or audio "
                    + "must name the installed bundle that holds them"));
            return new DefinitionReader.Result(null, problems, result.claimedId(), result.claimedVersion());
        }
        return result;
    }

    private static boolean usesFiles(se.delaktig.api.questionnaire.Questionnaire q) {
        return !Files.named(q).isEmpty();
    }

    private ArchiveConflictException conflict(String owner, String origin, Key key, String where) {
        String message = "version " + key.version() + " of \"" + key.id() + "\" exists with other content (" + where
                + "); versions are immutable: publish the change as a new version";
        reject(owner, origin, key.id(), key.version(), List.of(new Problem("version", message)));
        return new ArchiveConflictException(message);
    }

    private void reject(String owner, String origin, String id, String version, List<Problem> problems) {
        rejected.put(origin, new RejectedSource(origin, id, version, problems, clock.instant()));
        rejectedOwner.put(origin, owner);
        LOG.warn("Questionnaire definition from {} rejected: {}", origin,
                problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
    }

    /**
     * Records a source that could not even be read (missing file, failing provider).
     *
     * @param owner   the contributor
     * @param origin  where
     * @param message why
     */
    public synchronized void rejectUnreadable(String owner, String origin, String message) {
        reject(owner, origin, null, null, List.of(new Problem("", message)));
    }

    private void clearRejection(String origin) {
        rejected.remove(origin);
        rejectedOwner.remove(origin);
    }

    /** @param owner a contributor whose entries and rejections leave the catalog (archived versions stay findable) */
    public synchronized void withdraw(String owner) {
        entries.values().removeIf(e -> e.owner.equals(owner));
        rejectedOwner.entrySet().removeIf(e -> {
            if (e.getValue().equals(owner)) {
                rejected.remove(e.getKey());
                return true;
            }
            return false;
        });
    }

    private void archive(Key key, Entry entry) {
        if (archive == null) {
            return;
        }
        try {
            archive.archive(key.id(), key.version(), entry.accepted.json(), entry.accepted.origin());
            entry.archived = true;
            Boolean active = activeNotArchived.remove(key);
            if (active != null) {
                archive.setActive(key.id(), key.version(), active);
            }
        } catch (ArchiveConflictException e) {
            entries.remove(key);
            reject(entry.owner, entry.accepted.origin(), key.id(), key.version(), List.of(new Problem("version",
                    e.getMessage() == null ? "exists in the archive with other content" : e.getMessage())));
        } catch (RuntimeException e) {
            LOG.error("Archiving questionnaire {} {} failed; will retry when the archive returns", key.id(), key.version(), e);
        }
    }

    /** @param archive the archive that arrived: pending versions are archived, imports read back */
    public synchronized void archiveArrived(QuestionnaireArchive archive) {
        this.archive = archive;
        List<ArchivedDefinition> all;
        try {
            all = archive.all();
        } catch (RuntimeException e) {
            LOG.error("Reading the questionnaire archive failed", e);
            all = List.of();
        }
        for (ArchivedDefinition a : all) {
            Key key = new Key(a.questionnaireId(), a.version());
            Entry live = entries.get(key);
            if (live != null && live.accepted.json().equals(a.json())) {
                live.archived = true;
                Boolean pending = activeNotArchived.remove(key);
                if (pending != null) {
                    archive.setActive(key.id(), key.version(), pending);
                    live.active = pending;
                } else {
                    live.active = a.active();
                }
            } else if (live != null) {
                entries.remove(key);
                conflict(live.owner, live.accepted.origin(), key, "archived from " + a.origin());
            } else if (a.origin().startsWith("import:")) {
                DefinitionReader.Result r = DefinitionReader.read(a.json(), null);
                if (r.valid()) {
                    Entry e = new Entry(new CatalogEntry(r.questionnaire(), a.json(), a.sha256(), a.origin(),
                            r.questionnaire().resourceBundle(), a.active(), true), IMPORT_OWNER);
                    e.active = a.active();
                    e.archived = true;
                    entries.put(key, e);
                } else {
                    LOG.warn("Archived questionnaire {} {} no longer reads: {}", key.id(), key.version(), r.problems());
                }
            }
        }
        for (Map.Entry<Key, Entry> e : new ArrayList<>(entries.entrySet())) {
            if (!e.getValue().archived) {
                archive(e.getKey(), e.getValue());
            }
        }
    }

    /** @param gone the archive that left */
    public synchronized void archiveGone(QuestionnaireArchive gone) {
        if (archive == gone) {
            archive = null;
        }
    }

    private Optional<ArchivedDefinition> fromArchive(Key key) {
        if (archive == null) {
            return Optional.empty();
        }
        try {
            return archive.find(key.id(), key.version());
        } catch (RuntimeException e) {
            LOG.error("Reading questionnaire {} {} from the archive failed", key.id(), key.version(), e);
            return Optional.empty();
        }
    }

    @Override
    public synchronized List<CatalogEntry> entries() {
        return entries.values().stream().map(Entry::view).sorted(ORDER).toList();
    }

    private static final Comparator<CatalogEntry> ORDER = Comparator.comparing(CatalogEntry::id)
            .thenComparing(e -> e.questionnaire().version());

    @Override
    public synchronized Optional<CatalogEntry> find(String id, String version) {
        Entry live = entries.get(new Key(id, version));
        if (live != null) {
            return Optional.of(live.view());
        }
        return fromArchive(new Key(id, version)).flatMap(a -> {
            DefinitionReader.Result r = DefinitionReader.read(a.json(), null);
            if (!r.valid()) {
                return Optional.empty();
            }
            String bundle = r.questionnaire().resourceBundle() != null ? r.questionnaire().resourceBundle()
                    : Files.bundleOfOrigin(a.origin());
            return Optional.of(new CatalogEntry(r.questionnaire(), a.json(), a.sha256(), a.origin(), bundle,
                    a.active(), true));
        });
    }

    @Override
    public synchronized List<CatalogEntry> candidates(Respondent respondent, int age) {
        Map<String, CatalogEntry> newest = new LinkedHashMap<>();
        for (Entry e : entries.values()) {
            var q = e.accepted.questionnaire();
            if (e.active && q.respondent() == respondent && q.ageBand().contains(age)) {
                newest.merge(q.id(), e.view(), (a, b) ->
                        a.questionnaire().version().compareTo(b.questionnaire().version()) >= 0 ? a : b);
            }
        }
        return newest.values().stream()
                .sorted(Comparator.comparingInt((CatalogEntry c) -> c.questionnaire().ageBand().width())
                        .thenComparing(CatalogEntry::id))
                .toList();
    }

    @Override
    public synchronized List<RejectedSource> rejected() {
        return List.copyOf(rejected.values());
    }

    @Override
    public List<Problem> validate(String json) {
        return read(json, null).problems();
    }

    @Override
    public CatalogEntry importDefinition(String json, String staffId)
            throws InvalidDefinitionException, ArchiveConflictException {
        return offer(IMPORT_OWNER, "import:" + staffId, json, null);
    }

    @Override
    public synchronized boolean setActive(String id, String version, boolean active) {
        Key key = new Key(id, version);
        Entry live = entries.get(key);
        boolean known = live != null;
        if (live != null) {
            live.active = active;
        }
        if (archive != null) {
            try {
                known |= archive.setActive(id, version, active);
            } catch (RuntimeException e) {
                LOG.error("Could not store the active state of questionnaire {} {}", id, version, e);
                throw e;
            }
        } else if (live != null) {
            activeNotArchived.put(key, active);
        }
        return known;
    }

    @Override
    public Optional<URL> resource(String id, String version, String file) {
        Optional<CatalogEntry> entry = find(id, version);
        if (entry.isEmpty() || entry.get().resourceBundle() == null
                || !Files.named(entry.get().questionnaire()).contains(file)) {
            return Optional.empty();
        }
        return Optional.ofNullable(resources.find(entry.get().resourceBundle(), file));
    }

    static String sha256(String json) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the set of owners currently holding entries (for tests and diagnostics) */
    synchronized Set<String> owners() {
        return entries.values().stream().map(e -> e.owner).collect(Collectors.toSet());
    }
}
