package se.delaktig.statistics.web;

import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import se.delaktig.statistics.aggregate.Granularity;
import se.delaktig.statistics.aggregate.Periods;
import se.delaktig.statistics.aggregate.QuestionnaireRef;
import se.delaktig.statistics.exchange.ExportDocument;
import se.delaktig.statistics.exchange.PooledFileGenerator;
import se.delaktig.statistics.publish.Window;

/** Another municipality's export for this year and the two before. */
final class PooledFilesTestData {
    private PooledFilesTestData() {
    }

    static ExportDocument other(String id) {
        int year = Year.from(Instant.now().atZone(Periods.STOCKHOLM)).getValue();
        List<Window> windows = new ArrayList<>();
        for (int y = year - 2; y <= year; y++) {
            windows.add(Window.year(y, Granularity.QUARTER));
        }
        ExportDocument made = PooledFileGenerator.generate(id.hashCode(), 1, windows, QuestionnaireRef.of("q", "1"), 5).get(0);
        return new ExportDocument(id, "Kommun " + id, made.takenAt(), made.k(), made.windows());
    }
}
