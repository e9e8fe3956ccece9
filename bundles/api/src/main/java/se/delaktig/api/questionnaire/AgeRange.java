package se.delaktig.api.questionnaire;

/**
 * The ages a questionnaire is for, in whole years, both ends inclusive (the document's {@code ageBand}).
 *
 * @param from youngest age
 * @param to   oldest age
 */
public record AgeRange(int from, int to) {
    /** @param age an age in whole years @return whether {@code from <= age <= to} */
    public boolean contains(int age) {
        return from <= age && age <= to;
    }

    /** @return how many ages the range covers */
    public int width() {
        return to - from + 1;
    }
}
