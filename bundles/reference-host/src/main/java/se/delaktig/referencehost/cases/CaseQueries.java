package se.delaktig.referencehost.cases;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import se.delaktig.referencehost.db.HostDatabase;

/** Read queries behind the case list and the case page. Access is checked by the caller. */
public final class CaseQueries {
    private static final String SELECT = "SELECT c.id, c.first_name, c.last_name, c.birth_date, c.gender,"
            + " c.protected_identity, c.unit_id, u.name, c.is_open, c.opened_on, c.closed_on"
            + " FROM cases c JOIN units u ON u.id = c.unit_id";

    /** An entry of the case record. */
    public record Entry(String title, String text, String author, Instant createdAt) { }

    /** An intervention; {@code endedAt} null while it goes on. */
    public record Intervention(long id, String label, Instant startedAt, Instant endedAt) {
        public boolean active() {
            return endedAt == null;
        }
    }

    private final HostDatabase db;
    private final Clock clock;

    public CaseQueries(HostDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** A responsible caseworker of a case. */
    public record Responsible(String name, boolean away) { }

    /**
     * The cases of {@code unitIds} that {@code staffId} may see (protected identities only with
     * protected access), newest first. The caller checks that the units are the person's own.
     */
    public List<CaseRow> casesVisibleTo(String staffId, Collection<String> unitIds) throws SQLException {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", unitIds.stream().map(u -> "?").toList());
        return db.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement(SELECT + " WHERE c.unit_id IN (" + marks + ")"
                    + " AND (c.protected_identity = FALSE"
                    + " OR EXISTS (SELECT 1 FROM staff s WHERE s.id = ? AND s.protected_access = TRUE))"
                    + " ORDER BY c.is_open DESC, c.opened_on DESC, c.id")) {
                int i = 1;
                for (String unit : unitIds) {
                    q.setString(i++, unit);
                }
                q.setString(i, staffId);
                List<CaseRow> rows = new ArrayList<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        rows.add(row(rs));
                    }
                }
                return rows;
            }
        });
    }

    public Optional<CaseRow> find(String caseId) throws SQLException {
        return db.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement(SELECT + " WHERE c.id = ?")) {
                q.setString(1, caseId);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.empty();
                }
            }
        });
    }

    /** The case's responsible caseworkers, by name. */
    public List<Responsible> responsible(String caseId) throws SQLException {
        return db.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT s.display_name, s.away FROM case_assignments a"
                    + " JOIN staff s ON s.id = a.staff_id WHERE a.case_id = ? ORDER BY s.display_name")) {
                q.setString(1, caseId);
                List<Responsible> out = new ArrayList<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Responsible(rs.getString(1), rs.getBoolean(2)));
                    }
                }
                return out;
            }
        });
    }

    public List<Entry> entries(String caseId) throws SQLException {
        return db.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT title, body, author, created_at FROM case_entries"
                    + " WHERE case_id = ? ORDER BY created_at DESC, id DESC")) {
                q.setString(1, caseId);
                List<Entry> out = new ArrayList<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Entry(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getTimestamp(4).toInstant()));
                    }
                }
                return out;
            }
        });
    }

    public List<Intervention> interventions(String caseId) throws SQLException {
        return db.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT id, label, started_at, ended_at FROM interventions"
                    + " WHERE case_id = ? ORDER BY started_at DESC, id DESC")) {
                q.setString(1, caseId);
                List<Intervention> out = new ArrayList<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Intervention(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                                rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()));
                    }
                }
                return out;
            }
        });
    }

    private CaseRow row(ResultSet rs) throws SQLException {
        LocalDate birth = rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate();
        int age = birth == null ? -1 : Period.between(birth, LocalDate.now(clock)).getYears();
        return new CaseRow(rs.getString(1), rs.getString(2), rs.getString(3), birth, age, rs.getString(5),
                rs.getBoolean(6), rs.getString(7), rs.getString(8), rs.getBoolean(9),
                rs.getDate(10).toLocalDate(), rs.getDate(11) == null ? null : rs.getDate(11).toLocalDate());
    }
}
