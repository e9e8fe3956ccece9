package se.delaktig.referencehost.cases;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import se.delaktig.host.api.events.CaseEvent;
import se.delaktig.host.api.events.CaseEventType;

/**
 * What a caseworker does to a case: each change and its case event in one transaction. Each
 * method answers empty when there was nothing to change (a repeated click), and throws
 * {@link IllegalArgumentException} for a request that makes no sense (unknown unit or intervention).
 */
public final class CaseActions {
    public static final int MAX_LABEL = 100;
    private final CaseEventService events;
    private final Clock clock;

    public CaseActions(CaseEventService events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    public Optional<CaseEvent> close(String caseId) throws SQLException {
        return setOpen(caseId, false);
    }

    public Optional<CaseEvent> reopen(String caseId) throws SQLException {
        return setOpen(caseId, true);
    }

    private Optional<CaseEvent> setOpen(String caseId, boolean open) throws SQLException {
        Instant now = clock.instant();
        return Optional.ofNullable(events.commit(c -> {
            try (PreparedStatement u = c.prepareStatement(
                    "UPDATE cases SET is_open = ?, closed_on = ? WHERE id = ? AND is_open = ?")) {
                u.setBoolean(1, open);
                u.setDate(2, open ? null : Date.valueOf(LocalDate.ofInstant(now, ZoneId.systemDefault())));
                u.setString(3, caseId);
                u.setBoolean(4, !open);
                if (u.executeUpdate() == 0) {
                    return null;
                }
            }
            return events.append(c, caseId, open ? CaseEventType.REOPENED : CaseEventType.CLOSED,
                    unitOf(c, caseId), null, now);
        }));
    }

    public Optional<CaseEvent> move(String caseId, String unitId) throws SQLException {
        Instant now = clock.instant();
        return Optional.ofNullable(events.commit(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM units WHERE id = ?")) {
                q.setString(1, unitId);
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalArgumentException("unknown unit");
                    }
                }
            }
            try (PreparedStatement u = c.prepareStatement("UPDATE cases SET unit_id = ? WHERE id = ? AND unit_id <> ?")) {
                u.setString(1, unitId);
                u.setString(2, caseId);
                u.setString(3, unitId);
                if (u.executeUpdate() == 0) {
                    return null;
                }
            }
            // the old unit's caseworkers no longer see the case; the new unit's alerts go to all its caseworkers until assigned
            try (PreparedStatement d = c.prepareStatement("DELETE FROM case_assignments WHERE case_id = ?")) {
                d.setString(1, caseId);
                d.executeUpdate();
            }
            return events.append(c, caseId, CaseEventType.MOVED, unitId, null, now);
        }));
    }

    /**
     * Deletes a case under the retention rules (gallring): the case, its record entries, its
     * interventions and its assignments go, and a {@code DELETED} event tells the extensions to
     * erase their copies. The audit log and the case event log keep the case id (the log must, so
     * extensions that were stopped can catch up).
     *
     * @return the event, or empty for a case that does not exist (already deleted)
     */
    public Optional<CaseEvent> delete(String caseId) throws SQLException {
        Instant now = clock.instant();
        return Optional.ofNullable(events.commit(c -> {
            String unit;
            try (PreparedStatement q = c.prepareStatement("SELECT unit_id FROM cases WHERE id = ? FOR UPDATE")) {
                q.setString(1, caseId);
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                    unit = rs.getString(1);
                }
            }
            for (String sql : new String[] {"DELETE FROM case_assignments WHERE case_id = ?",
                    "DELETE FROM interventions WHERE case_id = ?",
                    "DELETE FROM case_entries WHERE case_id = ?", "DELETE FROM cases WHERE id = ?"}) {
                try (PreparedStatement d = c.prepareStatement(sql)) {
                    d.setString(1, caseId);
                    d.executeUpdate();
                }
            }
            return events.append(c, caseId, CaseEventType.DELETED, unit, null, now);
        }));
    }

    public CaseEvent startIntervention(String caseId, String label) throws SQLException {
        String clean = label == null ? "" : label.strip();
        if (clean.isEmpty() || clean.length() > MAX_LABEL) {
            throw new IllegalArgumentException("label required, at most " + MAX_LABEL + " characters");
        }
        Instant now = clock.instant();
        return events.commit(c -> {
            try (PreparedStatement ins = c.prepareStatement(
                    "INSERT INTO interventions (case_id, label, started_at) VALUES (?, ?, ?)")) {
                ins.setString(1, caseId);
                ins.setString(2, clean);
                ins.setTimestamp(3, Timestamp.from(now));
                ins.executeUpdate();
            }
            return events.append(c, caseId, CaseEventType.INTERVENTION_STARTED, unitOf(c, caseId), clean, now);
        });
    }

    public Optional<CaseEvent> endIntervention(String caseId, long interventionId) throws SQLException {
        Instant now = clock.instant();
        return Optional.ofNullable(events.commit(c -> {
            String label;
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT label, ended_at FROM interventions WHERE id = ? AND case_id = ?")) {
                q.setLong(1, interventionId);
                q.setString(2, caseId);
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalArgumentException("unknown intervention");
                    }
                    if (rs.getTimestamp(2) != null) {
                        return null;
                    }
                    label = rs.getString(1);
                }
            }
            try (PreparedStatement u = c.prepareStatement("UPDATE interventions SET ended_at = ? WHERE id = ?")) {
                u.setTimestamp(1, Timestamp.from(now));
                u.setLong(2, interventionId);
                u.executeUpdate();
            }
            return events.append(c, caseId, CaseEventType.INTERVENTION_ENDED, unitOf(c, caseId), label, now);
        }));
    }

    private static String unitOf(Connection c, String caseId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT unit_id FROM cases WHERE id = ?")) {
            q.setString(1, caseId);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("unknown case");
                }
                return rs.getString(1);
            }
        }
    }
}
