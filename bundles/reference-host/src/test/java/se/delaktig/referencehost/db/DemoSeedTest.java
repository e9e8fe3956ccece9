package se.delaktig.referencehost.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.delaktig.referencehost.TestDatabases;

class DemoSeedTest {

    private static long count(HostDatabase db, String sql) throws SQLException {
        return db.withConnection(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void seedsTheDemoMunicipality() throws SQLException {
        HostDatabase db = TestDatabases.fresh(true);
        assertEquals(3, count(db, "SELECT COUNT(*) FROM units"));
        assertEquals(6, count(db, "SELECT COUNT(*) FROM staff"));
        assertEquals(4, count(db, "SELECT COUNT(*) FROM staff WHERE roles = 'CASEWORKER'"));
        assertEquals(1, count(db, "SELECT COUNT(*) FROM staff WHERE roles = 'MANAGER'"));
        assertEquals(1, count(db, "SELECT COUNT(*) FROM staff WHERE roles = 'ADMINISTRATOR'"));
        assertEquals(2, count(db, "SELECT COUNT(*) FROM staff_units WHERE staff_id = 'staff-04'"));
        assertEquals(40, count(db, "SELECT COUNT(*) FROM cases"));
        long protectedCases = count(db, "SELECT COUNT(*) FROM cases WHERE protected_identity");
        assertTrue(protectedCases >= 4 && protectedCases <= 5, "protected: " + protectedCases);
        assertTrue(count(db, "SELECT COUNT(*) FROM cases WHERE NOT is_open") > 0);
        assertTrue(count(db, "SELECT COUNT(*) FROM cases WHERE gender = 'other'") > 0);
        assertTrue(count(db, "SELECT COUNT(*) FROM cases WHERE gender = 'unknown'") > 0);
        assertTrue(count(db, "SELECT COUNT(*) FROM cases WHERE gender = 'girl'") > 0);
        assertTrue(count(db, "SELECT COUNT(*) FROM cases WHERE gender = 'boy'") > 0);
        db.close();
    }

    @Test
    void agesAreFiveToEighteenTodayAndDeterministic() throws SQLException {
        HostDatabase a = TestDatabases.fresh(true);
        HostDatabase b = TestDatabases.fresh(true);
        List<String> first = ids(a);
        assertEquals(first, ids(b));
        Map<Integer, Integer> ages = new HashMap<>();
        a.withConnection(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT birth_date FROM cases")) {
                while (rs.next()) {
                    ages.merge(Period.between(rs.getDate(1).toLocalDate(), LocalDate.now()).getYears(), 1, Integer::sum);
                }
            }
            return null;
        });
        assertTrue(ages.keySet().stream().allMatch(age -> age >= 5 && age <= 18), ages.toString());
        assertEquals(14, ages.size(), "every age 5-18 present");
        a.close();
        b.close();
    }

    @Test
    void everyUnitHasACaseworkerWithProtectedAccessAndEveryCaseResponsibleOnesWhoMaySeeIt() throws SQLException {
        HostDatabase db = TestDatabases.fresh(true);
        assertEquals(3, count(db, "SELECT COUNT(*) FROM staff WHERE protected_access"), "anna, bjorn, carin");
        assertEquals(0, count(db, "SELECT COUNT(*) FROM staff WHERE protected_access AND id = 'staff-04'"));
        assertEquals(0, count(db, "SELECT COUNT(*) FROM units u WHERE NOT EXISTS (SELECT 1 FROM staff_units su"
                + " JOIN staff s ON s.id = su.staff_id WHERE su.unit_id = u.id AND s.protected_access)"));
        assertEquals(0, count(db, "SELECT COUNT(*) FROM cases c WHERE NOT EXISTS"
                + " (SELECT 1 FROM case_assignments a WHERE a.case_id = c.id)"), "every case has a responsible caseworker");
        assertEquals(0, count(db, "SELECT COUNT(*) FROM case_assignments a JOIN cases c ON c.id = a.case_id"
                + " JOIN staff s ON s.id = a.staff_id WHERE NOT EXISTS (SELECT 1 FROM staff_units su"
                + " WHERE su.staff_id = s.id AND su.unit_id = c.unit_id)"
                + " OR (c.protected_identity AND NOT s.protected_access)"), "only caseworkers who may see the case");
        assertTrue(count(db, "SELECT COUNT(*) FROM (SELECT case_id FROM case_assignments GROUP BY case_id"
                + " HAVING COUNT(*) = 2)") > 0, "some cases have two");
        assertTrue(count(db, "SELECT COUNT(*) FROM case_assignments WHERE staff_id = 'staff-04'") > 0);
        db.close();
    }

    @Test
    void aDemoDatabaseSeededBeforeV002GetsTheSameAccessAndAssignments() throws SQLException {
        HostDatabase fresh = TestDatabases.fresh(true);
        HostDatabase old = TestDatabases.fresh(true);
        old.withConnection(c -> {
            c.createStatement().executeUpdate("DELETE FROM case_assignments");
            return c.createStatement().executeUpdate("UPDATE staff SET protected_access = FALSE");
        });
        new DemoSeed(java.time.Clock.systemDefaultZone()).seedIfEmpty(old);
        assertEquals(assignments(fresh), assignments(old));
        assertEquals(3, count(old, "SELECT COUNT(*) FROM staff WHERE protected_access"));
        old.close();
        fresh.close();
    }

    @Test
    void aDatabaseWithoutTheDemoStaffIsLeftAlone() throws SQLException {
        HostDatabase db = TestDatabases.fresh(false);
        db.withConnection(c -> c.createStatement().executeUpdate(
                "INSERT INTO units (id, name, sort_order) VALUES ('u', 'Enheten', 0)"));
        new DemoSeed(java.time.Clock.systemDefaultZone()).seedIfEmpty(db);
        assertEquals(0, count(db, "SELECT COUNT(*) FROM staff"));
        assertEquals(0, count(db, "SELECT COUNT(*) FROM case_assignments"));
        db.close();
    }

    private static List<String> assignments(HostDatabase db) throws SQLException {
        return db.withConnection(c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT case_id, staff_id FROM case_assignments ORDER BY case_id, staff_id")) {
                while (rs.next()) {
                    out.add(rs.getString(1) + "/" + rs.getString(2));
                }
            }
            return out;
        });
    }

    @Test
    void seedsOnlyAnEmptyDatabase() throws Exception {
        HostDatabase db = TestDatabases.fresh(true);
        new DemoSeed(java.time.Clock.systemDefaultZone()).seedIfEmpty(db);
        assertEquals(40, count(db, "SELECT COUNT(*) FROM cases"));
        db.close();
    }

    private static List<String> ids(HostDatabase db) throws SQLException {
        return db.withConnection(c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM cases ORDER BY id")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }
}
