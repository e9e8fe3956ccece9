package se.delaktig.statistics.figures;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import se.delaktig.statistics.aggregate.Periods;
import se.delaktig.statistics.publish.PublishedTable;
import se.delaktig.statistics.publish.TableKind;
import se.delaktig.statistics.publish.Window;
import se.delaktig.web.render.Messages;

/** Titles and headings for people, from the statistics' resource bundles (sv, en). */
final class Headings {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Messages t;
    private final Function<String, String> unitNames;
    private final Pool pool;
    private final QuestionTexts questions;

    Headings(Messages t, Function<String, String> unitNames, Pool pool, QuestionTexts questions) {
        this.t = t;
        this.unitNames = unitNames;
        this.pool = pool;
        this.questions = questions;
    }

    static String time(Instant at) {
        return TIME.format(at.atZone(Periods.STOCKHOLM));
    }

    static String window(Window window) {
        return window.from().getYear() == window.to().getYear() && window.from().getMonthValue() == 1
                && window.to().getMonthValue() == 12 ? Integer.toString(window.from().getYear())
                : window.from() + " – " + window.to();
    }

    String title(PublishedTable table, Window window) {
        if (table.kind() == TableKind.UNIT_BY_ANSWER) {
            String question = question(table);
            int last = question.lastIndexOf(':');
            String text = last < 0 ? question : questions.text(question.substring(0, last), question.substring(last + 1),
                    t.language()).map(q -> "\u201c" + q + "\u201d (" + question.substring(0, last) + ")").orElse(question);
            return t.get("title.unit-by-answer", window(window), text);
        }
        return t.get("title." + table.kind().code(), window(window));
    }

    String unitRow(String code) {
        if (PublishedTable.TOTAL.equals(code)) {
            return t.get("row.total");
        }
        String name = unitNames.apply(code);
        return name == null ? code : name;
    }

    String row(TableKind kind, String code) {
        if (kind == TableKind.GENDER_BY_AGE_BAND) {
            return PublishedTable.TOTAL.equals(code) ? t.get("col.total") : coded(code);
        }
        return unitRow(code);
    }

    /** @return {@code id@version:linkId} of an answer table */
    private static String question(PublishedTable table) {
        return table.id().substring(table.id().indexOf(':') + 1);
    }

    /**
     * An answer table's columns in the questionnaire's option order (the published order is by code);
     * columns the questionnaire does not name (declined, the total) keep their order after them.
     */
    List<String> ordered(PublishedTable table, List<String> columns) {
        String question = question(table);
        int last = question.lastIndexOf(':');
        if (table.kind() != TableKind.UNIT_BY_ANSWER || last <= 0) {
            return columns;
        }
        List<String> order = questions.optionOrder(question.substring(0, last), question.substring(last + 1));
        return columns.stream().sorted(java.util.Comparator.comparingInt(c -> {
            int at = order.indexOf(c);
            return at < 0 ? Integer.MAX_VALUE : at;
        })).toList();
    }

    /** A column heading; in an answer table an option's own text in the page language, else its code. */
    String column(PublishedTable table, String code) {
        if (table.kind() == TableKind.UNIT_BY_ANSWER && !PublishedTable.TOTAL.equals(code) && !code.startsWith("~")) {
            String question = question(table);
            int last = question.lastIndexOf(':');
            if (last > 0) {
                return questions.option(question.substring(0, last), question.substring(last + 1), code, t.language())
                        .orElse(code);
            }
            return code;
        }
        return column(table.kind(), code);
    }

    String column(TableKind kind, String code) {
        if (PublishedTable.TOTAL.equals(code)) {
            return t.get("col.total");
        }
        if (kind == TableKind.DOMAIN_INDEX) {
            return t.has("domain." + code) ? t.get("domain." + code) : code;
        }
        return coded(code);
    }

    String compareColumn(String code) {
        if (code.startsWith("domain:")) {
            String domain = code.substring("domain:".length());
            return t.has("domain." + domain) ? t.get("domain." + domain) : domain;
        }
        return t.get("col." + code);
    }

    private String coded(String code) {
        if (t.has("gender." + code)) {
            return t.get("gender." + code);
        }
        if (se.delaktig.host.api.codes.AgeBand.ofCode(code).isPresent()) {
            return t.get("age", code.replace("-", "–"));
        }
        if (t.has("col." + code)) {
            return t.get("col." + code);
        }
        return code;
    }

    Pool pool() {
        return pool;
    }
}
