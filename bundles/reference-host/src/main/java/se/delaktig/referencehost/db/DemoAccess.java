package se.delaktig.referencehost.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's protected access and responsible caseworkers (migration V002): given to a fresh demo
 * database, and to one seeded before V002 so existing demo data keeps working after an upgrade.
 */
final class DemoAccess {
    private static final Logger LOG = LoggerFactory.getLogger(DemoAccess.class);

    private DemoAccess() { }

    /** Applies the demo facts once: only where the demo staff exist and no case has a responsible caseworker. */
    static void upgradeIfMissing(Connection c, List<DemoSeed.DemoStaff> staff) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet demo = s.executeQuery("SELECT COUNT(*) FROM staff WHERE id = 'staff-01' AND username = 'anna'")) {
            demo.next();
            if (demo.getLong(1) == 0) {
                return;
            }
        }
        try (Statement s = c.createStatement(); ResultSet any = s.executeQuery("SELECT COUNT(*) FROM case_assignments")) {
            any.next();
            if (any.getLong(1) > 0) {
                return;
            }
        }
        apply(c, staff);
        LOG.info("Gave the existing demo data its protected access and responsible caseworkers");
    }

    static void apply(Connection c, List<DemoSeed.DemoStaff> staff) throws SQLException {
        try (PreparedStatement u = c.prepareStatement("UPDATE staff SET protected_access = ? WHERE id = ?")) {
            for (DemoSeed.DemoStaff person : staff) {
                u.setBoolean(1, person.protectedAccess());
                u.setString(2, person.id());
                u.executeUpdate();
            }
        }
        assignCases(c);
    }

    /**
     * Each case gets one responsible caseworker of its unit who may see it, every third a second
     * one; deterministic (cases by id, caseworkers by id), so fresh and upgraded demos agree.
     */
    private static void assignCases(Connection c) throws SQLException {
        Map<String, List<String>> all = new HashMap<>();
        Map<String, List<String>> cleared = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT su.unit_id, s.id, s.protected_access"
                + " FROM staff s JOIN staff_units su ON su.staff_id = s.id WHERE s.roles LIKE '%CASEWORKER%' ORDER BY s.id")) {
            while (rs.next()) {
                all.computeIfAbsent(rs.getString(1), u -> new ArrayList<>()).add(rs.getString(2));
                if (rs.getBoolean(3)) {
                    cleared.computeIfAbsent(rs.getString(1), u -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        Map<String, Integer> counters = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, unit_id, protected_identity FROM cases ORDER BY id");
             PreparedStatement ins = c.prepareStatement("INSERT INTO case_assignments (case_id, staff_id) VALUES (?, ?)")) {
            while (rs.next()) {
                List<String> eligible = (rs.getBoolean(3) ? cleared : all).getOrDefault(rs.getString(2), List.of());
                if (eligible.isEmpty()) {
                    continue;
                }
                int k = counters.merge(rs.getString(2), 1, Integer::sum) - 1;
                ins.setString(1, rs.getString(1));
                ins.setString(2, eligible.get(k % eligible.size()));
                ins.executeUpdate();
                if (eligible.size() > 1 && k % 3 == 0) {
                    ins.setString(2, eligible.get((k + 1) % eligible.size()));
                    ins.executeUpdate();
                }
            }
        }
    }
}
