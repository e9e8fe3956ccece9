package se.delaktig.referencehost.auth;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import se.delaktig.referencehost.db.HostDatabase;

/**
 * A staff member's flags that are not roles: protected access (may see protected identities) and
 * away (alerts go to colleagues or the on-call team instead). Read from the database every time.
 */
public final class StaffFlags {
    private final HostDatabase db;

    public StaffFlags(HostDatabase db) {
        this.db = db;
    }

    public boolean away(String staffId) throws SQLException {
        return flag(staffId, "away");
    }

    public boolean protectedAccess(String staffId) throws SQLException {
        return flag(staffId, "protected_access");
    }

    /** @return whether it changed (false for a repeated click or an unknown id) */
    public boolean setAway(String staffId, boolean away) throws SQLException {
        return db.withConnection(c -> {
            try (PreparedStatement u = c.prepareStatement("UPDATE staff SET away = ? WHERE id = ? AND away <> ?")) {
                u.setBoolean(1, away);
                u.setString(2, staffId);
                u.setBoolean(3, away);
                return u.executeUpdate() > 0;
            }
        });
    }

    private boolean flag(String staffId, String column) throws SQLException {
        return db.withConnection(c -> {
            // column is one of our two constants, never input
            try (PreparedStatement q = c.prepareStatement("SELECT " + column + " FROM staff WHERE id = ?")) {
                q.setString(1, staffId);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() && rs.getBoolean(1);
                }
            }
        });
    }
}
