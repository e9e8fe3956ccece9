package se.delaktig.statistics.web;

import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import se.delaktig.host.api.Staff;
import se.delaktig.host.api.StaffRole;
import se.delaktig.host.api.codes.AgeBand;
import se.delaktig.host.api.codes.Gender;
import se.delaktig.statistics.aggregate.CountedAnswer;
import se.delaktig.statistics.aggregate.Granularity;
import se.delaktig.statistics.aggregate.Periods;
import se.delaktig.statistics.aggregate.QuestionnaireRef;
import se.delaktig.statistics.aggregate.ResponseFacts;
import se.delaktig.statistics.aggregate.UnitId;
import se.delaktig.statistics.component.StatisticsConfiguration;
import se.delaktig.statistics.component.StatisticsService;

/**
 * The statistics benchmark (bench/statistics.sh runs it; never a test). It writes N sent responses of
 * 40 answers each into an H2 file database with the portal's tables (V003: delaktig_response,
 * delaktig_response_answer) plus the host's facts per response (unit, gender, age band on the
 * answering day) as a flat table, feeding the aggregates as each response is written, the way the
 * listener does. Then, in one run: the full manager dashboard from the aggregates (snapshot: publish
 * and suppress every window; then the page with every table and chart), against one raw SQL GROUP BY
 * over the answers table for the same figures. Prints both and the ratio.
 */
public final class StatisticsBench {
    static final int UNITS = 10;
    static final int YEARS = 5;
    static final int QUESTIONS = 40;
    static final int OPTIONS = 5;

    private StatisticsBench() {
    }

    public static void main(String[] args) throws Exception {
        int responses = 1_000_000;
        Path dir = Path.of("target", "bench");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--responses")) {
                responses = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--dir")) {
                dir = Path.of(args[++i]);
            }
        }
        Files.createDirectories(dir);
        Path db = dir.resolve("statistics-bench-" + responses);
        Files.deleteIfExists(Path.of(db + ".mv.db"));
        String url = "jdbc:h2:file:" + db.toAbsolutePath() + ";DB_CLOSE_DELAY=-1";
        StatisticsService service = new StatisticsService(config());
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            schema(c);
            long started = System.nanoTime();
            long feeding = generate(c, service, responses);
            long generated = System.nanoTime() - started;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM delaktig_response_answer")) {
                r.next();
                System.out.printf("generated %,d sent responses, %,d answers in %.1f s (feeding the aggregates: %.2f µs per response)%n",
                        responses, r.getLong(1), generated / 1e9, feeding / 1e3 / responses);
            }
            // Each is measured twice (the first run includes JIT and cache warm-up).
            double[] dashboard = new double[2];
            double[] raw = new double[2];
            for (int run = 0; run < 2; run++) {
                dashboard[run] = dashboard(service);
                raw[run] = rawQuery(c);
            }
            System.out.printf("dashboard from the aggregates (snapshot: publish + suppress %d windows; page with every table and chart): %.0f ms (first run %.0f ms)%n",
                    YEARS, dashboard[1], dashboard[0]);
            System.out.printf("raw SQL GROUP BY over the answers table (same figures, same H2): %.0f ms (first run %.0f ms)%n", raw[1], raw[0]);
            System.out.printf("ratio dashboard / raw query: 1/%.0f warm, 1/%.0f worst case (slowest dashboard, fastest query; goal: at most 1/10)%n",
                    raw[1] / dashboard[1], Math.min(raw[0], raw[1]) / Math.max(dashboard[0], dashboard[1]));
            long start = System.nanoTime();
            Random random = new Random(1);
            for (int i = 0; i < 10_000; i++) {
                service.aggregates().add(facts(random, Instant.now()));
            }
            System.out.printf("kept current: adding one more sent response to the aggregates takes %.2f µs%n",
                    (System.nanoTime() - start) / 1e3 / 10_000);
        }
    }

    /** The snapshot a night takes, then the whole page for all units and all years. */
    static double dashboard(StatisticsService service) {
        Fakes.Access access = new Fakes.Access();
        access.current = new Staff("bench", "Bench", Set.of(StaffRole.MANAGER), unitIds());
        long start = System.nanoTime();
        service.publishNow();
        StatisticsPage page = new StatisticsPage(access, new BenchContext(), new BenchCases(), service,
                Fakes.pool(service, new Fakes.Files(), false), java.time.Clock.systemUTC());
        int year = Year.now(Periods.STOCKHOLM).getValue();
        String html = page.page(null, (year - YEARS + 1) + "-01-01", LocalDate.now().toString(), null, null, "en", null);
        double ms = (System.nanoTime() - start) / 1e6;
        if (!html.contains("<svg")) {
            throw new IllegalStateException("no charts");
        }
        return ms;
    }

    /** The same figures straight from the answers: counts per unit, month, gender, age band, question and option. */
    static double rawQuery(Connection c) throws Exception {
        long start = System.nanoTime();
        long groups = 0;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT f.unit_id, FORMATDATETIME(r.submitted_at, 'yyyy-MM'),"
                + " f.gender, f.age_band, r.questionnaire_version, a.link_id, a.codes, COUNT(*)"
                + " FROM delaktig_response_answer a JOIN delaktig_response r ON r.response_id = a.response_id"
                + " JOIN bench_case_facts f ON f.response_id = r.response_id WHERE r.submitted_at IS NOT NULL"
                + " GROUP BY f.unit_id, FORMATDATETIME(r.submitted_at, 'yyyy-MM'), f.gender, f.age_band,"
                + " r.questionnaire_version, a.link_id, a.codes")) {
            while (r.next()) {
                groups++;
            }
        }
        double ms = (System.nanoTime() - start) / 1e6;
        if (groups == 0) {
            throw new IllegalStateException("no groups");
        }
        return ms;
    }

    static void schema(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            // The portal's tables exactly as migration V003 makes them.
            s.execute("CREATE TABLE delaktig_response (response_id VARCHAR(64) NOT NULL, invitation_id VARCHAR(64) NOT NULL,"
                    + " questionnaire_id VARCHAR(200) NOT NULL, questionnaire_version VARCHAR(100) NOT NULL,"
                    + " started_at TIMESTAMP WITH TIME ZONE NOT NULL, submitted_at TIMESTAMP WITH TIME ZONE,"
                    + " answered_together BOOLEAN NOT NULL, position VARCHAR(200),"
                    + " CONSTRAINT delaktig_response_pk PRIMARY KEY (response_id),"
                    + " CONSTRAINT delaktig_response_invitation UNIQUE (invitation_id))");
            s.execute("CREATE TABLE delaktig_response_answer (response_id VARCHAR(64) NOT NULL, link_id VARCHAR(200) NOT NULL,"
                    + " first_seq BIGINT NOT NULL, codes VARCHAR(4000) NOT NULL, answer_text VARCHAR(100000), declined BOOLEAN NOT NULL,"
                    + " tell_more VARCHAR(8000), updated_at TIMESTAMP WITH TIME ZONE NOT NULL, revision BIGINT NOT NULL,"
                    + " CONSTRAINT delaktig_response_answer_pk PRIMARY KEY (response_id, link_id),"
                    + " CONSTRAINT delaktig_response_answer_response FOREIGN KEY (response_id) REFERENCES delaktig_response (response_id))");
            // The host's facts of each response's case on the answering day, flat (generous to the raw query).
            s.execute("CREATE TABLE bench_case_facts (response_id VARCHAR(64) PRIMARY KEY, unit_id VARCHAR(64) NOT NULL,"
                    + " gender VARCHAR(10) NOT NULL, age_band VARCHAR(8) NOT NULL)");
        }
    }

    /** @return nanoseconds spent feeding the aggregates */
    static long generate(Connection c, StatisticsService service, int responses) throws Exception {
        c.setAutoCommit(false);
        Random random = new Random(20261122L);
        long feeding = 0;
        int year = Year.now(Periods.STOCKHOLM).getValue();
        long from = LocalDate.of(year - YEARS + 1, 1, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        long to = Instant.now().getEpochSecond() - 3600;
        try (PreparedStatement response = c.prepareStatement("INSERT INTO delaktig_response VALUES (?, ?, 'barn-8-12', '1.0.0', ?, ?, FALSE, NULL)");
             PreparedStatement answer = c.prepareStatement("INSERT INTO delaktig_response_answer VALUES (?, ?, ?, ?, NULL, FALSE, NULL, ?, 1)");
             PreparedStatement facts = c.prepareStatement("INSERT INTO bench_case_facts VALUES (?, ?, ?, ?)")) {
            for (int n = 0; n < responses; n++) {
                Instant at = Instant.ofEpochSecond(from + (long) (random.nextDouble() * (to - from)));
                ResponseFacts fact = facts(random, at);
                String id = String.format("r%08d", n);
                java.time.OffsetDateTime time = at.atOffset(ZoneOffset.UTC);
                response.setString(1, id);
                response.setString(2, "i" + id);
                response.setObject(3, time);
                response.setObject(4, time);
                response.addBatch();
                facts.setString(1, id);
                facts.setString(2, fact.unit().value());
                facts.setString(3, fact.gender().code());
                facts.setString(4, fact.ageBand().code());
                facts.addBatch();
                int seq = 0;
                for (CountedAnswer a : fact.answers()) {
                    answer.setString(1, id);
                    answer.setString(2, a.question().toString());
                    answer.setLong(3, seq++);
                    answer.setString(4, a.option().toString());
                    answer.setObject(5, time);
                    answer.addBatch();
                }
                long t = System.nanoTime();
                service.aggregates().add(fact);
                feeding += System.nanoTime() - t;
                if (n % 2_000 == 1_999) {
                    response.executeBatch();
                    facts.executeBatch();
                    answer.executeBatch();
                    c.commit();
                }
                if (n % 100_000 == 99_999) {
                    System.out.printf("  %,d responses written%n", n + 1);
                }
            }
            response.executeBatch();
            facts.executeBatch();
            answer.executeBatch();
            c.commit();
        }
        c.setAutoCommit(true);
        return feeding;
    }

    /** A made-up child's response: realistic spread of units, genders, ages and answers (40 faces questions). */
    static ResponseFacts facts(Random random, Instant at) {
        UnitId unit = UnitId.of("unit-" + (1 + Math.min(UNITS - 1, (int) Math.abs(random.nextGaussian() * UNITS / 2.5))));
        int g = random.nextInt(100);
        Gender gender = g < 47 ? Gender.GIRL : g < 94 ? Gender.BOY : g < 97 ? Gender.OTHER : Gender.UNKNOWN;
        AgeBand band = AgeBand.values()[Math.min(2, random.nextInt(7) / 2)];
        List<CountedAnswer> answers = new ArrayList<>(QUESTIONS);
        for (int q = 0; q < QUESTIONS; q++) {
            int face = Math.max(0, Math.min(OPTIONS - 1, (int) Math.round(2.7 + random.nextGaussian() * 1.1)));
            answers.add(new CountedAnswer(se.delaktig.statistics.aggregate.Code.of("q" + q),
                    se.delaktig.statistics.aggregate.Code.of("f" + (face + 1)),
                    se.delaktig.statistics.aggregate.Code.of("d" + (q % 8)), (long) (face + 1) * 1000));
        }
        return new ResponseFacts(unit, at, gender, band, QuestionnaireRef.of("barn-8-12", "1.0.0"), answers);
    }

    static Set<String> unitIds() {
        java.util.HashSet<String> ids = new java.util.HashSet<>();
        for (int u = 1; u <= UNITS; u++) {
            ids.add("unit-" + u);
        }
        return ids;
    }

    /** The bench manager sees every unit and the municipality. */
    static final class BenchContext implements se.delaktig.host.api.StaffContext {
        @Override
        public java.util.Optional<Staff> currentStaff(jakarta.servlet.http.HttpServletRequest request) {
            return java.util.Optional.empty();
        }

        @Override
        public boolean maySeeCase(Staff staff, String caseId) {
            return false;
        }

        @Override
        public boolean maySeeStatistics(Staff staff, String unitId) {
            return true;
        }
    }

    static final class BenchCases implements se.delaktig.host.api.CaseDirectory {
        @Override
        public java.util.Optional<se.delaktig.host.api.CaseFacts> find(String caseId) {
            return java.util.Optional.empty();
        }

        @Override
        public java.util.OptionalInt ageOn(String caseId, LocalDate date) {
            return java.util.OptionalInt.empty();
        }

        @Override
        public List<se.delaktig.host.api.Unit> units() {
            List<se.delaktig.host.api.Unit> units = new ArrayList<>();
            for (int u = 1; u <= UNITS; u++) {
                units.add(new se.delaktig.host.api.Unit("unit-" + u, "Enhet " + u));
            }
            return units;
        }
    }

    static StatisticsConfiguration config() {
        StatisticsConfiguration base = Fakes.config();
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
                return base.refresh_time();
            }

            @Override
            public int years() {
                return YEARS;
            }

            @Override
            public Granularity granularity() {
                return Granularity.MONTH;
            }

            @Override
            public String municipality_id() {
                return base.municipality_id();
            }

            @Override
            public String municipality_name() {
                return base.municipality_name();
            }
        };
    }
}
