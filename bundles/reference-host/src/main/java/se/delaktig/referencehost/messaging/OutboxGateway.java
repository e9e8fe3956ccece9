package se.delaktig.referencehost.messaging;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import se.delaktig.host.api.HostException;
import se.delaktig.host.api.MessageChannel;
import se.delaktig.host.api.MessageGateway;
import se.delaktig.host.api.OutgoingMessage;
import se.delaktig.referencehost.ReferenceHostConfiguration;
import se.delaktig.referencehost.db.HostDatabase;

/**
 * A message gateway that delivers into the outbox table, shown on {@code /host/outbox}, so a demo
 * can follow an invitation without SMS or mail servers. Case alerts are internal messages routed by
 * {@link AlertRouting}; each row keeps the case it is about, for the outbox page's access rule.
 */
@Component(service = MessageGateway.class, configurationPid = ReferenceHostConfiguration.PID)
public class OutboxGateway implements MessageGateway {
    /** Channel code of internal notifications in the outbox. */
    public static final String INTERNAL = "INTERNAL";
    static final Pattern PHONE = Pattern.compile("\\+[1-9][0-9]{6,14}");
    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    static final int MAX_SUBJECT = 300;
    static final int MAX_TEXT = 10_000;

    private final HostDatabase db;
    private final String onCall;
    private final Clock clock;

    @Activate
    public OutboxGateway(@Reference HostDatabase db, ReferenceHostConfiguration config) {
        this(db, config.on_call_recipient(), Clock.systemUTC());
    }

    /** @param onCall the on-call team's internal address, empty for none */
    public OutboxGateway(HostDatabase db, String onCall, Clock clock) {
        this.db = db;
        this.onCall = onCall == null ? "" : onCall.strip();
        this.clock = clock;
    }

    @Override
    public Set<MessageChannel> channels() {
        return EnumSet.of(MessageChannel.SMS, MessageChannel.EMAIL);
    }

    @Override
    public String send(OutgoingMessage message) throws HostException {
        validate(message);
        try {
            // the case decides who may read the message in the outbox; one about no case is for administrators
            String caseId = message.caseId();
            long id = db.withConnection(c -> insert(c, message.channel().name(), message.address(),
                    message.subject(), message.text(), caseId));
            return "msg-" + id;
        } catch (SQLException e) {
            throw new HostException("the outbox cannot accept messages now", e);
        }
    }

    /** Checks the address of the channel and the lengths; nothing is stored when this throws. */
    static void validate(OutgoingMessage message) throws HostException {
        String address = message.address();
        boolean valid = switch (message.channel()) {
            case SMS -> PHONE.matcher(address).matches();
            case EMAIL -> address.length() <= 254 && EMAIL.matcher(address).matches();
        };
        if (!valid) {
            throw new HostException("malformed " + message.channel() + " address");
        }
        if (message.subject().length() > MAX_SUBJECT || message.text().length() > MAX_TEXT || message.text().isBlank()) {
            throw new HostException("subject or text too long, or text empty");
        }
    }

    @Override
    public void notifyCaseStaff(String caseId, String subject, String text) throws HostException {
        if (caseId == null || subject == null || text == null
                || subject.length() > MAX_SUBJECT || text.length() > MAX_TEXT) {
            throw new HostException("case id, subject and text are required and limited in length");
        }
        int notified;
        try {
            notified = db.inTransaction(c -> {
                if (!exists(c, caseId)) {
                    return 0;
                }
                List<String> recipients = AlertRouting.recipients(candidates(c, caseId), onCall);
                for (String recipient : recipients) {
                    insert(c, INTERNAL, recipient, subject, text, caseId);
                }
                return recipients.size();
            });
        } catch (SQLException e) {
            throw new HostException("the outbox cannot accept notifications now", e);
        }
        if (notified == 0) {
            throw new HostException("nobody to notify for this case");
        }
    }

    private static boolean exists(Connection c, String caseId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM cases WHERE id = ?")) {
            q.setString(1, caseId);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The caseworkers who may see the case (its unit; protected identities need protected access). */
    private static List<AlertRouting.Candidate> candidates(Connection c, String caseId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT s.display_name, a.staff_id IS NOT NULL, s.away"
                + " FROM cases c JOIN staff_units su ON su.unit_id = c.unit_id JOIN staff s ON s.id = su.staff_id"
                + " LEFT JOIN case_assignments a ON a.case_id = c.id AND a.staff_id = s.id"
                + " WHERE c.id = ? AND s.roles LIKE '%CASEWORKER%'"
                + " AND (c.protected_identity = FALSE OR s.protected_access = TRUE) ORDER BY s.display_name")) {
            q.setString(1, caseId);
            List<AlertRouting.Candidate> out = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(new AlertRouting.Candidate(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3)));
                }
            }
            return out;
        }
    }

    private long insert(Connection c, String channel, String address, String subject, String text, String caseId)
            throws SQLException {
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO outbox (channel, address, subject, body, created_at,"
                + " case_id) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ins.setString(1, channel);
            ins.setString(2, address);
            ins.setString(3, subject);
            ins.setString(4, text);
            ins.setTimestamp(5, Timestamp.from(clock.instant()));
            ins.setString(6, caseId);
            ins.executeUpdate();
            try (ResultSet keys = ins.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
