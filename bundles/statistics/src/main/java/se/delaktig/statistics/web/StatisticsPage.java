package se.delaktig.statistics.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import se.delaktig.api.questionnaire.QuestionnaireCatalog;
import se.delaktig.host.api.CaseDirectory;
import se.delaktig.host.api.Staff;
import se.delaktig.host.api.StaffContext;
import se.delaktig.host.api.StaffRole;
import se.delaktig.host.api.Unit;
import se.delaktig.host.api.codes.AgeBand;
import se.delaktig.host.api.codes.Gender;
import se.delaktig.statistics.component.StatisticsService;
import se.delaktig.statistics.figures.FigureSelection;
import se.delaktig.statistics.figures.Filter;
import se.delaktig.statistics.figures.QuestionTexts;
import se.delaktig.statistics.figures.ShownTable;
import se.delaktig.statistics.host.PluginFigures;
import se.delaktig.statistics.pool.PooledFiles;
import se.delaktig.web.api.DelaktigApplications;
import se.delaktig.web.api.StaffAccess;
import se.delaktig.web.api.WebError;
import se.delaktig.web.render.HtmlRenderer;
import se.delaktig.web.render.Messages;

/**
 * The statistics page for managers ({@code GET /delaktig/api/statistics}): the published figures
 * with accessible SVG charts and their tables, the host's filter, and a CSV download of each table
 * ({@code GET /delaktig/api/statistics/table.csv?id=...}). For whom the host lets see statistics.
 */
@Component(service = StatisticsPage.class)
@JakartarsResource
@JakartarsApplicationSelect(DelaktigApplications.SELECT_API)
@Path("statistics")
public class StatisticsPage {
    static final String BASE = "/delaktig/api/statistics";

    private final StaffAccess access;
    private final StaffContext staffContext;
    private final CaseDirectory cases;
    private final StatisticsService statistics;
    private final PooledFiles pool;
    private final Clock clock;
    private final HtmlRenderer renderer = HtmlRenderer.create(StatisticsPage.class.getClassLoader(),
            "se/delaktig/statistics/templates");
    private final Stylesheet stylesheet = Stylesheet.load();

    /** Question and option texts for the answer tables' titles and headings, when the catalog is there. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile QuestionnaireCatalog catalog;

    /** Started by DS. */
    @Activate
    public StatisticsPage(@Reference StaffAccess access, @Reference StaffContext staffContext,
                          @Reference CaseDirectory cases, @Reference StatisticsService statistics,
                          @Reference PooledFiles pool) {
        this(access, staffContext, cases, statistics, pool, Clock.systemUTC());
    }

    StatisticsPage(StaffAccess access, StaffContext staffContext, CaseDirectory cases, StatisticsService statistics,
                   PooledFiles pool, Clock clock) {
        this.access = access;
        this.staffContext = staffContext;
        this.cases = cases;
        this.statistics = statistics;
        this.pool = pool;
        this.clock = clock;
    }

    /** The page. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public String page(@QueryParam("unit") String unit, @QueryParam("from") String from, @QueryParam("to") String to,
                       @QueryParam("gender") String gender, @QueryParam("age") String age,
                       @QueryParam("lang") String lang, @Context HttpServletRequest request) {
        Staff staff = access.requireStaff(request);
        Messages t = texts(lang, request);
        Filter filter = allowed(staff, FilterParams.parse(unit, from, to, gender, age, clock));
        FigureSelection selection = selection(staff, t);
        List<ShownTable> shown = selection.select(filter, true);
        List<Map<String, Object>> tables = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            tables.add(tableModel(shown.get(i), "t" + (i + 1), t, filter));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("t", t);
        model.put("lang", t.language());
        String other = "sv".equals(t.language()) ? "en" : "sv";
        model.put("otherLang", other);
        model.put("otherLanguage", BASE + "?" + query(filter, other));
        model.put("css", stylesheet.url());
        model.put("base", BASE);
        model.put("units", unitOptions(staff, filter, t));
        model.put("from", filter.from().toString());
        model.put("to", filter.to().toString());
        List<Map<String, Object>> genders = new ArrayList<>(List.of(option("", t.get("page.all"), filter.gender() == null)));
        for (Gender g : Gender.values()) {
            genders.add(option(g.code(), t.get("gender." + g.code()), g == filter.gender()));
        }
        model.put("genders", genders);
        List<Map<String, Object>> ages = new ArrayList<>(List.of(option("", t.get("page.all"), filter.ageBand() == null)));
        for (AgeBand a : AgeBand.values()) {
            ages.add(option(a.code(), t.get("age", a.code().replace("-", "–")), a == filter.ageBand()));
        }
        model.put("ages", ages);
        model.put("snapshot", selection.methodNote());
        model.put("tables", tables);
        model.put("mayExport", ExchangeResource.mayExport(staffContext, staff));
        model.put("exportJson", ExchangeResource.BASE + "/export.json");
        model.put("exportCsv", ExchangeResource.BASE + "/export.csv");
        return renderer.render("page.vm", model).html();
    }

    /** One table as CSV, with the same filter as the page. */
    @GET
    @Path("table.csv")
    @Produces("text/csv;charset=utf-8")
    public Response csv(@QueryParam("id") String id, @QueryParam("unit") String unit, @QueryParam("from") String from,
                        @QueryParam("to") String to, @QueryParam("gender") String gender, @QueryParam("age") String age,
                        @QueryParam("lang") String lang, @Context HttpServletRequest request) {
        Staff staff = access.requireStaff(request);
        Messages t = texts(lang, request);
        Filter filter = allowed(staff, FilterParams.parse(unit, from, to, gender, age, clock));
        ShownTable table = selection(staff, t).select(filter, true).stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new WebError(404, "not_found", null));
        String file = table.id().replaceAll("[^A-Za-z0-9._-]+", "_") + ".csv";
        return Response.ok(TableCsv.write(table, t))
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    private FigureSelection selection(Staff staff, Messages t) {
        Function<String, String> names = PluginFigures.unitNames(cases);
        QuestionTexts questions = CatalogTexts.of(catalog);
        return new FigureSelection(statistics.snapshot(), pool.pool(), names,
                u -> staffContext.maySeeStatistics(staff, u), t, questions);
    }

    /** The asked filter when allowed; without a unit, the first visible unit when the municipality is not. */
    private Filter allowed(Staff staff, Filter filter) {
        if (staffContext.maySeeStatistics(staff, filter.unitId())) {
            return filter;
        }
        if (filter.unitId() == null) {
            for (Unit unit : cases.units()) {
                if (staffContext.maySeeStatistics(staff, unit.id())) {
                    return new Filter(unit.id(), filter.from(), filter.to(), filter.gender(), filter.ageBand());
                }
            }
        }
        throw new WebError(403, "forbidden", null);
    }

    private List<Map<String, Object>> unitOptions(Staff staff, Filter filter, Messages t) {
        List<Map<String, Object>> options = new ArrayList<>();
        if (staffContext.maySeeStatistics(staff, null)) {
            options.add(option("", t.get("page.allUnits"), filter.unitId() == null));
        }
        for (Unit unit : cases.units()) {
            if (staffContext.maySeeStatistics(staff, unit.id())) {
                options.add(option(unit.id(), unit.name(), unit.id().equals(filter.unitId())));
            }
        }
        return options;
    }

    private Map<String, Object> tableModel(ShownTable table, String htmlId, Messages t, Filter filter) {
        Map<String, Object> chart = new LinkedHashMap<>(Chart.of(table, t.get("page.suppressed")));
        chart.put("chartId", htmlId + "-chart");
        chart.put("title", t.get("page.chart", table.title()));
        chart.put("desc", t.get("page.chartDesc", table.title()));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("headingId", htmlId);
        model.put("title", table.title());
        model.put("chart", renderer.render("chart.vm", chart));
        model.put("legend", chart.get("series"));
        model.put("columns", table.columnHeadings());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int r = 0; r < table.rowHeadings().size(); r++) {
            rows.add(Map.of("heading", table.rowHeadings().get(r), "cells", TableCsv.cells(table.cells().get(r))));
        }
        model.put("rows", rows);
        model.put("notes", String.join(" ", table.notes()));
        model.put("csv", BASE + "/table.csv?id=" + encode(table.id()) + "&" + query(filter, t.language()));
        return model;
    }

    private static Map<String, Object> option(String code, String label, boolean selected) {
        return Map.of("id", code, "code", code, "name", label, "label", label, "selected", selected);
    }

    private static String query(Filter filter, String lang) {
        return "unit=" + encode(filter.unitId() == null ? "" : filter.unitId()) + "&from=" + filter.from() + "&to="
                + filter.to() + "&gender=" + (filter.gender() == null ? "" : filter.gender().code()) + "&age="
                + (filter.ageBand() == null ? "" : filter.ageBand().code()) + "&lang=" + lang;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static Messages texts(String lang, HttpServletRequest request) {
        if (lang != null && PluginFigures.texts().languages().contains(lang)) {
            return PluginFigures.texts().messages(lang);
        }
        List<Locale> preferred = request == null ? List.of() : Collections.list(request.getLocales());
        return PluginFigures.texts().best(preferred, "sv");
    }

    /** @return whether the person holds a role (for the export rule) */
    static boolean has(Staff staff, StaffRole role) {
        return staff.roles().contains(role);
    }
}
