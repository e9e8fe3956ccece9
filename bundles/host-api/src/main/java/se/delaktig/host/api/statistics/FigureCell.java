package se.delaktig.host.api.statistics;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One cell of a figure table. A suppressed cell has no value: it was built from too few children
 * (or could be recovered from other cells) and must be shown as suppressed, e.g. "..".
 *
 * @param value      the figure, or {@code null} when suppressed or not applicable
 * @param suppressed whether disclosure control withheld the value
 */
public record FigureCell(BigDecimal value, boolean suppressed) {
    /** Rejects a suppressed cell that still carries a value. */
    public FigureCell {
        if (suppressed && value != null) {
            throw new IllegalArgumentException("a suppressed cell must not carry a value");
        }
    }

    /** @param value a figure @return a published cell */
    public static FigureCell of(BigDecimal value) {
        return new FigureCell(value, false);
    }

    /** @param count a count @return a published cell */
    public static FigureCell of(long count) {
        return new FigureCell(BigDecimal.valueOf(count), false);
    }

    /** @return a suppressed cell */
    public static FigureCell suppressedCell() {
        return new FigureCell(null, true);
    }

    /** @return a cell with nothing to show (no data), not suppressed */
    public static FigureCell empty() {
        return new FigureCell(null, false);
    }

    /** @return the value when published */
    public Optional<BigDecimal> published() {
        return Optional.ofNullable(value);
    }
}
