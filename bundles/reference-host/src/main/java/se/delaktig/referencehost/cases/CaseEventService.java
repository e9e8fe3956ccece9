package se.delaktig.referencehost.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.delaktig.host.api.events.CaseChanges;
import se.delaktig.host.api.events.CaseEvent;
import se.delaktig.host.api.events.CaseEventListener;
import se.delaktig.host.api.events.CaseEventLog;
import se.delaktig.host.api.events.CaseEventType;
import se.delaktig.referencehost.Whiteboard;
import se.delaktig.referencehost.db.HostDatabase;
import se.delaktig.referencehost.db.SqlWork;

/**
 * The case event log (cursor = the event's sequence number) and the whiteboard of
 * {@link CaseEventListener}s, told after each commit.
 */
@Component(service = {CaseEventLog.class, CaseEventService.class})
public class CaseEventService implements CaseEventLog {
    static final int MAX_PAGE = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(CaseEventService.class);
    private static final Pattern CURSOR = Pattern.compile("[1-9][0-9]{0,17}");

    private final HostDatabase db;
    private final Whiteboard<CaseEventListener> listeners = new Whiteboard<>();
    // One writer at a time: sequence order then equals commit order, so no reader skips an event.
    private final ReentrantLock writeLock = new ReentrantLock();

    @Activate
    public CaseEventService(@Reference HostDatabase db) {
        this.db = db;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void addListener(CaseEventListener listener, Map<String, Object> properties) {
        listeners.add(listener, properties);
    }

    public void removeListener(CaseEventListener listener) {
        listeners.remove(listener);
    }

    /**
     * Runs a change of a case in one transaction; {@code work} appends the event with
     * {@link #append}, or returns null when nothing changed. Listeners hear of it after the commit.
     */
    public CaseEvent commit(SqlWork<CaseEvent> work) throws SQLException {
        CaseEvent event;
        writeLock.lock();
        try {
            event = db.inTransaction(work);
        } finally {
            writeLock.unlock();
        }
        if (event == null) {
            return null; // nothing changed, nothing to tell
        }
        for (CaseEventListener listener : listeners.ordered()) {
            try {
                listener.caseChanged(event);
            } catch (Throwable t) { // a listener must not break the host; it catches up via the log
                LOG.warn("Case event listener {} failed on event {}", listener.getClass().getName(), event.cursor(), t);
            }
        }
        return event;
    }

    /** Appends an event inside the caller's transaction. */
    public CaseEvent append(Connection c, String caseId, CaseEventType type, String unitId, String label, Instant at)
            throws SQLException {
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO case_events (case_id, event_type, unit_id,"
                + " occurred_at, label) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ins.setString(1, caseId);
            ins.setString(2, type.name());
            ins.setString(3, unitId);
            ins.setTimestamp(4, Timestamp.from(at));
            ins.setString(5, label);
            ins.executeUpdate();
            try (ResultSet keys = ins.getGeneratedKeys()) {
                keys.next();
                return new CaseEvent(Long.toString(keys.getLong(1)), caseId, type, unitId, at, label);
            }
        }
    }

    @Override
    public CaseChanges changesSince(String cursor, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1");
        }
        if (cursor == null || !(cursor.equals(BEGINNING) || CURSOR.matcher(cursor).matches())) {
            throw new IllegalArgumentException("malformed cursor");
        }
        long after = cursor.isEmpty() ? 0 : Long.parseLong(cursor);
        int limit = Math.min(max, MAX_PAGE);
        try {
            return db.withConnection(c -> {
                if (after > 0 && !exists(c, after)) {
                    throw new IllegalArgumentException("unknown cursor");
                }
                List<CaseEvent> events = new ArrayList<>();
                boolean more = false;
                try (PreparedStatement q = c.prepareStatement("SELECT seq, case_id, event_type, unit_id, occurred_at,"
                        + " label FROM case_events WHERE seq > ? ORDER BY seq LIMIT ?")) {
                    q.setLong(1, after);
                    q.setInt(2, limit + 1);
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            if (events.size() == limit) {
                                more = true;
                                break;
                            }
                            events.add(event(rs));
                        }
                    }
                }
                String next = events.isEmpty() ? cursor : events.get(events.size() - 1).cursor();
                return new CaseChanges(events, next, more);
            });
        } catch (SQLException e) {
            throw new IllegalStateException("case event log unavailable", e);
        }
    }

    /** One case's events by a query on the case id (the default would read the whole log). */
    @Override
    public List<CaseEvent> eventsOfCase(String caseId) {
        try {
            return db.withConnection(c -> {
                List<CaseEvent> events = new ArrayList<>();
                try (PreparedStatement q = c.prepareStatement("SELECT seq, case_id, event_type, unit_id, occurred_at,"
                        + " label FROM case_events WHERE case_id = ? ORDER BY seq")) {
                    q.setString(1, caseId);
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            events.add(event(rs));
                        }
                    }
                }
                return events;
            });
        } catch (SQLException e) {
            throw new IllegalStateException("case event log unavailable", e);
        }
    }

    private static CaseEvent event(ResultSet rs) throws SQLException {
        return new CaseEvent(Long.toString(rs.getLong(1)), rs.getString(2), CaseEventType.valueOf(rs.getString(3)),
                rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6));
    }

    private static boolean exists(Connection c, long seq) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM case_events WHERE seq = ?")) {
            q.setLong(1, seq);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next();
            }
        }
    }
}
