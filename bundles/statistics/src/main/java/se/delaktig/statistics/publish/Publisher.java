package se.delaktig.statistics.publish;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import se.delaktig.host.api.codes.AgeBand;
import se.delaktig.host.api.codes.Gender;
import se.delaktig.host.api.statistics.FigureCell;
import se.delaktig.statistics.aggregate.AggregateData;
import se.delaktig.statistics.aggregate.Code;
import se.delaktig.statistics.aggregate.DomainTally;
import se.delaktig.statistics.aggregate.GroupKey;
import se.delaktig.statistics.aggregate.PeriodBucket;
import se.delaktig.statistics.aggregate.QuestionnaireRef;
import se.delaktig.statistics.disclosure.CellSystem;
import se.delaktig.statistics.disclosure.Suppression;
import se.delaktig.statistics.disclosure.Suppressor;

/**
 * Builds the fixed set of tables for one window from frozen aggregates, as one linked cell system
 * (shared margins are shared cells), and suppresses it once.
 */
public final class Publisher {
    private static final String ALL = "*";
    private static final String NONE = "~none";
    private final int k;

    /** @param k the threshold */
    public Publisher(int k) {
        this.k = k;
    }

    /** @param data frozen aggregates @param window the window @return the publication */
    public Publication publish(AggregateData data, Window window) {
        Map<String, Long> counts = new HashMap<>();
        Set<String> units = new TreeSet<>();
        Set<QuestionnaireRef> questionnaires = new TreeSet<>();
        Map<String, Set<String>> optionsByQuestion = new TreeMap<>();
        data.responses().forEach((g, n) -> {
            if (!window.contains(g.month())) {
                return;
            }
            String u = g.unit().value();
            units.add(u);
            questionnaires.add(g.questionnaire());
            String p = PeriodBucket.containing(window.granularity(), g.month()).code();
            for (String unit : List.of(u, ALL)) {
                add(counts, r(unit, p, ALL, ALL), n);
                add(counts, r(unit, ALL, ALL, ALL), n);
                add(counts, r(unit, ALL, g.gender().code(), ALL), n);
                add(counts, r(unit, ALL, ALL, g.ageBand().code()), n);
                add(counts, q(unit, g.questionnaire().key()), n);
            }
            add(counts, r(ALL, ALL, g.gender().code(), g.ageBand().code()), n);
        });
        Map<String, Long> answered = new HashMap<>();
        data.questions().forEach((key, n) -> {
            if (window.contains(key.group().month())) {
                String question = question(key.group().questionnaire(), key.question());
                optionsByQuestion.computeIfAbsent(question, x -> new TreeSet<>());
                add(answered, o(key.group().unit().value(), question, NONE), n);
                add(answered, o(ALL, question, NONE), n);
            }
        });
        data.options().forEach((key, n) -> {
            if (window.contains(key.group().month())) {
                String question = question(key.group().questionnaire(), key.question());
                optionsByQuestion.get(question).add(key.option().value());
                add(counts, o(key.group().unit().value(), question, key.option().value()), n);
                add(counts, o(ALL, question, key.option().value()), n);
            }
        });
        Map<String, Long> invitations = invitations(data, window, units);
        Map<String, DomainTally> domains = domains(data, window, units, counts);

        CellSystem system = new CellSystem();
        List<Grid> grids = new ArrayList<>();
        List<String> unitRows = List.copyOf(units);
        List<String> genders = Arrays.stream(Gender.values()).map(Gender::code).toList();
        List<String> bands = Arrays.stream(AgeBand.values()).map(AgeBand::code).toList();
        List<String> periods = window.buckets().stream().map(PeriodBucket::code).toList();
        String grand = r(ALL, ALL, ALL, ALL);
        grids.add(new Grid(TableKind.UNIT_BY_PERIOD.code(), TableKind.UNIT_BY_PERIOD, unitRows, periods,
                (u, p) -> r(u, p, ALL, ALL), u -> r(u, ALL, ALL, ALL), p -> r(ALL, p, ALL, ALL), grand, true));
        grids.add(new Grid(TableKind.UNIT_BY_GENDER.code(), TableKind.UNIT_BY_GENDER, unitRows, genders,
                (u, g) -> r(u, ALL, g, ALL), u -> r(u, ALL, ALL, ALL), g -> r(ALL, ALL, g, ALL), grand, true));
        grids.add(new Grid(TableKind.UNIT_BY_AGE_BAND.code(), TableKind.UNIT_BY_AGE_BAND, unitRows, bands,
                (u, a) -> r(u, ALL, ALL, a), u -> r(u, ALL, ALL, ALL), a -> r(ALL, ALL, ALL, a), grand, true));
        grids.add(new Grid(TableKind.GENDER_BY_AGE_BAND.code(), TableKind.GENDER_BY_AGE_BAND, genders, bands,
                (g, a) -> r(ALL, ALL, g, a), g -> r(ALL, ALL, g, ALL), a -> r(ALL, ALL, ALL, a), grand, true));
        List<String> qCodes = questionnaires.stream().map(QuestionnaireRef::key).toList();
        grids.add(new Grid(TableKind.UNIT_BY_QUESTIONNAIRE.code(), TableKind.UNIT_BY_QUESTIONNAIRE, unitRows, qCodes,
                Publisher::q, u -> r(u, ALL, ALL, ALL), qn -> q(ALL, qn), grand, true));
        optionsByQuestion.forEach((question, options) -> grids.add(
                answerGrid(question, options, unitRows, counts, answered, system)));
        grids.add(new Grid(TableKind.RESPONSE_RATE.code(), TableKind.RESPONSE_RATE, unitRows, List.of("answered", "not-answered"),
                Publisher::inv, u -> inv(u, "sent"), c -> inv(ALL, c), inv(ALL, "sent"), true));
        List<String> domainCodes = domains.keySet().stream().filter(id -> id.startsWith("D|u=*|"))
                .map(id -> id.substring("D|u=*|d=".length())).sorted().toList();
        grids.add(new Grid(TableKind.DOMAIN_INDEX.code(), TableKind.DOMAIN_INDEX, unitRows, domainCodes,
                Publisher::dom, null, d -> dom(ALL, d), null, false));

        counts.putAll(invitations);
        grids.forEach(grid -> grid.register(system, counts));
        markHomogeneous(system, domains, optionsByQuestion, unitRows, counts, answered);
        Suppression suppression = new Suppressor(k).suppress(system);
        List<PublishedTable> tables = new ArrayList<>();
        for (Grid grid : grids) {
            PublishedTable table = grid.render(suppression, window.code());
            if (table.kind() == TableKind.RESPONSE_RATE) {
                table = withRate(table);
            } else if (table.kind() == TableKind.DOMAIN_INDEX) {
                table = asMeans(table, grid, domains);
            }
            tables.add(table);
        }
        return new Publication(window, tables, suppression);
    }

    private Grid answerGrid(String question, Set<String> options, List<String> units, Map<String, Long> counts,
                            Map<String, Long> answered, CellSystem system) {
        String questionnaire = question.substring(0, question.indexOf('|'));
        boolean additive = true;
        for (String u : concat(units, ALL)) {
            long answers = answered.getOrDefault(o(u, question, NONE), 0L);
            long sum = options.stream().mapToLong(opt -> counts.getOrDefault(o(u, question, opt), 0L)).sum();
            additive &= sum == answers;
            counts.put(o(u, question, NONE), counts.getOrDefault(q(u, questionnaire), 0L) - answers);
        }
        List<String> columns = concat(List.copyOf(options), NONE);
        return new Grid(TableKind.UNIT_BY_ANSWER.code() + ":" + question.replace("|", ":"), TableKind.UNIT_BY_ANSWER,
                units, columns, (u, opt) -> o(u, question, opt), u -> q(u, questionnaire), opt -> o(ALL, question, opt),
                q(ALL, questionnaire), additive);
    }

    /** Every child who answered a question in a group (a unit, or the municipality) chose the same option. */
    private static void markHomogeneous(CellSystem system, Map<String, DomainTally> domains, Map<String, Set<String>> optionsByQuestion,
                                        List<String> units, Map<String, Long> counts, Map<String, Long> answered) {
        optionsByQuestion.forEach((question, options) -> {
            for (String u : concat(units, ALL)) {
                long answers = answered.getOrDefault(o(u, question, NONE), 0L);
                for (String option : options) {
                    if (answers > 0 && counts.getOrDefault(o(u, question, option), 0L) == answers) {
                        system.disclosing(o(u, question, option), "every child who answered chose " + option);
                    }
                }
            }
        });
        domains.forEach((id, tally) -> {
            if (tally.children() > 0 && tally.homogeneous()) {
                system.disclosing(id, "every value in the domain is the same");
            }
        });
    }

    private static Map<String, Long> invitations(AggregateData data, Window window, Set<String> units) {
        Map<String, Long> result = new HashMap<>();
        data.invitations().forEach((g, n) -> {
            if (window.contains(g.month())) {
                units.add(g.unit().value());
                long answered = data.answeredInvitations().getOrDefault(g, 0L);
                for (String u : List.of(g.unit().value(), ALL)) {
                    add(result, inv(u, "sent"), n);
                    add(result, inv(u, "answered"), answered);
                    add(result, inv(u, "not-answered"), n - answered);
                }
            }
        });
        return result;
    }

    private static Map<String, DomainTally> domains(AggregateData data, Window window, Set<String> units,
                                                    Map<String, Long> counts) {
        Map<String, DomainTally> result = new HashMap<>();
        data.domains().forEach((key, tally) -> {
            if (window.contains(key.group().month())) {
                for (String u : List.of(key.group().unit().value(), ALL)) {
                    result.merge(dom(u, key.domain().value()), tally, DomainTally::plus);
                }
            }
        });
        result.forEach((id, tally) -> counts.put(id, tally.children()));
        return result;
    }

    private static PublishedTable withRate(PublishedTable table) {
        List<String> columns = concat(table.columns(), "rate-percent");
        List<List<FigureCell>> cells = new ArrayList<>();
        for (List<FigureCell> row : table.cells()) {
            FigureCell answered = row.get(0);
            FigureCell sent = row.get(row.size() - 1);
            FigureCell rate;
            if (answered.suppressed() || sent.suppressed()) {
                rate = FigureCell.suppressedCell();
            } else if (sent.value().signum() == 0) {
                rate = FigureCell.empty();
            } else {
                rate = FigureCell.of(answered.value().multiply(BigDecimal.valueOf(100)).divide(sent.value(), 1, RoundingMode.HALF_UP));
            }
            cells.add(concat(row, rate));
        }
        return new PublishedTable(table.id(), table.kind(), table.window(), table.rows(), columns, cells);
    }

    private static PublishedTable asMeans(PublishedTable table, Grid grid, Map<String, DomainTally> domains) {
        List<List<FigureCell>> cells = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            List<FigureCell> row = new ArrayList<>();
            for (int c = 0; c < table.columns().size(); c++) {
                FigureCell count = table.cells().get(r).get(c);
                DomainTally tally = domains.get(grid.idAt(table.rows().get(r), table.columns().get(c)));
                if (count.suppressed()) {
                    row.add(FigureCell.suppressedCell());
                } else if (tally == null || tally.answers() == 0) {
                    row.add(FigureCell.empty());
                } else {
                    row.add(FigureCell.of(BigDecimal.valueOf(tally.sumMillis())
                            .divide(BigDecimal.valueOf(tally.answers() * 1000L), 2, RoundingMode.HALF_UP)));
                }
            }
            cells.add(row);
        }
        return new PublishedTable(table.id(), table.kind(), table.window(), table.rows(), table.columns(), cells);
    }

    private static <T> List<T> concat(List<T> list, T last) {
        List<T> result = new ArrayList<>(list);
        result.add(last);
        return result;
    }

    private static void add(Map<String, Long> counts, String id, long n) {
        counts.merge(id, n, Long::sum);
    }

    private static String question(QuestionnaireRef questionnaire, Code question) {
        return questionnaire.key() + "|" + question.value();
    }

    static String r(String unit, String period, String gender, String band) {
        return "R|u=" + unit + "|p=" + period + "|g=" + gender + "|a=" + band;
    }

    static String q(String unit, String questionnaire) {
        return "Q|u=" + unit + "|q=" + questionnaire;
    }

    static String o(String unit, String question, String option) {
        return "O|u=" + unit + "|q=" + question + "|o=" + option;
    }

    static String inv(String unit, String what) {
        return "I|u=" + unit + "|i=" + what;
    }

    static String dom(String unit, String domain) {
        return "D|u=" + unit + "|d=" + domain;
    }
}
