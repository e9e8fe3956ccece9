package se.delaktig.caseworker.internal.result;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import se.delaktig.api.questionnaire.Domain;

/**
 * The numbers of one domain's chart over time: geometry only (no markup), so that the template
 * escapes every text and the tests can check the numbers. A point is the mean value of the
 * domain's answered options in one response; declined answers do not count.
 *
 * The time axis spans the responses and every start and end of the case's interventions, so that
 * each intervention is marked even with a single response, or before the first or after the last.
 *
 * @param id       a DOM id prefix, unique on the page
 * @param domain   the domain
 * @param byChild  whether it charts the child's answers (else the caseworker's follow-up forms)
 * @param points   one per response with a value, oldest first
 * @param markers  every intervention start and end, oldest first
 * @param polyline the line through the points, as SVG {@code points}
 * @param minLabel the lowest value on the axis, formatted
 * @param maxLabel the highest value on the axis, formatted
 */
public record Chart(String id, Domain domain, boolean byChild, List<Point> points, List<Marker> markers, String polyline,
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

    /** @return the key of the texts that differ between the child's charts and the follow-up form's */
    public String textKey() {
        return byChild ? "chart" : "chart.form";
    }

    /**
     * @param domain        the domain
     * @param responses     the responses, oldest first, all the child's or all follow-up forms
     * @param byChild       whether they are the child's
     * @param interventions the case's interventions
     * @param zone          the time zone of the dates shown
     * @return the chart
     */
    public static Chart of(Domain domain, List<ResponseResult> responses, boolean byChild,
            List<Intervention> interventions, ZoneId zone) {
        String id = (byChild ? "chart-" : "form-") + domain.code();
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
            return new Chart(id, domain, byChild, List.of(), List.of(), "", "", "");
        }
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        if (max - min < 1e-9) {
            min -= 1;
            max += 1;
        }
        List<Instant> span = new ArrayList<>(times);
        for (Intervention iv : interventions) {
            span.add(iv.started());
            span.add(iv.ended());
        }
        span.removeIf(Objects::isNull);
        long first = span.stream().mapToLong(Instant::getEpochSecond).min().orElseThrow();
        long last = span.stream().mapToLong(Instant::getEpochSecond).max().orElseThrow();
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
            if (iv.started() != null) {
                markers.add(new Marker(x(iv.started().getEpochSecond(), first, last), true, day.format(iv.started()), label));
            }
            if (iv.ended() != null) {
                markers.add(new Marker(x(iv.ended().getEpochSecond(), first, last), false, day.format(iv.ended()), label));
            }
        }
        markers.sort(Comparator.comparingInt(Marker::x));
        return new Chart(id, domain, byChild, points, markers, line.toString(), number(min), number(max));
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
