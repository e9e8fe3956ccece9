package se.delaktig.statistics.host;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import se.delaktig.host.api.CaseDirectory;
import se.delaktig.host.api.StaffContext;
import se.delaktig.host.api.Unit;
import se.delaktig.host.api.statistics.FigureTable;
import se.delaktig.host.api.statistics.StatisticsContributor;
import se.delaktig.host.api.statistics.StatisticsQuery;
import se.delaktig.statistics.component.StatisticsService;
import se.delaktig.statistics.figures.FigureSelection;
import se.delaktig.statistics.figures.Filter;
import se.delaktig.statistics.figures.ShownTable;
import se.delaktig.statistics.pool.PooledFiles;
import se.delaktig.web.render.MessageCatalog;
import se.delaktig.web.render.Messages;

/**
 * The plugin's figures on the host's statistics page: the published tables selected by the host's
 * filter, each unit against the municipality, and the municipality against the pooled total. The
 * per-question answer tables and the charts are on the plugin's own manager page.
 */
@Component(service = StatisticsContributor.class, property = "service.ranking:Integer=100")
public final class PluginFigures implements StatisticsContributor {
    /** The manager page, named in every table's note. */
    public static final String PAGE = "/delaktig/api/statistics";
    private static final MessageCatalog TEXTS = MessageCatalog.of(PluginFigures.class.getClassLoader(),
            "se/delaktig/statistics/i18n/statistics");

    private final StatisticsService statistics;
    private final StaffContext staff;
    private final CaseDirectory cases;
    private final PooledFiles pool;

    /** @param statistics snapshots @param staff access @param cases unit names @param pool the pooled total */
    @Activate
    public PluginFigures(@Reference StatisticsService statistics, @Reference StaffContext staff,
                         @Reference CaseDirectory cases, @Reference PooledFiles pool) {
        this.statistics = statistics;
        this.staff = staff;
        this.cases = cases;
        this.pool = pool;
    }

    @Override
    public String id() {
        return "delaktig.statistics";
    }

    @Override
    public List<FigureTable> figures(StatisticsQuery query) {
        if (!staff.maySeeStatistics(query.staff(), query.unitId())) {
            return List.of();
        }
        Messages t = TEXTS.best(List.of(query.locale()), "sv");
        FigureSelection selection = new FigureSelection(statistics.snapshot(), pool.pool(), unitNames(cases),
                unit -> staff.maySeeStatistics(query.staff(), unit), t);
        String note = selection.methodNote() + " " + t.get("note.more", PAGE);
        List<FigureTable> tables = new ArrayList<>();
        for (ShownTable shown : selection.select(Filter.of(query), false)) {
            tables.add(shown.figure(note));
        }
        return tables;
    }

    /** @return the statistics' texts (sv, en) */
    public static MessageCatalog texts() {
        return TEXTS;
    }

    /** @param cases the host @return unit id to the host's name (the id when the host has none) */
    public static Function<String, String> unitNames(CaseDirectory cases) {
        Map<String, String> names = cases.units().stream().collect(Collectors.toMap(Unit::id, Unit::name, (a, b) -> a));
        return id -> names.getOrDefault(id, id);
    }
}
