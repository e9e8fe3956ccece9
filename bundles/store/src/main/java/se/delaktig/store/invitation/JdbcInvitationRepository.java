package se.delaktig.store.invitation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import se.delaktig.api.invitation.InvitationRepository;
import se.delaktig.api.invitation.InvitationStatus;
import se.delaktig.api.invitation.StoredInvitation;
import se.delaktig.store.db.StoreDatabase;
import se.delaktig.store.db.StoreException;

/** Invitations on table {@code delaktig_invitation} and cursors on {@code delaktig_case_event_cursor} (migration V002). */
@Component(service = InvitationRepository.class)
public class JdbcInvitationRepository implements InvitationRepository {

    private static final String COLUMNS = "invitation_id, case_id, questionnaire_id, questionnaire_version, channel_id,"
            + " address, language, status, token_hash, short_code_hash, pepper_id, created_by, created_at, expires_at,"
            + " send_count, last_sent_at, last_failure, idempotency_key, reminder_sent_at, status_changed_at, revision";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM delaktig_invitation";
    private static final String LIVE = "status IN ('CREATED', 'SENT', 'DELIVERY_FAILED', 'OPENED', 'IN_PROGRESS')";
    private static final String FINAL = "status IN ('ANSWERED', 'EXPIRED', 'REVOKED')";
    /** Opened by the child, so never resent; a pending reminder may still need the address. */
    private static final String OPENED = "status IN ('OPENED', 'IN_PROGRESS')";
    /** Reached the child and not answered: the statuses a reminder goes to. */
    private static final String UNANSWERED = "status IN ('SENT', 'OPENED', 'IN_PROGRESS')";
    private static final String UNIQUE_VIOLATION = "23505";

    private final StoreDatabase db;
    private final Clock clock;

    /** Started by DS once the store's database is migrated. */
    @Activate
    public JdbcInvitationRepository(@Reference StoreDatabase db) {
        this(db, Clock.systemUTC());
    }

    /** For tests: a controllable clock (for the cursor's timestamp). */
    public JdbcInvitationRepository(StoreDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public boolean insert(StoredInvitation inv) {
        try {
            return db.inTransaction(c -> {
                try (PreparedStatement i = c.prepareStatement("INSERT INTO delaktig_invitation (" + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    i.setString(1, inv.id());
                    i.setString(2, inv.caseId());
                    i.setString(3, inv.questionnaireId());
                    i.setString(4, inv.questionnaireVersion());
                    i.setString(5, inv.channelId());
                    setChangeable(i, 6, inv);
                    i.setString(12, inv.createdBy());
                    i.setObject(13, utc(inv.createdAt()));
                    i.setLong(21, 0L);
                    i.executeUpdate();
                    return true;
                }
            });
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState()) && inv.idempotencyKey() != null
                    && findByIdempotencyKey(inv.createdBy(), inv.idempotencyKey()).isPresent()) {
                return false;
            }
            throw new StoreException("storing invitation " + inv.id() + " failed", e);
        }
    }

    /** Parameters 6-11 and 14-20: the fields an update may change. */
    private static void setChangeable(PreparedStatement s, int from, StoredInvitation inv) throws SQLException {
        s.setString(from, inv.address());
        s.setString(from + 1, inv.language());
        s.setString(from + 2, inv.status().name());
        s.setString(from + 3, inv.tokenHash());
        s.setString(from + 4, inv.shortCodeHash());
        s.setString(from + 5, inv.pepperId());
        // 12, 13: created_by, created_at (insert only)
        s.setObject(from + 8, utc(inv.expiresAt()));
        s.setInt(from + 9, inv.sendCount());
        setInstant(s, from + 10, inv.lastSentAt());
        s.setString(from + 11, inv.lastFailure() == null ? null : truncate(inv.lastFailure(), 500));
        s.setString(from + 12, inv.idempotencyKey());
        setInstant(s, from + 13, inv.reminderSentAt());
        s.setObject(from + 14, utc(inv.statusChangedAt()));
    }

    @Override
    public Optional<StoredInvitation> find(String id) {
        return one("reading invitation " + id, SELECT + " WHERE invitation_id = ?", id);
    }

    @Override
    public Optional<StoredInvitation> findByIdempotencyKey(String createdBy, String idempotencyKey) {
        return one("reading an invitation by idempotency key", SELECT + " WHERE created_by = ? AND idempotency_key = ?",
                createdBy, idempotencyKey);
    }

    @Override
    public Optional<StoredInvitation> findByTokenHash(String tokenHash) {
        return one("reading an invitation by token", SELECT + " WHERE token_hash = ?", tokenHash);
    }

    @Override
    public Optional<StoredInvitation> findByShortCodeHash(String shortCodeHash) {
        return one("reading an invitation by short code", SELECT + " WHERE short_code_hash = ?", shortCodeHash);
    }

    @Override
    public List<StoredInvitation> listByCase(String caseId) {
        return many("listing the invitations of case " + caseId,
                SELECT + " WHERE case_id = ? ORDER BY created_at DESC, invitation_id", Integer.MAX_VALUE, caseId);
    }

    @Override
    public Optional<StoredInvitation> update(StoredInvitation inv) {
        try {
            boolean done = db.inTransaction(c -> {
                try (PreparedStatement u = c.prepareStatement("UPDATE delaktig_invitation SET address = ?, language = ?,"
                        + " status = ?, token_hash = ?, short_code_hash = ?, pepper_id = ?, created_by = ?, created_at = ?,"
                        + " expires_at = ?, send_count = ?, last_sent_at = ?, last_failure = ?, idempotency_key = ?,"
                        + " reminder_sent_at = ?, status_changed_at = ?, revision = ?"
                        + " WHERE invitation_id = ? AND revision = ?")) {
                    setChangeable(u, 1, inv);
                    u.setString(7, inv.createdBy());
                    u.setObject(8, utc(inv.createdAt()));
                    u.setLong(16, inv.revision() + 1);
                    u.setString(17, inv.id());
                    u.setLong(18, inv.revision());
                    return u.executeUpdate() == 1;
                }
            });
            return done ? find(inv.id()) : Optional.empty();
        } catch (SQLException e) {
            throw new StoreException("updating invitation " + inv.id() + " failed", e);
        }
    }

    @Override
    public List<StoredInvitation> listExpired(Instant now, int max) {
        return many("listing expired invitations", SELECT + " WHERE " + LIVE + " AND expires_at <= ? ORDER BY expires_at",
                max, utc(now));
    }

    @Override
    @Deprecated
    public List<StoredInvitation> listDueForReminder(Instant sentBefore, int max) {
        // an empty address is a code handed over in person: there is nobody to remind
        return many("listing invitations due for a reminder", SELECT + " WHERE " + UNANSWERED
                + " AND address IS NOT NULL AND address <> '' AND reminder_sent_at IS NULL AND last_sent_at <= ?"
                + " ORDER BY last_sent_at", max, utc(sentBefore));
    }

    @Override
    public List<StoredInvitation> listDueForReminder(Instant now, Duration reminderAfter, Instant afterSentAt,
            String afterId, int max) {
        if (reminderAfter.isZero() || reminderAfter.isNegative()) {
            throw new IllegalArgumentException("reminderAfter must be positive");
        }
        // expires_at > now and last_sent_at <= now - reminderAfter together give last_sent_at + reminderAfter < expires_at
        String sql = SELECT + " WHERE " + UNANSWERED + " AND address IS NOT NULL AND address <> ''"
                + " AND reminder_sent_at IS NULL AND last_sent_at <= ? AND expires_at > ?";
        String order = " ORDER BY last_sent_at, invitation_id";
        if (afterSentAt == null) {
            return many("listing invitations due for a reminder", sql + order, max, utc(now.minus(reminderAfter)),
                    utc(now));
        }
        // the keyset (last_sent_at, invitation_id) > (?, ?), spelt out
        return many("listing invitations due for a reminder", sql + " AND (last_sent_at > ? OR (last_sent_at = ?"
                + " AND invitation_id > ?))" + order, max, utc(now.minus(reminderAfter)), utc(now), utc(afterSentAt),
                utc(afterSentAt), afterId == null ? "" : afterId);
    }

    @Override
    @Deprecated
    public List<StoredInvitation> listAddressesToErase(Instant before, int max) {
        return many("listing addresses to erase", SELECT + " WHERE " + FINAL + " AND address IS NOT NULL"
                + " AND status_changed_at <= ? ORDER BY status_changed_at", max, utc(before));
    }

    @Override
    public List<StoredInvitation> listAddressesNoLongerNeeded(Instant before, Duration reminderAfter, int max) {
        String reminder;
        Object[] args;
        if (reminderAfter.isZero()) {
            reminder = "(reminder_sent_at IS NULL OR reminder_sent_at <= ?)";
            args = new Object[] {utc(before), utc(before)};
        } else {
            // sent at or before "before", or never to go: no delivery to count from, or due only at or after expiry
            reminder = "((reminder_sent_at IS NOT NULL AND reminder_sent_at <= ?) OR (reminder_sent_at IS NULL"
                    + " AND (last_sent_at IS NULL OR last_sent_at + CAST(? AS NUMERIC(19, 9)) * INTERVAL '1' SECOND >= expires_at)))";
            args = new Object[] {utc(before), utc(before), seconds(reminderAfter)};
        }
        return many("listing addresses no longer needed", SELECT + " WHERE address IS NOT NULL AND status_changed_at <= ?"
                + " AND (" + FINAL + " OR (" + OPENED + " AND " + reminder + ")) ORDER BY status_changed_at", max,
                args);
    }

    /** Whole and fractional seconds, as a number both H2 and PostgreSQL multiply an interval with. */
    private static java.math.BigDecimal seconds(Duration d) {
        return java.math.BigDecimal.valueOf(d.getSeconds()).add(java.math.BigDecimal.valueOf(d.getNano(), 9));
    }

    @Override
    public int eraseCase(String caseId) {
        try {
            return db.inTransaction(c -> {
                try (PreparedStatement u = c.prepareStatement("UPDATE delaktig_invitation SET address = NULL,"
                        + " token_hash = NULL, short_code_hash = NULL, last_failure = NULL, idempotency_key = NULL,"
                        + " revision = revision + 1 WHERE case_id = ? AND (address IS NOT NULL OR token_hash IS NOT NULL"
                        + " OR short_code_hash IS NOT NULL OR last_failure IS NOT NULL OR idempotency_key IS NOT NULL)")) {
                    u.setString(1, caseId);
                    return u.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw new StoreException("erasing the invitations of case " + caseId + " failed", e);
        }
    }

    @Override
    public Optional<String> cursor(String name) {
        try {
            return db.withConnection(c -> {
                try (PreparedStatement q = c.prepareStatement(
                        "SELECT cursor_value FROM delaktig_case_event_cursor WHERE cursor_name = ?")) {
                    q.setString(1, name);
                    try (ResultSet rs = q.executeQuery()) {
                        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                    }
                }
            });
        } catch (SQLException e) {
            throw new StoreException("reading cursor " + name + " failed", e);
        }
    }

    @Override
    public void saveCursor(String name, String cursor) {
        try {
            db.inTransaction(c -> {
                if (updateCursor(c, name, cursor) == 0) {
                    try (PreparedStatement i = c.prepareStatement("INSERT INTO delaktig_case_event_cursor"
                            + " (cursor_name, cursor_value, updated_at) VALUES (?, ?, ?)")) {
                        i.setString(1, name);
                        i.setString(2, cursor);
                        i.setObject(3, utc(clock.instant()));
                        i.executeUpdate();
                    }
                }
                return null;
            });
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                // another node inserted the row just now; write over it
                try {
                    db.inTransaction(c -> updateCursor(c, name, cursor));
                    return;
                } catch (SQLException again) {
                    throw new StoreException("storing cursor " + name + " failed", again);
                }
            }
            throw new StoreException("storing cursor " + name + " failed", e);
        }
    }

    private int updateCursor(Connection c, String name, String cursor) throws SQLException {
        try (PreparedStatement u = c.prepareStatement("UPDATE delaktig_case_event_cursor SET cursor_value = ?,"
                + " updated_at = ? WHERE cursor_name = ?")) {
            u.setString(1, cursor);
            u.setObject(2, utc(clock.instant()));
            u.setString(3, name);
            return u.executeUpdate();
        }
    }

    private Optional<StoredInvitation> one(String what, String sql, Object... args) {
        List<StoredInvitation> found = many(what, sql, 1, args);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private List<StoredInvitation> many(String what, String sql, int max, Object... args) {
        try {
            return db.withConnection(c -> {
                try (PreparedStatement q = c.prepareStatement(sql)) {
                    for (int i = 0; i < args.length; i++) {
                        q.setObject(i + 1, args[i]);
                    }
                    q.setMaxRows(Math.max(1, max));
                    List<StoredInvitation> rows = new ArrayList<>();
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next() && rows.size() < max) {
                            rows.add(read(rs));
                        }
                    }
                    return List.copyOf(rows);
                }
            });
        } catch (SQLException e) {
            throw new StoreException(what + " failed", e);
        }
    }

    private static StoredInvitation read(ResultSet rs) throws SQLException {
        return new StoredInvitation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), InvitationStatus.valueOf(rs.getString(8)), rs.getString(9),
                rs.getString(10), rs.getString(11), rs.getString(12), instant(rs, 13), instant(rs, 14), rs.getInt(15),
                instant(rs, 16), rs.getString(17), rs.getString(18), instant(rs, 19), instant(rs, 20), rs.getLong(21));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static void setInstant(PreparedStatement s, int index, Instant value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            s.setObject(index, utc(value));
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
