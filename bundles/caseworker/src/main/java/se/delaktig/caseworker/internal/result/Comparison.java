package se.delaktig.caseworker.internal.result;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Puts two responses side by side, question by question (before/after an intervention). */
public final class Comparison {

    /**
     * One question in both responses.
     *
     * @param question the question (from the later response when both have it)
     * @param before   the earlier answer, or {@code null} when not asked then
     * @param after    the later answer, or {@code null} when not asked then
     */
    public record Pair(String question, AnswerRow before, AnswerRow after) {
        /** @return whether the answer changed (including asked in one only, or declined in one only) */
        public boolean changed() {
            if (before == null || after == null) {
                return true;
            }
            return before.declined() != after.declined() || !Objects.equals(before.answer(), after.answer());
        }

        /** @return whether the earlier response has it */
        public boolean hasBefore() {
            return before != null;
        }

        /** @return whether the later response has it */
        public boolean hasAfter() {
            return after != null;
        }
    }

    private Comparison() {
    }

    /**
     * @param before the earlier response
     * @param after  the later response
     * @return one pair per question answered in either, in the later response's order (what
     *         matters first), then questions only the earlier response has
     */
    public static List<Pair> pairs(ResponseResult before, ResponseResult after) {
        Map<String, AnswerRow> earlier = new LinkedHashMap<>();
        for (AnswerRow row : before.rows()) {
            earlier.put(row.linkId(), row);
        }
        List<Pair> out = new ArrayList<>();
        for (AnswerRow row : after.rows()) {
            out.add(new Pair(row.question(), earlier.remove(row.linkId()), row));
        }
        List<AnswerRow> rest = new ArrayList<>(earlier.values());
        rest.sort(Comparator.comparingInt(AnswerRow::order));
        for (AnswerRow row : rest) {
            out.add(new Pair(row.question(), row, null));
        }
        return out;
    }

    /**
     * @param before        the earlier response
     * @param after         the later response
     * @param interventions the case's interventions
     * @return those going on at any time from the earlier response to the later one: started,
     *         ended or under way in between, so that a change can be read against them
     */
    public static List<Intervention> interventionsBetween(ResponseResult before, ResponseResult after,
            List<Intervention> interventions) {
        Instant from = before.submittedAt();
        Instant to = after.submittedAt();
        return interventions.stream()
                .filter(iv -> (iv.started() == null || !iv.started().isAfter(to))
                        && (iv.ended() == null || !iv.ended().isBefore(from)))
                .toList();
    }

    /**
     * @param before the one shown as before
     * @param after  the one shown as after
     * @return whether before precedes after (ordered by sending time)
     */
    public static boolean inOrder(ResponseResult before, ResponseResult after) {
        return !before.submittedAt().isAfter(after.submittedAt());
    }
}
