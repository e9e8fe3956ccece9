package se.delaktig.statistics.figures;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import se.delaktig.host.api.statistics.FigureCell;
import se.delaktig.statistics.aggregate.PeriodBucket;
import se.delaktig.statistics.publish.Publication;
import se.delaktig.statistics.publish.PublishedSnapshot;
import se.delaktig.statistics.publish.PublishedTable;
import se.delaktig.statistics.publish.TableKind;
import se.delaktig.statistics.publish.Window;
import se.delaktig.web.render.Messages;

/**
 * Answers a filter from the published snapshot by <em>selecting</em> rows and columns of the
 * published tables, never by computing a figure: every cell shown is a cell of a published table,
 * with its suppression. A filter the tables cannot honour (a crossing that is not published) gets
 * the nearest published table and a note saying so.
 */
public final class FigureSelection {
    private static final Set<TableKind> BY_GENDER = Set.of(TableKind.UNIT_BY_GENDER, TableKind.GENDER_BY_AGE_BAND);
    private static final Set<TableKind> BY_AGE = Set.of(TableKind.UNIT_BY_AGE_BAND, TableKind.GENDER_BY_AGE_BAND);
    private static final List<TableKind> POOLED = List.of(TableKind.UNIT_BY_GENDER, TableKind.UNIT_BY_AGE_BAND,
            TableKind.RESPONSE_RATE);

    private final PublishedSnapshot snapshot;
    private final Pool pool;
    private final Headings headings;
    private final Predicate<String> maySee;
    private final Messages t;

    /**
     * @param snapshot  the published snapshot
     * @param pool      the pooled total (possibly empty)
     * @param unitNames unit id to the host's name
     * @param maySee    whether the person may see a unit's figures ({@code null} = the whole municipality)
     * @param t         texts in the person's language
     */
    public FigureSelection(PublishedSnapshot snapshot, Pool pool, Function<String, String> unitNames,
                           Predicate<String> maySee, Messages t) {
        this(snapshot, pool, unitNames, maySee, t, QuestionTexts.NONE);
    }

    /**
     * @param snapshot  the published snapshot
     * @param pool      the pooled total (possibly empty)
     * @param unitNames unit id to the host's name
     * @param maySee    whether the person may see a unit's figures ({@code null} = the whole municipality)
     * @param t         texts in the person's language
     * @param questions question texts for the answer tables' titles
     */
    public FigureSelection(PublishedSnapshot snapshot, Pool pool, Function<String, String> unitNames,
                           Predicate<String> maySee, Messages t, QuestionTexts questions) {
        this.snapshot = snapshot;
        this.pool = pool;
        this.headings = new Headings(t, unitNames, pool, questions);
        this.maySee = oncePerUnit(maySee);
        this.t = t;
    }

    /** Asks the host once per unit for this selection (one request); nothing is kept beyond it. */
    private static Predicate<String> oncePerUnit(Predicate<String> maySee) {
        Map<String, Boolean> answers = new java.util.HashMap<>();
        String municipality = "\u0000municipality";
        return unit -> answers.computeIfAbsent(unit == null ? municipality : unit, u -> maySee.test(unit));
    }

    /** @return the closing note of every table: k and the snapshot time */
    public String methodNote() {
        return t.get("note.method", Integer.toString(snapshot.k()), Headings.time(snapshot.takenAt()));
    }

    /**
     * @param filter         what was asked
     * @param includeAnswers whether to include the per-question answer tables (the manager page does)
     * @return the selected tables, window by window
     */
    public List<ShownTable> select(Filter filter, boolean includeAnswers) {
        List<ShownTable> shown = new ArrayList<>();
        for (Publication publication : snapshot.within(filter.from(), filter.to())) {
            for (PublishedTable table : publication.tables()) {
                if (table.kind() == TableKind.UNIT_BY_ANSWER && !includeAnswers) {
                    continue;
                }
                select(table, publication.window(), filter).ifPresent(shown::add);
            }
            compare(publication, filter).ifPresent(shown::add);
            for (TableKind kind : POOLED) {
                pooled(kind, publication.window(), filter).ifPresent(shown::add);
            }
        }
        return shown;
    }

    private java.util.Optional<ShownTable> select(PublishedTable table, Window window, Filter filter) {
        List<String> rows;
        List<String> columns;
        List<String> notes = new ArrayList<>();
        if (table.kind() == TableKind.GENDER_BY_AGE_BAND) {
            if (!maySee.test(null)) {
                return java.util.Optional.empty();
            }
            rows = pick(table.rows(), filter.gender() == null ? null : filter.gender().code());
            columns = pick(table.columns(), filter.ageBand() == null ? null : filter.ageBand().code());
            if (filter.unitId() != null) {
                notes.add(t.get("note.municipalityOnly"));
            }
        } else {
            rows = unitRows(table.rows(), filter.unitId());
            columns = switch (table.kind()) {
                case UNIT_BY_GENDER -> pick(table.columns(), filter.gender() == null ? null : filter.gender().code());
                case UNIT_BY_AGE_BAND -> pick(table.columns(), filter.ageBand() == null ? null : filter.ageBand().code());
                case UNIT_BY_PERIOD -> periodColumns(table.columns(), window, filter);
                case UNIT_BY_ANSWER -> headings.ordered(table, table.columns());
                default -> table.columns();
            };
        }
        if (rows.isEmpty()) {
            return java.util.Optional.empty();
        }
        if (filter.gender() != null && !BY_GENDER.contains(table.kind())) {
            notes.add(t.get("note.notByGender"));
        }
        if (filter.ageBand() != null && !BY_AGE.contains(table.kind())) {
            notes.add(t.get("note.notByAgeBand"));
        }
        if (filter.unitId() != null && filter.gender() != null && filter.ageBand() != null
                && (table.kind() == TableKind.UNIT_BY_GENDER || table.kind() == TableKind.UNIT_BY_AGE_BAND)) {
            notes.add(t.get("note.noCrossing"));
        }
        periodNote(window, filter, table.kind() == TableKind.UNIT_BY_PERIOD).ifPresent(notes::add);
        return java.util.Optional.of(cut(table.id() + "@" + window.code(), headings.title(table, window), table, rows,
                columns, notes, table.kind() == TableKind.DOMAIN_INDEX));
    }

    /** Each unit against the municipality: one row per unit and the municipality, cells of published tables. */
    private java.util.Optional<ShownTable> compare(Publication publication, Filter filter) {
        PublishedTable children = publication.table(TableKind.UNIT_BY_GENDER.code()).orElse(null);
        if (children == null || !maySee.test(null)) {
            return java.util.Optional.empty();
        }
        List<String> rows = unitRows(children.rows(), filter.unitId());
        if (rows.size() < 2) {
            return java.util.Optional.empty();
        }
        List<String> columnCodes = new ArrayList<>(List.of("children"));
        List<PublishedTable> sources = new ArrayList<>(List.of(children));
        List<String> sourceColumns = new ArrayList<>(List.of(PublishedTable.TOTAL));
        publication.table(TableKind.RESPONSE_RATE.code()).filter(r -> r.columns().contains("rate-percent")).ifPresent(r -> {
            columnCodes.add("rate-percent");
            sources.add(r);
            sourceColumns.add("rate-percent");
        });
        publication.table(TableKind.DOMAIN_INDEX.code()).ifPresent(d -> d.columns().stream()
                .filter(c -> !PublishedTable.TOTAL.equals(c)).forEach(c -> {
                    columnCodes.add("domain:" + c);
                    sources.add(d);
                    sourceColumns.add(c);
                }));
        List<List<FigureCell>> cells = new ArrayList<>();
        for (String row : rows) {
            List<FigureCell> line = new ArrayList<>();
            for (int c = 0; c < sources.size(); c++) {
                PublishedTable source = sources.get(c);
                line.add(source.rows().contains(row) ? source.cell(row, sourceColumns.get(c)) : FigureCell.empty());
            }
            cells.add(line);
        }
        List<String> notes = new ArrayList<>(List.of(t.get("note.compare")));
        periodNote(publication.window(), filter, false).ifPresent(notes::add);
        return java.util.Optional.of(new ShownTable("compare@" + publication.window().code(),
                t.get("title.compare", Headings.window(publication.window())), rows,
                rows.stream().map(headings::unitRow).toList(), columnCodes,
                columnCodes.stream().map(headings::compareColumn).toList(), cells, notes, false));
    }

    /** The municipality against the pooled total of the imported files, for one published kind. */
    private java.util.Optional<ShownTable> pooled(TableKind kind, Window window, Filter filter) {
        if (!maySee.test(null) || pool.others() == 0) {
            return java.util.Optional.empty();
        }
        PublishedTable table = pool.tables(window.code()).stream().filter(p -> p.kind() == kind).findFirst().orElse(null);
        if (table == null || !table.rows().contains(pool.ownId())) {
            return java.util.Optional.empty();
        }
        List<String> columns = switch (kind) {
            case UNIT_BY_GENDER -> pick(table.columns(), filter.gender() == null ? null : filter.gender().code());
            case UNIT_BY_AGE_BAND -> pick(table.columns(), filter.ageBand() == null ? null : filter.ageBand().code());
            default -> table.columns();
        };
        List<String> notes = new ArrayList<>(List.of(t.get("note.pooled", Integer.toString(pool.others() + 1))));
        if (filter.gender() != null && kind != TableKind.UNIT_BY_GENDER) {
            notes.add(t.get("note.notByGender"));
        }
        if (filter.ageBand() != null && kind != TableKind.UNIT_BY_AGE_BAND) {
            notes.add(t.get("note.notByAgeBand"));
        }
        periodNote(window, filter, false).ifPresent(notes::add);
        List<String> rows = List.of(pool.ownId(), PublishedTable.TOTAL);
        return java.util.Optional.of(new ShownTable(kind.code() + "@" + window.code() + ":pooled",
                t.get("title.pooled." + kind.code(), Headings.window(window)), rows,
                List.of(pool.ownName(), t.get("row.pooled", Integer.toString(pool.others() + 1))), columns,
                columns.stream().map(c -> headings.column(kind, c)).toList(),
                rows.stream().map(r -> columns.stream().map(c -> table.cell(r, c)).toList()).toList(), notes, false));
    }

    private ShownTable cut(String id, String title, PublishedTable table, List<String> rows, List<String> columns,
                           List<String> notes, boolean mean) {
        List<List<FigureCell>> cells = rows.stream().map(r -> columns.stream().map(c -> table.cell(r, c)).toList()).toList();
        List<String> rowHeadings = rows.stream().map(r -> headings.row(table.kind(), r)).toList();
        List<String> columnHeadings = columns.stream().map(c -> headings.column(table, c)).toList();
        return new ShownTable(id, title, rows, rowHeadings, columns, columnHeadings, cells, notes, mean);
    }

    /** Unit rows the person may see (one unit when asked), then the municipality when they may see it. */
    private List<String> unitRows(List<String> rows, String unitId) {
        List<String> kept = new ArrayList<>();
        for (String row : rows) {
            boolean keep = PublishedTable.TOTAL.equals(row) ? maySee.test(null)
                    : (unitId == null || unitId.equals(row)) && maySee.test(row);
            if (keep) {
                kept.add(row);
            }
        }
        return kept.stream().allMatch(PublishedTable.TOTAL::equals) && unitId != null ? List.of() : kept;
    }

    /** All codes, or the asked one and the total (when the table has them). */
    private static List<String> pick(List<String> codes, String asked) {
        if (asked == null) {
            return codes;
        }
        return codes.stream().filter(c -> c.equals(asked) || PublishedTable.TOTAL.equals(c)).toList();
    }

    private static List<String> periodColumns(List<String> columns, Window window, Filter filter) {
        YearMonth from = YearMonth.from(filter.from());
        YearMonth to = YearMonth.from(filter.to());
        List<String> inside = new ArrayList<>();
        Map<String, PeriodBucket> buckets = new java.util.HashMap<>();
        window.buckets().forEach(b -> buckets.put(b.code(), b));
        for (String column : columns) {
            PeriodBucket bucket = buckets.get(column);
            if (bucket == null || (!bucket.last().isBefore(from) && !bucket.first().isAfter(to))) {
                inside.add(column);
            }
        }
        return inside;
    }

    private java.util.Optional<String> periodNote(Window window, Filter filter, boolean periodTable) {
        if (!filter.from().isAfter(window.from().atDay(1)) && !filter.to().isBefore(window.to().atEndOfMonth())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(t.get(periodTable ? "note.periodColumns" : "note.window",
                window.from().toString(), window.to().toString()));
    }
}
