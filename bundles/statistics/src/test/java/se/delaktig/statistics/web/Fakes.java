package se.delaktig.statistics.web;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.annotation.Annotation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import se.delaktig.api.statistics.ImportedFile;
import se.delaktig.api.statistics.ImportedStatisticsRepository;
import se.delaktig.host.api.CaseDirectory;
import se.delaktig.host.api.CaseFacts;
import se.delaktig.host.api.Staff;
import se.delaktig.host.api.StaffContext;
import se.delaktig.host.api.StaffRole;
import se.delaktig.host.api.Unit;
import se.delaktig.host.api.codes.AgeBand;
import se.delaktig.host.api.codes.Gender;
import se.delaktig.statistics.aggregate.CountedAnswer;
import se.delaktig.statistics.aggregate.Granularity;
import se.delaktig.statistics.aggregate.QuestionnaireRef;
import se.delaktig.statistics.aggregate.ResponseFacts;
import se.delaktig.statistics.aggregate.UnitId;
import se.delaktig.statistics.component.StatisticsConfiguration;
import se.delaktig.statistics.component.StatisticsService;
import se.delaktig.statistics.pool.DemoConfiguration;
import se.delaktig.statistics.pool.PooledFiles;
import se.delaktig.web.api.StaffAccess;
import se.delaktig.web.api.WebError;

/** Small fakes for the resources: a signed-in person, the host's units, an in-memory file store. */
public final class Fakes {
    static final Staff MANAGER = new Staff("m1", "Maria", Set.of(StaffRole.MANAGER), Set.of("north", "south"));
    static final Staff ADMIN = new Staff("a1", "Alex", Set.of(StaffRole.ADMINISTRATOR), Set.of());
    static final Staff CASEWORKER = new Staff("c1", "Anna", Set.of(StaffRole.CASEWORKER), Set.of("north"));
    /** A unit name a host might hold; must come out escaped. */
    static final String EVIL_NAME = "<script>alert(1)</script>=cmd";

    private Fakes() {
    }

    /** Whoever is "signed in". */
    static final class Access implements StaffAccess {
        Staff current;

        @Override
        public Staff requireStaff(HttpServletRequest request) {
            if (current == null) {
                throw new WebError(401, "unauthenticated", null);
            }
            return current;
        }

        @Override
        public Staff requireRole(HttpServletRequest request, StaffRole role) {
            Staff staff = requireStaff(request);
            if (!staff.hasRole(role)) {
                throw new WebError(403, "forbidden", null);
            }
            return staff;
        }

        @Override
        public Staff requireCase(HttpServletRequest request, String caseId) {
            throw new UnsupportedOperationException();
        }
    }

    /** Managers see their units and the municipality. */
    static final class Context implements StaffContext {
        @Override
        public Optional<Staff> currentStaff(HttpServletRequest request) {
            return Optional.empty();
        }

        @Override
        public boolean maySeeCase(Staff staff, String caseId) {
            return false;
        }

        @Override
        public boolean maySeeStatistics(Staff staff, String unitId) {
            return staff.hasRole(StaffRole.MANAGER) && (unitId == null || staff.unitIds().contains(unitId));
        }
    }

    static final class Cases implements CaseDirectory {
        @Override
        public Optional<CaseFacts> find(String caseId) {
            return Optional.empty();
        }

        @Override
        public OptionalInt ageOn(String caseId, LocalDate date) {
            return OptionalInt.empty();
        }

        @Override
        public List<Unit> units() {
            return List.of(new Unit("north", EVIL_NAME), new Unit("south", "Södra"), new Unit("west", "Västra"));
        }
    }

    static final class Files implements ImportedStatisticsRepository {
        final List<ImportedFile> files = new ArrayList<>();

        @Override
        public boolean save(ImportedFile file) {
            boolean replaced = files.removeIf(f -> f.municipalityId().equals(file.municipalityId()));
            files.add(file);
            return replaced;
        }

        @Override
        public List<ImportedFile> all() {
            return List.copyOf(files);
        }

        @Override
        public boolean delete(String municipalityId) {
            return files.removeIf(f -> f.municipalityId().equals(municipalityId));
        }
    }

    /** A running service with 60 children this year in north and south and one child in west. */
    static StatisticsService statistics() {
        StatisticsService service = new StatisticsService(config());
        Instant base = Instant.now().minusSeconds(86_400L * 3);
        QuestionnaireRef q = QuestionnaireRef.of("barn-8-12", "1.0.0");
        service.rebuild(aggregates -> {
            for (int i = 0; i < 60; i++) {
                String unit = i % 2 == 0 ? "north" : "south";
                Gender gender = i % 3 == 0 ? Gender.GIRL : Gender.BOY;
                aggregates.add(new ResponseFacts(UnitId.of(unit), base.minusSeconds(i * 60L), gender, AgeBand.values()[i % 3], q,
                        List.of(CountedAnswer.valued("safe", i % 4 == 0 ? "no" : "yes", "safety", i % 4 == 0 ? 1 : 3))));
            }
            aggregates.add(new ResponseFacts(UnitId.of("west"), base, Gender.OTHER, AgeBand.AGES_5_7, q, List.of()));
        });
        return service;
    }

    /** A catalog that knows question "safe" of barn-8-12 1.0.0 with its options yes and no in sv and en. */
    static se.delaktig.api.questionnaire.QuestionnaireCatalog catalog() {
        java.util.function.BiFunction<String, String, se.delaktig.api.questionnaire.Texts> texts =
                (sv, en) -> new se.delaktig.api.questionnaire.Texts(java.util.Map.of("sv", sv, "en", en));
        List<se.delaktig.api.questionnaire.AnswerOption> options = List.of(
                new se.delaktig.api.questionnaire.AnswerOption("yes", texts.apply("Ja", "Yes"), 3.0, se.delaktig.api.questionnaire.Attention.NONE, null,
                        java.util.Map.of(), null),
                new se.delaktig.api.questionnaire.AnswerOption("no", texts.apply("Nej", "No"), 1.0, se.delaktig.api.questionnaire.Attention.NONE, null,
                        java.util.Map.of(), null));
        se.delaktig.api.questionnaire.Item safe = new se.delaktig.api.questionnaire.Item("safe",
                se.delaktig.api.questionnaire.ItemType.SINGLE_CHOICE, texts.apply("Känner du dig trygg?", "Do you feel safe?"),
                null, null, null, java.util.Map.of(), List.of(), se.delaktig.api.questionnaire.EnableBehavior.ALL, List.of(),
                options, 0, 0, false, false, null);
        se.delaktig.api.questionnaire.Questionnaire q = new se.delaktig.api.questionnaire.Questionnaire("barn-8-12",
                se.delaktig.api.questionnaire.SemanticVersion.parse("1.0.0"), texts.apply("Barn", "Children"), null,
                se.delaktig.api.questionnaire.Respondent.CHILD, new se.delaktig.api.questionnaire.AgeRange(8, 12),
                List.of("sv", "en"), false, null, List.of(), new se.delaktig.api.questionnaire.Review(
                        se.delaktig.api.questionnaire.ReviewStatus.DRAFT, null, null, null), List.of(safe));
        se.delaktig.api.questionnaire.CatalogEntry entry = new se.delaktig.api.questionnaire.CatalogEntry(q, "{}",
                "0".repeat(64), "test", null, true, false);
        return (se.delaktig.api.questionnaire.QuestionnaireCatalog) java.lang.reflect.Proxy.newProxyInstance(
                Fakes.class.getClassLoader(), new Class<?>[] {se.delaktig.api.questionnaire.QuestionnaireCatalog.class},
                (proxy, method, args) -> method.getName().equals("find")
                        ? java.util.Optional.ofNullable("barn-8-12".equals(args[0]) && "1.0.0".equals(args[1]) ? entry : null)
                        : null);
    }

    static PooledFiles pool(StatisticsService statistics, Files files, boolean demo) {
        return new PooledFiles(statistics, files, demo(demo));
    }

    public static StatisticsConfiguration config() {
        return new StatisticsConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return StatisticsConfiguration.class;
            }

            @Override
            public int k() {
                return 5;
            }

            @Override
            public String refresh_time() {
                return "03:00";
            }

            @Override
            public int years() {
                return 3;
            }

            @Override
            public Granularity granularity() {
                return Granularity.QUARTER;
            }

            @Override
            public String municipality_id() {
                return "9999";
            }

            @Override
            public String municipality_name() {
                return "Exempelby";
            }
        };
    }

    static DemoConfiguration demo(boolean pooled) {
        return new DemoConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return DemoConfiguration.class;
            }

            @Override
            public boolean pooled_file() {
                return pooled;
            }

            @Override
            public int seed_responses() {
                return 0;
            }

            @Override
            public long seed() {
                return 1;
            }

            @Override
            public String[] cases() {
                return new String[0];
            }
        };
    }
}
