package se.delaktig.caseworker.internal.result;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.delaktig.api.questionnaire.Domain;

/**
 * The numbers of one domain's chart over time: geometry only (no markup), so that the template
 * escapes every text and the tests can check the numbers. A point is the mean value of the
 * domain's answered options in one response; declined answers do not count.
 *
 * @param id       a DOM id prefix, unique on the page
 * @param domain   the domain
 * @param points   one per response with a value, oldest first
 * @param markers  intervention starts and ends inside the time span
 * @param polyline the line through the points, as SVG {@code points}
 * @param minLabel the lowest value on the axis, formatted
 * @param maxLabel the highest value on the axis, formatted
 */
public record Chart(String id, Domain domain, List<Point> points, List<Marker> markers, String polyline,
        String minLabel, String maxLabel) {

    /** Drawing width. */
    public static final int WIDTH = 640;
    /** Drawing height. */
    public static final int HEIGHT = 220;
    /** Left edge of the plot. */
    public static final int LEFT = 48;
    /** Right edge of the plot. */
    public static final int RIGHT = WIDTH - 24;
    /** Top of the plot. */
    public static final int TOP = 20;
    /** Bottom of the plot. */
    public static final int BOTTOM = HEIGHT - 40;

    /**
     * @param x     horizontal position
     * @param y     vertical position
     * @param date  the sending date, formatted
     * @param value the value, formatted
     */
    public record Point(int x, int y, String date, String value) { }

    /**
     * @param x     horizontal position
     * @param start whether it is a start (else an end)
     * @param date  the date, formatted
     * @param label the intervention's label, or empty
     */
    public record Marker(int x, boolean start, String date, String label) { }

    /** Copies the lists. */
    public Chart {
        points = List.copyOf(points);
        markers = List.copyOf(markers);
    }

    /** @return the domain's code */
    public String domainCode() {
        return domain.code();
    }

    /** @return whether there is anything to draw */
    public boolean empty() {
        return points.isEmpty();
    }

    /** @return the y of the plot's bottom (for the template) */
    public int bottom() {
        return BOTTOM;
    }

    /**
     * @param domain        the domain
     * @param responses     the responses, oldest first
     * @param interventions the case's interventions
     * @param zone          the time zone of the dates shown
     * @return the chart
     */
    public static Chart of(Domain domain, List<ResponseResult> responses, List<Intervention> interventions,
            ZoneId zone) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(zone);
        List<Instant> times = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (ResponseResult r : responses) {
            double sum = 0;
            int n = 0;
            for (AnswerRow row : r.rows()) {
                if (row.domain() == domain && row.value() != null) {
                    sum += row.value();
                    n++;
                }
            }
            if (n > 0) {
                times.add(r.submittedAt());
                values.add(sum / n);
            }
        }
        if (values.isEmpty()) {
            return new Chart("chart-" + domain.code(), domain, List.of(), List.of(), "", "", "");
        }
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        if (max - min < 1e-9) {
            min -= 1;
            max += 1;
        }
        long first = times.get(0).getEpochSecond();
        long last = times.get(times.size() - 1).getEpochSecond();
        List<Point> points = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            int x = x(times.get(i).getEpochSecond(), first, last);
            int y = (int) Math.round(BOTTOM - (values.get(i) - min) / (max - min) * (BOTTOM - TOP));
            points.add(new Point(x, y, day.format(times.get(i)), number(values.get(i))));
            line.append(i == 0 ? "" : " ").append(x).append(',').append(y);
        }
        List<Marker> markers = new ArrayList<>();
        for (Intervention iv : interventions) {
            String label = iv.label() == null ? "" : iv.label();
            if (iv.started() != null && within(iv.started(), first, last)) {
                markers.add(new Marker(x(iv.started().getEpochSecond(), first, last), true, day.format(iv.started()), label));
            }
            if (iv.ended() != null && within(iv.ended(), first, last)) {
                markers.add(new Marker(x(iv.ended().getEpochSecond(), first, last), false, day.format(iv.ended()), label));
            }
        }
        return new Chart("chart-" + domain.code(), domain, points, markers, line.toString(), number(min), number(max));
    }

    private static boolean within(Instant t, long first, long last) {
        return first < last && t.getEpochSecond() >= first && t.getEpochSecond() <= last;
    }

    private static int x(long t, long first, long last) {
        if (last <= first) {
            return (LEFT + RIGHT) / 2;
        }
        return (int) Math.round(LEFT + (double) (t - first) / (last - first) * (RIGHT - LEFT));
    }

    static String number(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
