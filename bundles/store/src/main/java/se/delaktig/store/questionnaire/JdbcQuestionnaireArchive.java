package se.delaktig.store.questionnaire;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import se.delaktig.api.questionnaire.ArchiveConflictException;
import se.delaktig.api.questionnaire.ArchivedDefinition;
import se.delaktig.api.questionnaire.QuestionnaireArchive;
import se.delaktig.store.db.StoreDatabase;
import se.delaktig.store.db.StoreException;

/** The questionnaire archive on table {@code delaktig_questionnaire_archive} (migration V001). */
@Component(service = QuestionnaireArchive.class)
public class JdbcQuestionnaireArchive implements QuestionnaireArchive {
    static final int MAX_JSON_CHARS = 1_000_000;
    private static final String COLUMNS = "questionnaire_id, questionnaire_version, definition_json, sha256,"
            + " origin, archived_at, active";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM delaktig_questionnaire_archive";
    /** SQLState of a unique or primary key violation, in H2 and PostgreSQL alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final StoreDatabase db;
    private final Clock clock;

    /** Started by DS once the store's database is migrated. */
    @Activate
    public JdbcQuestionnaireArchive(@Reference StoreDatabase db) {
        this(db, Clock.systemUTC());
    }

    /** For tests: a fixed clock. */
    public JdbcQuestionnaireArchive(StoreDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public ArchivedDefinition archive(String questionnaireId, String version, String json, String origin)
            throws ArchiveConflictException {
        check("questionnaireId", questionnaireId, 200);
        check("version", version, 100);
        check("json", json, MAX_JSON_CHARS);
        check("origin", origin, 500);
        ArchivedDefinition offered = new ArchivedDefinition(questionnaireId, version, json, sha256(json), origin,
                clock.instant().truncatedTo(ChronoUnit.MICROS), true); // what the column keeps
        try {
            Optional<ArchivedDefinition> existing = find(questionnaireId, version);
            if (existing.isEmpty()) {
                try {
                    db.inTransaction(c -> insert(c, offered));
                    return offered;
                } catch (SQLException e) {
                    if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                        throw e;
                    }
                    // Another thread or node archived the same id and version just now.
                    existing = find(questionnaireId, version);
                }
            }
            ArchivedDefinition kept = existing.orElseThrow(() -> new StoreException(
                    "archive entry " + questionnaireId + " " + version + " vanished", null));
            if (!kept.sha256().equals(offered.sha256()) || !kept.json().equals(json)) {
                throw new ArchiveConflictException("questionnaire " + questionnaireId + " version " + version
                        + " is archived with other content (archived sha256 " + kept.sha256() + ", offered sha256 "
                        + offered.sha256() + "); versions never change: publish the change as a new version");
            }
            return kept;
        } catch (SQLException e) {
            throw new StoreException("archiving questionnaire " + questionnaireId + " " + version + " failed", e);
        }
    }

    @Override
    public Optional<ArchivedDefinition> find(String questionnaireId, String version) {
        try {
            return db.withConnection(c -> {
                try (PreparedStatement q = c.prepareStatement(
                        SELECT + " WHERE questionnaire_id = ? AND questionnaire_version = ?")) {
                    q.setString(1, questionnaireId);
                    q.setString(2, version);
                    try (ResultSet rs = q.executeQuery()) {
                        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
                    }
                }
            });
        } catch (SQLException e) {
            throw new StoreException("reading questionnaire " + questionnaireId + " " + version + " failed", e);
        }
    }

    @Override
    public List<ArchivedDefinition> all() {
        try {
            return db.withConnection(c -> {
                List<ArchivedDefinition> all = new ArrayList<>();
                try (PreparedStatement q = c.prepareStatement(SELECT + " ORDER BY questionnaire_id, archive_seq");
                     ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        all.add(read(rs));
                    }
                }
                return List.copyOf(all);
            });
        } catch (SQLException e) {
            throw new StoreException("reading the questionnaire archive failed", e);
        }
    }

    @Override
    public boolean setActive(String questionnaireId, String version, boolean active) {
        try {
            return db.inTransaction(c -> {
                try (PreparedStatement u = c.prepareStatement("UPDATE delaktig_questionnaire_archive SET active = ?"
                        + " WHERE questionnaire_id = ? AND questionnaire_version = ?")) {
                    u.setBoolean(1, active);
                    u.setString(2, questionnaireId);
                    u.setString(3, version);
                    return u.executeUpdate() == 1;
                }
            });
        } catch (SQLException e) {
            throw new StoreException("marking questionnaire " + questionnaireId + " " + version + " failed", e);
        }
    }

    private static ArchivedDefinition insert(Connection c, ArchivedDefinition d) throws SQLException {
        try (PreparedStatement i = c.prepareStatement("INSERT INTO delaktig_questionnaire_archive (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            i.setString(1, d.questionnaireId());
            i.setString(2, d.version());
            i.setString(3, d.json());
            i.setString(4, d.sha256());
            i.setString(5, d.origin());
            i.setObject(6, OffsetDateTime.ofInstant(d.archivedAt(), ZoneOffset.UTC));
            i.setBoolean(7, d.active());
            i.executeUpdate();
        }
        return d;
    }

    /** Reads a row and checks the document still matches its checksum. */
    private static ArchivedDefinition read(ResultSet rs) throws SQLException {
        String json = rs.getString(3);
        String sha = rs.getString(4);
        if (!sha256(json).equals(sha)) {
            throw new SQLException("archived questionnaire " + rs.getString(1) + " " + rs.getString(2)
                    + " no longer matches its checksum " + sha);
        }
        Instant archivedAt = rs.getObject(6, OffsetDateTime.class).toInstant();
        return new ArchivedDefinition(rs.getString(1), rs.getString(2), json, sha, rs.getString(5), archivedAt,
                rs.getBoolean(7));
    }

    private static void check(String name, String value, int maxChars) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        if (value.length() > maxChars) {
            throw new IllegalArgumentException(name + " is longer than " + maxChars + " characters");
        }
    }

    static String sha256(String json) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(json.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
