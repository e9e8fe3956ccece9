package se.delaktig.referencehost.auth;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.delaktig.host.api.Staff;
import se.delaktig.host.api.StaffContext;
import se.delaktig.host.api.StaffRole;
import se.delaktig.referencehost.ReferenceHostConfiguration;
import se.delaktig.referencehost.db.HostDatabase;
import se.delaktig.referencehost.web.Cookies;

/**
 * Sign-in, database-backed sessions and the host's access rules. A session is found from its
 * cookie alone, so the plugin's own servlet contexts resolve the same staff member.
 */
@Component(service = {StaffContext.class, StaffService.class}, configurationPid = ReferenceHostConfiguration.PID)
public class StaffService implements StaffContext {
    private static final Logger LOG = LoggerFactory.getLogger(StaffService.class);
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final HostDatabase db;
    private final Duration idle;
    private final Duration absolute;
    private final boolean secureCookies;
    private final Clock clock;
    private final PasswordHasher hasher = new PasswordHasher();
    private final LoginThrottle throttle;

    @Activate
    public StaffService(@Reference HostDatabase db, ReferenceHostConfiguration config) {
        this(db, Duration.ofMinutes(config.session_idle_minutes()), Duration.ofHours(config.session_absolute_hours()),
                config.secure_cookies(), Clock.systemUTC());
    }

    public StaffService(HostDatabase db, Duration idle, Duration absolute, boolean secureCookies, Clock clock) {
        this.db = db;
        this.idle = idle;
        this.absolute = absolute;
        this.secureCookies = secureCookies;
        this.clock = clock;
        this.throttle = new LoginThrottle(clock);
    }

    /** The session cookie's name: {@code __Host-} prefixed only when cookies are Secure (browsers drop it otherwise). */
    public String cookieName() {
        return secureCookies ? "__Host-delaktig_host" : "delaktig_host";
    }

    public boolean secureCookies() {
        return secureCookies;
    }

    /** The absolute lifetime, used as the cookie's Max-Age. */
    public Duration absoluteLifetime() {
        return absolute;
    }

    /**
     * Signs a person in. Unknown user, wrong password and a locked name all answer empty and take
     * about the same time.
     */
    public Optional<StaffSession> signIn(String username, String password) throws SQLException {
        if (throttle.isLocked(username)) {
            hasher.burn(password);
            return Optional.empty();
        }
        Optional<String[]> account = db.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT id, password_hash FROM staff WHERE username = ?")) {
                q.setString(1, username.strip());
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(new String[] {rs.getString(1), rs.getString(2)}) : Optional.empty();
                }
            }
        });
        if (account.isEmpty()) {
            hasher.burn(password);
            throttle.failed(username);
            return Optional.empty();
        }
        if (!hasher.verify(password, account.get()[1])) {
            throttle.failed(username);
            return Optional.empty();
        }
        throttle.succeeded(username);
        String token = Tokens.random();
        String csrf = Tokens.random();
        Instant now = clock.instant();
        db.withConnection(c -> {
            try (PreparedStatement purge = c.prepareStatement("DELETE FROM sessions WHERE last_seen < ? OR created_at < ?");
                 PreparedStatement ins = c.prepareStatement("INSERT INTO sessions (token_hash, staff_id, created_at,"
                         + " last_seen, csrf_token) VALUES (?, ?, ?, ?, ?)")) {
                purge.setTimestamp(1, Timestamp.from(now.minus(idle)));
                purge.setTimestamp(2, Timestamp.from(now.minus(absolute)));
                purge.executeUpdate();
                ins.setString(1, Tokens.sha256(token));
                ins.setString(2, account.get()[0]);
                ins.setTimestamp(3, Timestamp.from(now));
                ins.setTimestamp(4, Timestamp.from(now));
                ins.setString(5, csrf);
                ins.executeUpdate();
            }
            return null;
        });
        Staff staff = findStaff(account.get()[0]).orElseThrow();
        return Optional.of(new StaffSession(staff, csrf, token));
    }

    /** The live session behind a request's cookie, touching its last-seen time; empty when none or expired. */
    public Optional<StaffSession> session(HttpServletRequest request) {
        String token = Cookies.get(request, cookieName());
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        try {
            return session(token);
        } catch (SQLException e) {
            LOG.error("Could not read a session", e);
            return Optional.empty();
        }
    }

    Optional<StaffSession> session(String token) throws SQLException {
        String hash = Tokens.sha256(token);
        Instant now = clock.instant();
        return db.withConnection(c -> {
            String staffId;
            String csrf;
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT staff_id, created_at, last_seen, csrf_token FROM sessions WHERE token_hash = ?")) {
                q.setString(1, hash);
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    Instant created = rs.getTimestamp(2).toInstant();
                    Instant lastSeen = rs.getTimestamp(3).toInstant();
                    if (!now.isBefore(created.plus(absolute)) || !now.isBefore(lastSeen.plus(idle))) {
                        delete(c, hash);
                        return Optional.empty();
                    }
                    staffId = rs.getString(1);
                    csrf = rs.getString(4);
                    if (now.isAfter(lastSeen.plus(TOUCH_EVERY))) {
                        touch(c, hash, now);
                    }
                }
            }
            return loadStaff(c, staffId).map(staff -> new StaffSession(staff, csrf, null));
        });
    }

    /** Ends the request's session, if any. */
    public void signOut(HttpServletRequest request) throws SQLException {
        String token = Cookies.get(request, cookieName());
        if (token != null) {
            db.withConnection(c -> {
                delete(c, Tokens.sha256(token));
                return null;
            });
        }
    }

    @Override
    public Optional<Staff> currentStaff(HttpServletRequest request) {
        return session(request).map(StaffSession::staff);
    }

    /**
     * Caseworkers of the case's unit only, and for a protected identity only those with protected
     * access; unknown ids, other roles and any failure answer false.
     */
    @Override
    public boolean maySeeCase(Staff staff, String caseId) {
        if (staff == null || caseId == null || !staff.hasRole(StaffRole.CASEWORKER)) {
            return false;
        }
        try {
            return db.withConnection(c -> {
                try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM cases c JOIN staff_units su"
                        + " ON su.unit_id = c.unit_id JOIN staff s ON s.id = su.staff_id"
                        + " WHERE c.id = ? AND s.id = ? AND s.roles LIKE '%CASEWORKER%'"
                        + " AND (c.protected_identity = FALSE OR s.protected_access = TRUE)")) {
                    q.setString(1, caseId);
                    q.setString(2, staff.id());
                    try (ResultSet rs = q.executeQuery()) {
                        return rs.next();
                    }
                }
            });
        } catch (SQLException e) {
            LOG.error("Access check failed; refusing", e);
            return false;
        }
    }

    /** Managers: their own units, and the whole municipality ({@code unitId == null}). */
    @Override
    public boolean maySeeStatistics(Staff staff, String unitId) {
        if (staff == null || !staff.hasRole(StaffRole.MANAGER)) {
            return false;
        }
        if (unitId == null) {
            return true;
        }
        try {
            return findStaff(staff.id()).map(current -> current.hasRole(StaffRole.MANAGER)
                    && current.unitIds().contains(unitId)).orElse(false);
        } catch (SQLException e) {
            LOG.error("Access check failed; refusing", e);
            return false;
        }
    }

    /** A staff member with current roles and units. */
    public Optional<Staff> findStaff(String staffId) throws SQLException {
        return db.withConnection(c -> loadStaff(c, staffId));
    }

    private static Optional<Staff> loadStaff(Connection c, String staffId) throws SQLException {
        String name;
        Set<StaffRole> roles;
        try (PreparedStatement q = c.prepareStatement("SELECT display_name, roles FROM staff WHERE id = ?")) {
            q.setString(1, staffId);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                name = rs.getString(1);
                roles = Arrays.stream(rs.getString(2).split(",")).map(String::strip)
                        .filter(r -> !r.isEmpty()).map(StaffRole::valueOf).collect(Collectors.toSet());
            }
        }
        Set<String> units = new HashSet<>();
        try (PreparedStatement q = c.prepareStatement("SELECT unit_id FROM staff_units WHERE staff_id = ?")) {
            q.setString(1, staffId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    units.add(rs.getString(1));
                }
            }
        }
        return roles.isEmpty() ? Optional.empty() : Optional.of(new Staff(staffId, name, roles, units));
    }

    private static void delete(Connection c, String hash) throws SQLException {
        try (PreparedStatement d = c.prepareStatement("DELETE FROM sessions WHERE token_hash = ?")) {
            d.setString(1, hash);
            d.executeUpdate();
        }
    }

    private static void touch(Connection c, String hash, Instant now) throws SQLException {
        try (PreparedStatement u = c.prepareStatement("UPDATE sessions SET last_seen = ? WHERE token_hash = ?")) {
            u.setTimestamp(1, Timestamp.from(now));
            u.setString(2, hash);
            u.executeUpdate();
        }
    }
}
