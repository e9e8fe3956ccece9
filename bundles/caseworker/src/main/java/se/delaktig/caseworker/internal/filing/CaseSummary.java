package se.delaktig.caseworker.internal.filing;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import se.delaktig.api.questionnaire.Attention;
import se.delaktig.caseworker.internal.result.AnswerRow;
import se.delaktig.caseworker.internal.result.ResponseResult;
import se.delaktig.web.render.Messages;

/**
 * The plain-text summary filed on the case record. What it carries, and why: the questionnaire,
 * version, sending time, whether answered together, how many questions were answered and declined,
 * and every answer that signals danger or needs attention as question and chosen option (texts of
 * the questionnaire, not the child's words), because the case file must show what the assessment
 * rests on. The child's free text is <em>not</em> copied: the summary says how many answers hold
 * the child's own words and where the full answers are (the result panel, by response id).
 */
public final class CaseSummary {

    private CaseSummary() {
    }

    /** @return the entry's title */
    public static String title(ResponseResult r, Messages t) {
        return t.get(r.byChild() ? "summary.title.child" : "summary.title.caseworker", r.title());
    }

    /** @return the entry's text */
    public static String text(ResponseResult r, Messages t, ZoneId zone) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(zone);
        StringBuilder out = new StringBuilder();
        out.append(t.get("summary.questionnaire", r.title(), r.version())).append('\n');
        out.append(t.get("summary.sent", time.format(r.submittedAt()))).append('\n');
        if (r.response().answeredTogether()) {
            out.append(t.get("summary.together")).append('\n');
        }
        long declined = r.rows().stream().filter(AnswerRow::declined).count();
        out.append(t.get("summary.counts", String.valueOf(r.rows().size() - declined), String.valueOf(declined)))
                .append('\n');
        section(out, t, "summary.danger", r.rows().stream().filter(x -> x.attention() == Attention.SIGNALS_DANGER).toList());
        section(out, t, "summary.attention",
                r.rows().stream().filter(x -> x.attention() == Attention.NEEDS_ATTENTION).toList());
        if (r.rows().stream().noneMatch(x -> x.attention() != Attention.NONE)) {
            out.append('\n').append(t.get("summary.nothing")).append('\n');
        }
        long words = r.rows().stream().filter(AnswerRow::hasOwnWords).count();
        if (words > 0) {
            out.append('\n').append(t.get("summary.words", String.valueOf(words))).append('\n');
        }
        out.append('\n').append(t.get("summary.where", r.id()));
        return out.toString();
    }

    private static void section(StringBuilder out, Messages t, String key, List<AnswerRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        out.append('\n').append(t.get(key, String.valueOf(rows.size()))).append('\n');
        for (AnswerRow row : rows) {
            // option labels only: for a choice the answer is questionnaire text, never the child's words
            String answer = row.freeText() ? t.get("summary.ownWordsAnswer") : row.answer();
            out.append("- ").append(row.question()).append(": ").append(answer).append('\n');
        }
    }
}
