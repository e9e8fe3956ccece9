package se.delaktig.statistics.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.h2.Driver;
import org.h2.util.OsgiDataSourceFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.delaktig.api.questionnaire.AgeRange;
import se.delaktig.api.questionnaire.Answer;
import se.delaktig.api.questionnaire.AnswerOption;
import se.delaktig.api.questionnaire.Attention;
import se.delaktig.api.questionnaire.CatalogEntry;
import se.delaktig.api.questionnaire.Domain;
import se.delaktig.api.questionnaire.EnableBehavior;
import se.delaktig.api.questionnaire.Item;
import se.delaktig.api.questionnaire.ItemType;
import se.delaktig.api.questionnaire.Questionnaire;
import se.delaktig.api.questionnaire.QuestionnaireCatalog;
import se.delaktig.api.questionnaire.Respondent;
import se.delaktig.api.questionnaire.Review;
import se.delaktig.api.questionnaire.ReviewStatus;
import se.delaktig.api.questionnaire.SemanticVersion;
import se.delaktig.api.questionnaire.Texts;
import se.delaktig.api.response.StoredResponse;
import se.delaktig.api.retention.ErasedCase;
import se.delaktig.api.statistics.CodedResponse;
import se.delaktig.host.api.CaseDirectory;
import se.delaktig.host.api.CaseFacts;
import se.delaktig.host.api.Unit;
import se.delaktig.host.api.codes.Gender;
import se.delaktig.statistics.aggregate.AggregateData;
import se.delaktig.statistics.component.StatisticsService;
import se.delaktig.store.db.StoreDatabase;
import se.delaktig.store.db.StoreSettings;
import se.delaktig.store.migration.MigrationScript;
import se.delaktig.store.migration.MigrationSource;
import se.delaktig.store.response.JdbcResponseRepository;
import se.delaktig.store.retention.JdbcCaseErasure;
import se.delaktig.store.statistics.JdbcStatisticsSource;

/**
 * Erasing deleted cases keeps the figures: the real store (H2, its migrations, {@link JdbcCaseErasure}
 * and {@link JdbcStatisticsSource}) under the real feed; the aggregates rebuilt after the erasure (a
 * restart) equal those before it, cell by cell, and so does every published table.
 */
class ErasedCaseFiguresTest {
    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
    private static final String Q = "barn-8-12";
    private static final String V = "1.0.0";

    private StoreDatabase db;
    private JdbcResponseRepository responses;
    private JdbcStatisticsSource source;
    private final Map<String, CaseFacts> cases = new HashMap<>();
    private final Map<String, Integer> ages = new HashMap<>();
    private final Set<String> deleted = new HashSet<>();

    @BeforeEach
    void open() throws Exception {
        db = new StoreDatabase(new OsgiDataSourceFactory(new Driver()),
                new StoreSettings("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", 4, false),
                storeMigrations());
        responses = new JdbcResponseRepository(db);
        source = new JdbcStatisticsSource(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void figuresAfterErasureAndRebuildEqualFiguresBeforeIt() throws Exception {
        // six children in two units; answers on a month boundary (31 January 23:30 UTC is February in Stockholm)
        child("c1", "north", Gender.GIRL, 9);
        child("c2", "north", Gender.BOY, 11);
        child("c3", "south", Gender.GIRL, 10);
        child("c4", "north", Gender.OTHER, 8);
        child("c5", "south", Gender.BOY, 12);
        child("c6", "north", Gender.GIRL, 10);
        answered("c1", Instant.parse("2026-01-31T23:30:00Z"), "yes");
        answered("c1", Instant.parse("2026-03-05T10:00:00Z"), "no");
        answered("c2", Instant.parse("2026-02-14T12:00:00Z"), "no");
        answered("c3", Instant.parse("2026-02-20T09:00:00Z"), "yes");
        answered("c4", Instant.parse("2026-01-10T09:00:00Z"), "yes");
        answered("c6", Instant.parse("2026-04-30T22:30:00Z"), "yes"); // 1 May in Stockholm
        invitation("c2", "sent-c2", "SENT", Instant.parse("2026-02-28T23:30:00Z"));
        invitation("c5", "sent-c5", "REVOKED", Instant.parse("2026-03-01T08:00:00Z"));

        StatisticsService first = new StatisticsService(se.delaktig.statistics.web.Fakes.config());
        feed(first);
        AggregateData before = first.aggregates().freeze();
        assertEquals(6, before.responses().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(8, before.invitations().values().stream().mapToLong(Long::longValue).sum());
        assertFalse(before.domains().isEmpty(), "option values are counted too");

        // the host deletes three cases (and no longer knows them); the plugin erases them
        JdbcCaseErasure erasure = new JdbcCaseErasure(db);
        for (String caseId : List.of("c1", "c2", "c5")) {
            deleted.add(caseId);
            ErasedCase erased = erasure.erase(caseId, at -> Optional.empty());
            assertFalse(erased.nothing(), caseId);
        }
        List<CodedResponse> streamed = new ArrayList<>();
        source.forEachSubmitted(streamed::add);
        assertEquals(3, streamed.stream().filter(CodedResponse::erasedCase).count());
        assertTrue(streamed.stream().noneMatch(r -> Set.of("c1", "c2", "c5").contains(String.valueOf(r.caseId()))));

        // a restart: new aggregates rebuilt from the store
        StatisticsService restarted = new StatisticsService(se.delaktig.statistics.web.Fakes.config());
        feed(restarted);
        AggregateData after = restarted.aggregates().freeze();
        assertEquals(before.responses(), after.responses());
        assertEquals(before.answers(), after.answers());
        assertEquals(before.questions(), after.questions());
        assertEquals(before.options(), after.options());
        assertEquals(before.domains(), after.domains());
        assertEquals(before.invitations(), after.invitations());
        assertEquals(before.answeredInvitations(), after.answeredInvitations());
        first.publishNow();
        restarted.publishNow();
        assertEquals(first.snapshot().publications(), restarted.snapshot().publications());
    }

    private void feed(StatisticsService statistics) {
        new ResponseFeed(statistics, source, directory(), catalog(), null, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private void child(String caseId, String unit, Gender gender, int age) {
        cases.put(caseId, new CaseFacts(caseId, unit, gender, false, true));
        ages.put(caseId, age);
    }

    private void answered(String caseId, Instant at, String safe) throws Exception {
        String invitationId = "inv-" + UUID.randomUUID();
        invitation(caseId, invitationId, "ANSWERED", at.minusSeconds(3600));
        StoredResponse r = responses.startOrFind(invitationId, Q, V, at);
        responses.saveAnswer(r.id(), Answer.ofCodes("safe", safe), at);
        responses.saveAnswer(r.id(), Answer.ofText("words", "what I want to say"), at);
        assertTrue(responses.markSubmitted(r.id(), at));
    }

    private void invitation(String caseId, String id, String status, Instant sentAt) throws Exception {
        db.inTransaction(c -> {
            try (PreparedStatement i = c.prepareStatement("INSERT INTO delaktig_invitation (invitation_id, case_id,"
                    + " questionnaire_id, questionnaire_version, channel_id, language, status, created_by, created_at,"
                    + " expires_at, send_count, last_sent_at, status_changed_at, revision)"
                    + " VALUES (?, ?, ?, ?, 'print', 'sv', ?, 'staff', ?, ?, 1, ?, ?, 0)")) {
                i.setString(1, id);
                i.setString(2, caseId);
                i.setString(3, Q);
                i.setString(4, V);
                i.setString(5, status);
                i.setObject(6, sentAt.atOffset(ZoneOffset.UTC));
                i.setObject(7, sentAt.plusSeconds(86400 * 14).atOffset(ZoneOffset.UTC));
                i.setObject(8, sentAt.atOffset(ZoneOffset.UTC));
                i.setObject(9, sentAt.atOffset(ZoneOffset.UTC));
                return i.executeUpdate();
            }
        });
    }

    /** The host: a deleted case is unknown. */
    private CaseDirectory directory() {
        return new CaseDirectory() {
            @Override
            public Optional<CaseFacts> find(String caseId) {
                return deleted.contains(caseId) ? Optional.empty() : Optional.ofNullable(cases.get(caseId));
            }

            @Override
            public OptionalInt ageOn(String caseId, LocalDate date) {
                return deleted.contains(caseId) || !ages.containsKey(caseId) ? OptionalInt.empty()
                        : OptionalInt.of(ages.get(caseId));
            }

            @Override
            public List<Unit> units() {
                return List.of(new Unit("north", "Norra"), new Unit("south", "Södra"));
            }
        };
    }

    /** Question "safe" (safety domain, yes = 3, no = 1) and a text question that is never counted. */
    private static QuestionnaireCatalog catalog() {
        Texts t = new Texts(Map.of("sv", "text", "en", "text"));
        List<AnswerOption> options = List.of(new AnswerOption("yes", t, 3.0, Attention.NONE, null, Map.of(), null),
                new AnswerOption("no", t, 1.0, Attention.NONE, null, Map.of(), null));
        Item safe = new Item("safe", ItemType.SINGLE_CHOICE, t, Domain.SAFETY, null, null, Map.of(), List.of(),
                EnableBehavior.ALL, List.of(), options, 0, 0, false, false, null);
        Item words = new Item("words", ItemType.TEXT, t, null, null, null, Map.of(), List.of(), EnableBehavior.ALL,
                List.of(), List.of(), 0, 500, false, false, null);
        Questionnaire q = new Questionnaire(Q, SemanticVersion.parse(V), t, null, Respondent.CHILD, new AgeRange(8, 12),
                List.of("sv", "en"), false, null, List.of(), new Review(ReviewStatus.DRAFT, null, null, null),
                List.of(safe, words));
        CatalogEntry entry = new CatalogEntry(q, "{}", "0".repeat(64), "test", null, true, false);
        return (QuestionnaireCatalog) Proxy.newProxyInstance(ErasedCaseFiguresTest.class.getClassLoader(),
                new Class<?>[] {QuestionnaireCatalog.class}, (proxy, method, args) -> method.getName().equals("find")
                        ? Optional.ofNullable(Q.equals(args[0]) && V.equals(args[1]) ? entry : null) : null);
    }

    /** The store bundle's own migration files, from its jar (or its classes folder) on the test class path. */
    private static MigrationSource storeMigrations() throws IOException, URISyntaxException {
        URL first = StoreDatabase.class.getClassLoader().getResource("db/migration/V001__questionnaire_archive.sql");
        List<MigrationScript> scripts = new ArrayList<>();
        if (first.openConnection() instanceof JarURLConnection jar) {
            try (JarFile file = new JarFile(Path.of(jar.getJarFileURL().toURI()).toFile())) {
                for (var entry : file.stream().filter(e -> e.getName().matches("db/migration/V[^/]*\\.sql")).toList()) {
                    try (InputStream in = file.getInputStream(entry)) {
                        scripts.add(MigrationScript.parse(entry.getName().substring("db/migration/".length()),
                                new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
            }
        } else {
            try (Stream<Path> files = Files.list(Path.of(first.toURI()).getParent())) {
                for (Path p : files.filter(p -> p.getFileName().toString().matches("V.*\\.sql")).toList()) {
                    scripts.add(MigrationScript.parse(p.getFileName().toString(), Files.readString(p)));
                }
            }
        }
        assertTrue(scripts.size() >= 7, "V001..V007 at least: " + scripts.size());
        return MigrationSource.of(scripts);
    }
}
