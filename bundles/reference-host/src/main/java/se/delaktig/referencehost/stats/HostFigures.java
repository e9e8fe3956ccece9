package se.delaktig.referencehost.stats;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.delaktig.host.api.Unit;
import se.delaktig.host.api.codes.AgeBand;
import se.delaktig.host.api.codes.Gender;
import se.delaktig.host.api.statistics.FigureCell;
import se.delaktig.host.api.statistics.FigureRow;
import se.delaktig.host.api.statistics.FigureTable;
import se.delaktig.host.api.statistics.StatisticsQuery;
import se.delaktig.referencehost.db.HostDatabase;
import se.delaktig.referencehost.view.Messages;

/**
 * The host's own figures: cases open at some time in the period, per unit, by gender and by age
 * band (age on the period's last day). The host's internal counts are not disclosure-controlled.
 */
public final class HostFigures {
    private record Child(String unitId, Gender gender, Optional<AgeBand> band) { }

    private final HostDatabase db;

    public HostFigures(HostDatabase db) {
        this.db = db;
    }

    /**
     * @param rowUnits the units to show a row for (those the reader may see within the query)
     * @return two tables: by gender and by age band, with a municipality total when the query
     *         has no unit
     */
    public List<FigureTable> tables(StatisticsQuery query, List<Unit> rowUnits, Messages msg) throws SQLException {
        List<Child> children = children(query);
        List<String> genderColumns = new ArrayList<>();
        for (Gender g : Gender.values()) {
            genderColumns.add(msg.get("gender." + g.code()));
        }
        genderColumns.add(msg.get("stats.total"));
        List<String> bandColumns = new ArrayList<>();
        for (AgeBand b : AgeBand.values()) {
            bandColumns.add(msg.format("stats.ageBand", b.code()));
        }
        bandColumns.add(msg.get("stats.otherAges"));
        bandColumns.add(msg.get("stats.total"));

        List<FigureRow> byGender = new ArrayList<>();
        List<FigureRow> byBand = new ArrayList<>();
        for (Unit unit : rowUnits) {
            List<Child> of = children.stream().filter(ch -> ch.unitId().equals(unit.id())).toList();
            byGender.add(new FigureRow(unit.name(), genderCells(of)));
            byBand.add(new FigureRow(unit.name(), bandCells(of)));
        }
        if (query.unitId() == null) {
            byGender.add(new FigureRow(msg.get("stats.municipality"), genderCells(children)));
            byBand.add(new FigureRow(msg.get("stats.municipality"), bandCells(children)));
        }
        String note = msg.format("stats.hostNote", query.to().toString());
        return List.of(
                new FigureTable("host-open-by-gender", msg.get("stats.byGender"), genderColumns, byGender, note),
                new FigureTable("host-open-by-age", msg.get("stats.byAge"), bandColumns, byBand, note));
    }

    private static List<FigureCell> genderCells(List<Child> children) {
        List<FigureCell> cells = new ArrayList<>();
        for (Gender g : Gender.values()) {
            cells.add(FigureCell.of(children.stream().filter(ch -> ch.gender() == g).count()));
        }
        cells.add(FigureCell.of(children.size()));
        return cells;
    }

    private static List<FigureCell> bandCells(List<Child> children) {
        List<FigureCell> cells = new ArrayList<>();
        for (AgeBand b : AgeBand.values()) {
            cells.add(FigureCell.of(children.stream().filter(ch -> ch.band().equals(Optional.of(b))).count()));
        }
        cells.add(FigureCell.of(children.stream().filter(ch -> ch.band().isEmpty()).count()));
        cells.add(FigureCell.of(children.size()));
        return cells;
    }

    private List<Child> children(StatisticsQuery query) throws SQLException {
        LocalDate end = query.to();
        return db.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT unit_id, gender, birth_date FROM cases"
                    + " WHERE opened_on <= ? AND (closed_on IS NULL OR closed_on >= ?)")) {
                q.setDate(1, Date.valueOf(end));
                q.setDate(2, Date.valueOf(query.from()));
                List<Child> out = new ArrayList<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        Gender gender = Gender.ofCode(rs.getString(2)).orElse(Gender.UNKNOWN);
                        Optional<AgeBand> band = rs.getDate(3) == null ? Optional.empty()
                                : AgeBand.ofAge(Period.between(rs.getDate(3).toLocalDate(), end).getYears());
                        Child child = new Child(rs.getString(1), gender, band);
                        if (query.unit().map(child.unitId()::equals).orElse(true)
                                && query.genderFilter().map(g -> g == gender).orElse(true)
                                && query.ageBandFilter().map(b -> band.equals(Optional.of(b))).orElse(true)) {
                            out.add(child);
                        }
                    }
                }
                return out;
            }
        });
    }
}
