package se.delaktig.referencehost.db;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.delaktig.referencehost.auth.PasswordHasher;

/**
 * Deterministic demo data for "Exempelby kommun": three units, six staff and 40 children's cases
 * (made-up names). Ages are relative to today so the age bands stay filled year after year.
 * Protected access and responsible caseworkers: {@link DemoAccess}.
 */
public final class DemoSeed {
    /** The password of every demo sign-in. */
    public static final String PASSWORD = "delaktig-demo";
    static final int CASES = 40;
    private static final Logger LOG = LoggerFactory.getLogger(DemoSeed.class);
    private static final long RANDOM_SEED = 20_261_105L;

    record DemoUnit(String id, String name) { }

    /** @param protectedAccess whether the person may see cases with a protected identity */
    record DemoStaff(String id, String username, String name, String roles, List<String> units,
                     boolean protectedAccess) { }

    static final List<DemoUnit> UNITS = List.of(
            new DemoUnit("unit-norra", "Norra enheten"),
            new DemoUnit("unit-sodra", "Södra enheten"),
            new DemoUnit("unit-vastra", "Västra enheten"));

    static final List<DemoStaff> STAFF = List.of(
            // every unit has a caseworker with protected access; david has none, to show the rule
            new DemoStaff("staff-01", "anna", "Anna Lindqvist", "CASEWORKER", List.of("unit-norra"), true),
            new DemoStaff("staff-02", "bjorn", "Björn Ekström", "CASEWORKER", List.of("unit-sodra"), true),
            new DemoStaff("staff-03", "carin", "Carin Sandberg", "CASEWORKER", List.of("unit-vastra"), true),
            new DemoStaff("staff-04", "david", "David Nyström", "CASEWORKER", List.of("unit-norra", "unit-sodra"), false),
            new DemoStaff("staff-05", "maria", "Maria Holm", "MANAGER",
                    List.of("unit-norra", "unit-sodra", "unit-vastra"), false),
            new DemoStaff("staff-06", "admin", "Alex Berg", "ADMINISTRATOR", List.of(), false));

    private static final String[] GIRLS = {"Alva", "Ella", "Maja", "Wilma", "Saga", "Selma", "Ebba", "Elsa", "Olivia", "Astrid"};
    private static final String[] BOYS = {"Noah", "Hugo", "Liam", "William", "Elias", "Lucas", "Oscar", "Nils", "Melvin", "Adam"};
    private static final String[] ANY = {"Alex", "Robin", "Kim", "Love", "Charlie", "Mika"};
    private static final String[] LAST = {"Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson",
        "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson"};
    private static final String ID_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789";

    private final Clock clock;
    private final PasswordHasher hasher = new PasswordHasher();

    DemoSeed(Clock clock) {
        this.clock = clock;
    }

    /** Seeds an empty database; a demo database seeded before V002 gets the demo's access and assignments. */
    void seedIfEmpty(HostDatabase db) throws SQLException {
        db.inTransaction(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM units")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    DemoAccess.upgradeIfMissing(c, STAFF);
                    return null;
                }
            }
            insertUnitsAndStaff(c);
            insertCases(c);
            DemoAccess.apply(c, STAFF);
            LOG.info("Seeded demo data: {} units, {} staff, {} cases", UNITS.size(), STAFF.size(), CASES);
            return null;
        });
    }

    private void insertUnitsAndStaff(Connection c) throws SQLException {
        try (PreparedStatement u = c.prepareStatement("INSERT INTO units (id, name, sort_order) VALUES (?, ?, ?)")) {
            for (int i = 0; i < UNITS.size(); i++) {
                u.setString(1, UNITS.get(i).id());
                u.setString(2, UNITS.get(i).name());
                u.setInt(3, i);
                u.executeUpdate();
            }
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO staff (id, username, display_name, password_hash, roles) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement su = c.prepareStatement("INSERT INTO staff_units (staff_id, unit_id) VALUES (?, ?)")) {
            for (DemoStaff person : STAFF) {
                s.setString(1, person.id());
                s.setString(2, person.username());
                s.setString(3, person.name());
                s.setString(4, hasher.hash(PASSWORD));
                s.setString(5, person.roles());
                s.executeUpdate();
                for (String unit : person.units()) {
                    su.setString(1, person.id());
                    su.setString(2, unit);
                    su.executeUpdate();
                }
            }
        }
    }

    private void insertCases(Connection c) throws SQLException {
        Random random = new Random(RANDOM_SEED);
        LocalDate today = LocalDate.now(clock);
        try (PreparedStatement p = c.prepareStatement("INSERT INTO cases (id, first_name, last_name, birth_date,"
                + " gender, protected_identity, unit_id, is_open, opened_on, closed_on) VALUES (?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement e = c.prepareStatement("INSERT INTO case_entries (case_id, source_id, title, body,"
                + " author, created_at) VALUES (?, 'seed', 'Ärendet öppnat', ?, 'staff-01', ?)")) {
            for (int i = 0; i < CASES; i++) {
                String gender = i % 10 == 7 ? "other" : i % 10 == 9 ? "unknown" : random.nextBoolean() ? "girl" : "boy";
                String[] names = switch (gender) {
                    case "girl" -> GIRLS;
                    case "boy" -> BOYS;
                    default -> ANY;
                };
                int age = 5 + i % 14;
                LocalDate birth = today.minusYears(age).minusDays(random.nextInt(365));
                LocalDate opened = today.minusDays(30 + random.nextInt(900));
                boolean closed = i % 8 == 5;
                String id = caseId(random);
                p.setString(1, id);
                p.setString(2, names[random.nextInt(names.length)]);
                p.setString(3, LAST[random.nextInt(LAST.length)]);
                p.setDate(4, Date.valueOf(birth));
                p.setString(5, gender);
                p.setBoolean(6, i % 8 == 3);
                p.setString(7, UNITS.get(i % UNITS.size()).id());
                p.setBoolean(8, !closed);
                p.setDate(9, Date.valueOf(opened));
                p.setDate(10, closed ? Date.valueOf(today.minusDays(1 + random.nextInt(29))) : null);
                p.executeUpdate();
                e.setString(1, id);
                e.setString(2, "Anmälan har inkommit och ärendet har öppnats för utredning.");
                e.setTimestamp(3, Timestamp.valueOf(opened.atTime(9, 0)));
                e.executeUpdate();
            }
        }
    }

    /** An opaque, readable case id such as {@code K7QX-2M4P}: no meaning, never parsed. */
    private static String caseId(Random random) {
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                id.append('-');
            }
            id.append(ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length())));
        }
        return id.toString();
    }
}
