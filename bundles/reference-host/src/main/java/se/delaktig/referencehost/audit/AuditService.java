package se.delaktig.referencehost.audit;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.delaktig.host.api.AuditEvent;
import se.delaktig.host.api.AuditTrail;
import se.delaktig.host.api.HostException;
import se.delaktig.referencehost.db.HostDatabase;

/**
 * The audit trail: one committed row per event before returning, or an exception (fail closed).
 */
@Component(service = AuditTrail.class)
public class AuditService implements AuditTrail {
    private static final Logger LOG = LoggerFactory.getLogger(AuditService.class);
    private static final int MAX = 100;

    private final HostDatabase db;

    @Activate
    public AuditService(@Reference HostDatabase db) {
        this.db = db;
    }

    @Override
    public void record(AuditEvent event) throws HostException {
        if (event == null) {
            throw new HostException("no event");
        }
        try {
            db.withConnection(c -> {
                try (PreparedStatement ins = c.prepareStatement("INSERT INTO audit_log (staff_id, case_id, action,"
                        + " view_name, occurred_at) VALUES (?, ?, ?, ?, ?)")) {
                    ins.setString(1, clip(event.staffId()));
                    ins.setString(2, event.caseId() == null ? null : clip(event.caseId()));
                    ins.setString(3, clip(event.action()));
                    ins.setString(4, clip(event.view()));
                    ins.setTimestamp(5, Timestamp.from(event.at()));
                    ins.executeUpdate(); // auto-commit: committed (and, with WRITE_DELAY=0, written) here
                }
                return null;
            });
        } catch (SQLException | RuntimeException e) {
            LOG.error("Audit trail refused an event; the access must be refused", e);
            throw new HostException("audit trail unavailable", e);
        }
    }

    private static String clip(String value) {
        return value.length() <= MAX ? value : value.substring(0, MAX);
    }
}
