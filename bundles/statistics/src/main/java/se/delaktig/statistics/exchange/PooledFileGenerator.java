package se.delaktig.statistics.exchange;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import se.delaktig.host.api.codes.AgeBand;
import se.delaktig.host.api.codes.Gender;
import se.delaktig.statistics.aggregate.Aggregates;
import se.delaktig.statistics.aggregate.CountedAnswer;
import se.delaktig.statistics.aggregate.QuestionnaireRef;
import se.delaktig.statistics.aggregate.ResponseFacts;
import se.delaktig.statistics.aggregate.UnitId;
import se.delaktig.statistics.publish.PublishedSnapshot;
import se.delaktig.statistics.publish.Window;

/**
 * Writes plausible export files of made-up municipalities for the demo's pooled total. It feeds
 * made-up responses through the real aggregates, publisher and suppression, so its files are exactly
 * what real municipalities would export. Same seed, same files.
 */
public final class PooledFileGenerator {
    private static final String[] QUESTIONS = {"home-safe", "school-ok", "sleep-well", "adult-to-talk-to"};
    private static final String[] DOMAINS = {"home", "school", "health", "network"};
    private static final String[] FACES = {"1", "2", "3", "4", "5"};

    private PooledFileGenerator() {
    }

    /**
     * @param seed          the random seed
     * @param municipalities how many municipalities
     * @param windows       the windows to publish (disjoint)
     * @param questionnaire the questionnaire version the answers belong to
     * @param k             the threshold
     * @return one document per municipality
     */
    public static List<ExportDocument> generate(long seed, int municipalities, List<Window> windows,
                                                QuestionnaireRef questionnaire, int k) {
        Random random = new Random(seed);
        List<ExportDocument> documents = new ArrayList<>();
        Instant takenAt = windows.get(windows.size() - 1).to().plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        for (int m = 0; m < municipalities; m++) {
            Aggregates aggregates = new Aggregates(Clock.fixed(takenAt, ZoneOffset.UTC));
            int units = 2 + random.nextInt(4);
            int responses = 80 + random.nextInt(400);
            for (Window window : windows) {
                LocalDate from = window.from().atDay(1);
                long days = window.to().atEndOfMonth().toEpochDay() - from.toEpochDay() + 1;
                for (int i = 0; i < responses; i++) {
                    Instant at = from.plusDays(random.nextInt((int) days)).atTime(8 + random.nextInt(12), random.nextInt(60))
                            .atZone(se.delaktig.statistics.aggregate.Periods.STOCKHOLM).toInstant();
                    UnitId unit = UnitId.of("unit-" + (1 + random.nextInt(units)));
                    Gender gender = random.nextInt(100) < 48 ? Gender.GIRL : random.nextInt(100) < 95 ? Gender.BOY
                            : random.nextBoolean() ? Gender.OTHER : Gender.UNKNOWN;
                    AgeBand band = AgeBand.values()[Math.min(2, random.nextInt(5) / 2)];
                    List<CountedAnswer> answers = new ArrayList<>();
                    for (int q = 0; q < QUESTIONS.length; q++) {
                        if (random.nextInt(10) > 0) {
                            int face = Math.max(0, Math.min(4, (int) Math.round(2.6 + random.nextGaussian() * 1.1)));
                            answers.add(CountedAnswer.valued(QUESTIONS[q], FACES[face], DOMAINS[q], face + 1));
                        }
                    }
                    aggregates.invitationSent(unit, at, gender, band, questionnaire);
                    aggregates.invitationAnswered(unit, at, gender, band, questionnaire);
                    aggregates.add(new ResponseFacts(unit, at, gender, band, questionnaire, answers));
                    if (random.nextInt(4) == 0) {
                        aggregates.invitationSent(unit, at, gender, band, questionnaire);
                    }
                }
            }
            PublishedSnapshot snapshot = PublishedSnapshot.take(aggregates.freeze(), windows, k);
            String id = String.format("demo-%02d", m + 1);
            documents.add(ExportDocument.of(id, "Demokommun " + (m + 1), snapshot));
        }
        return documents;
    }
}
