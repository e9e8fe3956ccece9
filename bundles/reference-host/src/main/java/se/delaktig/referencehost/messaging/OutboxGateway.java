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
import se.delaktig.referencehost.db.HostDatabase;

/**
 * A message gateway that delivers into the outbox table, shown on {@code /host/outbox}, so a demo
 * can follow an invitation without SMS or mail servers. Case staff notifications are written as
 * internal messages, one per caseworker of the case's unit.
 */
@Component(service = MessageGateway.class)
public class OutboxGateway implements MessageGateway {
    /** Channel code of internal notifications in the outbox. */
    public static final String INTERNAL = "INTERNAL";
    static final Pattern PHONE = Pattern.compile("\\+[1-9][0-9]{6,14}");
    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    static final int MAX_SUBJECT = 300;
    static final int MAX_TEXT = 10_000;

    private final HostDatabase db;
    private final Clock clock;

    @Activate
    public OutboxGateway(@Reference HostDatabase db) {
        this(db, Clock.systemUTC());
    }

    public OutboxGateway(HostDatabase db, Clock clock) {
        this.db = db;
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
            long id = db.withConnection(c -> insert(c, message.channel().name(), message.address(),
                    message.subject(), message.text()));
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
                List<String> names = new ArrayList<>();
                try (PreparedStatement q = c.prepareStatement("SELECT s.display_name FROM cases c"
                        + " JOIN staff_units su ON su.unit_id = c.unit_id JOIN staff s ON s.id = su.staff_id"
                        + " WHERE c.id = ? AND s.roles LIKE '%CASEWORKER%' ORDER BY s.display_name")) {
                    q.setString(1, caseId);
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            names.add(rs.getString(1));
                        }
                    }
                }
                for (String name : names) {
                    insert(c, INTERNAL, name, subject, text);
                }
                return names.size();
            });
        } catch (SQLException e) {
            throw new HostException("the outbox cannot accept notifications now", e);
        }
        if (notified == 0) {
            throw new HostException("nobody to notify for this case");
        }
    }

    private long insert(Connection c, String channel, String address, String subject, String text) throws SQLException {
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO outbox (channel, address, subject, body, created_at)"
                + " VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ins.setString(1, channel);
            ins.setString(2, address);
            ins.setString(3, subject);
            ins.setString(4, text);
            ins.setTimestamp(5, Timestamp.from(clock.instant()));
            ins.executeUpdate();
            try (ResultSet keys = ins.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
