package se.delaktig.referencehost.db;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osgi.framework.Bundle;

/**
 * A tiny versioned migration runner: numbered SQL files ({@code V001__name.sql}), one transaction
 * per file, recorded with a checksum in {@code schema_version}. An applied file that changed stops
 * the start, so a schema never silently drifts.
 */
public final class Migrations {
    static final String FOLDER = "db/migration";
    private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");

    private final List<URL> scripts;

    /** @param scripts the URLs of the migration files (any order) */
    public Migrations(List<URL> scripts) {
        this.scripts = List.copyOf(scripts);
    }

    /** The migration files packed in {@code bundle}, found through the bundle itself. */
    public static Migrations fromBundle(Bundle bundle) {
        var entries = bundle.findEntries(FOLDER, "V*.sql", false);
        return new Migrations(entries == null ? List.of() : Collections.list(entries));
    }

    void migrate(HostDatabase db) throws SQLException, IOException {
        db.withConnection(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT PRIMARY KEY,"
                        + " description VARCHAR(200) NOT NULL, checksum VARCHAR(64) NOT NULL,"
                        + " applied_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL)");
            }
            return null;
        });
        List<Script> ordered = new ArrayList<>();
        for (URL url : scripts) {
            ordered.add(Script.read(url));
        }
        ordered.sort(Comparator.comparingInt(Script::version));
        for (Script script : ordered) {
            apply(db, script);
        }
    }

    private static void apply(HostDatabase db, Script script) throws SQLException {
        db.inTransaction(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT checksum FROM schema_version WHERE version = ?")) {
                q.setInt(1, script.version());
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        if (!rs.getString(1).equals(script.checksum())) {
                            throw new SQLException("migration V" + script.version() + " changed after it was applied");
                        }
                        return null;
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                for (String statement : script.statements()) {
                    s.execute(statement);
                }
            }
            try (PreparedStatement ins = c.prepareStatement(
                    "INSERT INTO schema_version (version, description, checksum) VALUES (?, ?, ?)")) {
                ins.setInt(1, script.version());
                ins.setString(2, script.description());
                ins.setString(3, script.checksum());
                ins.executeUpdate();
            }
            return null;
        });
    }

    record Script(int version, String description, String sql, String checksum) {
        static Script read(URL url) throws IOException {
            String path = url.getPath();
            Matcher m = NAME.matcher(path.substring(path.lastIndexOf('/') + 1));
            if (!m.matches()) {
                throw new IOException("not a migration file name: " + path);
            }
            String sql;
            try (InputStream in = url.openStream()) {
                sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            return new Script(Integer.parseInt(m.group(1)), m.group(2), sql, sha256(sql));
        }

        List<String> statements() {
            List<String> out = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String line : sql.split("\n")) {
                String trimmed = line.strip();
                if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                    continue;
                }
                current.append(line).append('\n');
                if (trimmed.endsWith(";")) {
                    out.add(current.substring(0, current.lastIndexOf(";")));
                    current.setLength(0);
                }
            }
            if (!current.toString().isBlank()) {
                out.add(current.toString());
            }
            return out;
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
