package se.delaktig.referencehost.cases;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.delaktig.host.api.CaseDirectory;
import se.delaktig.host.api.CaseEntry;
import se.delaktig.host.api.CaseFacts;
import se.delaktig.host.api.CaseRecord;
import se.delaktig.host.api.HostException;
import se.delaktig.host.api.HostLinks;
import se.delaktig.host.api.Unit;
import se.delaktig.host.api.codes.Gender;
import se.delaktig.referencehost.db.HostDatabase;

/** The host's cases as the plugin sees them: facts, ages, units, the case record and links. */
@Component(service = {CaseDirectory.class, CaseRecord.class, HostLinks.class})
public class CaseService implements CaseDirectory, CaseRecord, HostLinks {
    private static final Logger LOG = LoggerFactory.getLogger(CaseService.class);
    private static final int MAX_TITLE = 300;

    private final HostDatabase db;

    @Activate
    public CaseService(@Reference HostDatabase db) {
        this.db = db;
    }

    @Override
    public Optional<CaseFacts> find(String caseId) {
        if (caseId == null) {
            return Optional.empty();
        }
        try {
            return db.withConnection(c -> {
                try (PreparedStatement q = c.prepareStatement(
                        "SELECT unit_id, gender, protected_identity, is_open FROM cases WHERE id = ?")) {
                    q.setString(1, caseId);
                    try (ResultSet rs = q.executeQuery()) {
                        return rs.next()
                                ? Optional.of(new CaseFacts(caseId, rs.getString(1),
                                        Gender.ofCode(rs.getString(2)).orElse(Gender.UNKNOWN), rs.getBoolean(3), rs.getBoolean(4)))
                                : Optional.empty();
                    }
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException("case directory unavailable", e);
        }
    }

    @Override
    public OptionalInt ageOn(String caseId, LocalDate date) {
        try {
            return db.withConnection(c -> {
                try (PreparedStatement q = c.prepareStatement("SELECT birth_date FROM cases WHERE id = ?")) {
                    q.setString(1, caseId);
                    try (ResultSet rs = q.executeQuery()) {
                        if (!rs.next() || rs.getDate(1) == null) {
                            return OptionalInt.empty();
                        }
                        return OptionalInt.of(Period.between(rs.getDate(1).toLocalDate(), date).getYears());
                    }
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException("case directory unavailable", e);
        }
    }

    @Override
    public List<Unit> units() {
        try {
            return db.withConnection(c -> {
                List<Unit> units = new ArrayList<>();
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT id, name FROM units ORDER BY sort_order, name")) {
                    while (rs.next()) {
                        units.add(new Unit(rs.getString(1), rs.getString(2)));
                    }
                }
                return units;
            });
        } catch (SQLException e) {
            throw new IllegalStateException("case directory unavailable", e);
        }
    }

    /** Idempotent per (case, sourceId): a repeated filing returns the first entry's id. */
    @Override
    public String file(String caseId, CaseEntry entry) throws HostException {
        if (caseId == null || entry == null) {
            throw new HostException("case id and entry are required");
        }
        String id;
        try {
            id = db.inTransaction(c -> {
                try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM cases WHERE id = ?")) {
                    exists.setString(1, caseId);
                    try (ResultSet rs = exists.executeQuery()) {
                        if (!rs.next()) {
                            return null;
                        }
                    }
                }
                try (PreparedStatement merge = c.prepareStatement("INSERT INTO case_entries (case_id, source_id, title,"
                        + " body, author, created_at) SELECT ?, ?, ?, ?, ?, ?"
                        + " WHERE NOT EXISTS (SELECT 1 FROM case_entries WHERE case_id = ? AND source_id = ?)")) {
                    merge.setString(1, caseId);
                    merge.setString(2, entry.sourceId());
                    merge.setString(3, truncate(entry.title()));
                    merge.setString(4, entry.text());
                    merge.setString(5, entry.author());
                    merge.setTimestamp(6, Timestamp.from(entry.createdAt()));
                    merge.setString(7, caseId);
                    merge.setString(8, entry.sourceId());
                    merge.executeUpdate();
                }
                try (PreparedStatement q = c.prepareStatement(
                        "SELECT id FROM case_entries WHERE case_id = ? AND source_id = ?")) {
                    q.setString(1, caseId);
                    q.setString(2, entry.sourceId());
                    try (ResultSet rs = q.executeQuery()) {
                        rs.next();
                        return "entry-" + rs.getLong(1);
                    }
                }
            });
        } catch (SQLException e) {
            LOG.warn("Could not file an entry on a case record", e);
            throw new HostException("the case record cannot store the entry now", e);
        }
        if (id == null) {
            throw new HostException("unknown case");
        }
        return id;
    }

    @Override
    public String returnUrl(String caseId) {
        return "/host/cases/" + URLEncoder.encode(caseId, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String truncate(String title) {
        return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE);
    }
}
