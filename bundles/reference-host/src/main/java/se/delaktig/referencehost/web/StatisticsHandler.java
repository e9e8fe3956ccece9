package se.delaktig.referencehost.web;

import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.delaktig.host.api.CaseDirectory;
import se.delaktig.host.api.Staff;
import se.delaktig.host.api.StaffRole;
import se.delaktig.host.api.Unit;
import se.delaktig.host.api.codes.AgeBand;
import se.delaktig.host.api.codes.Gender;
import se.delaktig.host.api.statistics.FigureTable;
import se.delaktig.host.api.statistics.StatisticsContributor;
import se.delaktig.host.api.statistics.StatisticsQuery;
import se.delaktig.referencehost.Whiteboard;
import se.delaktig.referencehost.auth.StaffService;
import se.delaktig.referencehost.stats.HostFigures;
import se.delaktig.referencehost.view.TableView;

/** The statistics page: a filter, the host's own figures, then every contributor's tables. */
final class StatisticsHandler {
    private final StaffService staff;
    private final CaseDirectory directory;
    private final HostFigures figures;
    private final Renderer renderer;
    private final Isolation isolation;
    private final Whiteboard<StatisticsContributor> contributors;

    StatisticsHandler(StaffService staff, CaseDirectory directory, HostFigures figures, Renderer renderer,
                      Isolation isolation, Whiteboard<StatisticsContributor> contributors) {
        this.staff = staff;
        this.directory = directory;
        this.figures = figures;
        this.renderer = renderer;
        this.isolation = isolation;
        this.contributors = contributors;
    }

    void show(Page page) throws IOException, HttpError, SQLException {
        Staff me = page.staffWith(StaffRole.MANAGER);
        List<Unit> visible = directory.units().stream().filter(u -> staff.maySeeStatistics(me, u.id())).toList();
        String unit = page.query("unit");
        if (!unit.isEmpty() && directory.units().stream().noneMatch(u -> u.id().equals(unit))) {
            throw HttpError.badRequest("error.unknownUnit");
        }
        if (!staff.maySeeStatistics(me, unit.isEmpty() ? null : unit)) {
            throw HttpError.forbidden();
        }
        LocalDate today = LocalDate.now();
        LocalDate from = date(page.query("from"), today.withDayOfYear(1));
        LocalDate to = date(page.query("to"), today);
        if (to.isBefore(from)) {
            throw HttpError.badRequest("error.badPeriod");
        }
        String genderCode = page.query("gender");
        String bandCode = page.query("age");
        Gender gender = genderCode.isEmpty() ? null
                : Gender.ofCode(genderCode).orElseThrow(() -> HttpError.badRequest("error.form"));
        AgeBand band = bandCode.isEmpty() ? null
                : AgeBand.ofCode(bandCode).orElseThrow(() -> HttpError.badRequest("error.form"));
        StatisticsQuery query = new StatisticsQuery(me, unit.isEmpty() ? null : unit, from, to, gender, band,
                page.msg.locale());
        List<Unit> rowUnits = unit.isEmpty() ? visible : visible.stream().filter(u -> u.id().equals(unit)).toList();

        List<TableView> own = figures.tables(query, rowUnits, page.msg).stream().map(TableView::of).toList();
        List<TableView> contributed = new ArrayList<>();
        int failed = 0;
        List<Isolation.Call<List<FigureTable>>> calls = new ArrayList<>();
        for (StatisticsContributor contributor : contributors.ordered()) {
            calls.add(new Isolation.Call<>(contributor.getClass().getName(), () -> contributor.figures(query)));
        }
        for (Optional<List<FigureTable>> result : isolation.runAll(calls)) {
            if (result.isEmpty()) {
                failed++;
            } else {
                result.get().forEach(t -> contributed.add(TableView.of(t)));
            }
        }
        Map<String, Object> model = new HashMap<>();
        model.put("units", visible);
        model.put("unit", unit);
        model.put("from", from.toString());
        model.put("to", to.toString());
        model.put("gender", genderCode);
        model.put("age", bandCode);
        model.put("genders", List.of(Gender.values()));
        model.put("ageBands", List.of(AgeBand.values()));
        model.put("ownTables", own);
        model.put("tables", contributed);
        model.put("failedContributors", failed);
        renderer.page(page, 200, "statistics.vm", page.msg.get("stats.title"), model, List.of());
    }

    private static LocalDate date(String value, LocalDate fallback) throws HttpError {
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw HttpError.badRequest("error.badDate");
        }
    }
}
