package se.delaktig.statistics.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import se.delaktig.host.api.statistics.FigureRow;
import se.delaktig.host.api.statistics.FigureTable;

/** Titles and headings for people, in Swedish or English, for a published table. */
final class Labels {
    private final boolean swedish;
    private final Function<String, String> unitNames;

    private Labels(boolean swedish, Function<String, String> unitNames) {
        this.swedish = swedish;
        this.unitNames = unitNames;
    }

    static Labels of(Locale locale, Function<String, String> unitNames) {
        return new Labels("sv".equals(locale.getLanguage()), unitNames);
    }

    FigureTable figure(PublishedTable table, int k) {
        List<String> headings = table.columns().stream().map(c -> heading(table.kind(), c, false)).toList();
        List<FigureRow> rows = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            rows.add(new FigureRow(heading(table.kind(), table.rows().get(r), true), table.cells().get(r)));
        }
        String note = swedish
                ? "Antal barn. \"..\" = undertryckt: färre än " + k + " barn, alla svarade lika, eller för att skydda en annan undertryckt cell."
                : "Number of children. \"..\" = suppressed: fewer than " + k + " children, all answered alike, or to protect another suppressed cell.";
        return new FigureTable(table.id() + "@" + table.window(), title(table), headings, rows, note);
    }

    private String title(PublishedTable table) {
        String period = table.window().replace("..", " – ");
        String what = switch (table.kind()) {
            case UNIT_BY_PERIOD -> swedish ? "Barn som svarat per enhet och period" : "Children who answered by unit and period";
            case UNIT_BY_GENDER -> swedish ? "Barn som svarat per enhet och kön" : "Children who answered by unit and gender";
            case UNIT_BY_AGE_BAND -> swedish ? "Barn som svarat per enhet och ålder" : "Children who answered by unit and age";
            case GENDER_BY_AGE_BAND -> swedish ? "Barn som svarat per kön och ålder, hela kommunen" : "Children who answered by gender and age, whole municipality";
            case UNIT_BY_QUESTIONNAIRE -> swedish ? "Barn som svarat per enhet och enkät" : "Children who answered by unit and questionnaire";
            case UNIT_BY_ANSWER -> (swedish ? "Svar på fråga " : "Answers to question ") + table.id().substring(table.id().indexOf(':') + 1);
            case RESPONSE_RATE -> swedish ? "Inbjudningar och svarsfrekvens per enhet" : "Invitations and response rate by unit";
            case DOMAIN_INDEX -> swedish ? "Medelindex per område och enhet" : "Mean index by domain and unit";
        };
        return what + ", " + period;
    }

    private String heading(TableKind kind, String code, boolean row) {
        if (PublishedTable.TOTAL.equals(code)) {
            return row ? (swedish ? "Hela kommunen" : "Whole municipality") : (swedish ? "Totalt" : "Total");
        }
        if (row && kind != TableKind.GENDER_BY_AGE_BAND) {
            return unitNames.apply(code);
        }
        Map<String, String[]> words = Map.of(
                "girl", new String[] {"Flickor", "Girls"}, "boy", new String[] {"Pojkar", "Boys"},
                "other", new String[] {"Annat", "Other"}, "unknown", new String[] {"Okänt", "Unknown"},
                "~none", new String[] {"Inget svar", "No answer"}, "answered", new String[] {"Besvarade", "Answered"},
                "not-answered", new String[] {"Ej besvarade", "Not answered"}, "rate-percent", new String[] {"Svarsfrekvens %", "Response rate %"});
        String[] pair = words.get(code);
        return pair == null ? code : pair[swedish ? 0 : 1];
    }
}
