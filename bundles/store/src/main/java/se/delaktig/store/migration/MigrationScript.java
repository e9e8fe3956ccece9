package se.delaktig.store.migration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One migration step: a file named {@code V<number>__<description>.sql}.
 *
 * @param version     the step's number (the order of application)
 * @param description the part of the name after {@code __}
 * @param fileName    the file's name, for messages
 * @param sql         the file's text, line ends normalised to {@code \n}
 * @param checksum    hex SHA-256 of {@code sql} (UTF-8), recorded when the step is applied
 */
public record MigrationScript(int version, String description, String fileName, String sql, String checksum) {
    private static final Pattern NAME = Pattern.compile("V(\\d{1,9})__([A-Za-z0-9_]{1,150})\\.sql");

    /**
     * @param fileName the file name (no folder)
     * @param text     the file's content
     * @return the parsed step
     * @throws IllegalArgumentException when the name does not follow the convention
     */
    public static MigrationScript parse(String fileName, String text) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches() || Integer.parseInt(m.group(1)) < 1) {
            throw new IllegalArgumentException("not a migration file name (expected V<number>__<description>.sql, "
                    + "number from 1): " + fileName);
        }
        // Line ends normalised so a checkout with CRLF does not look like a changed migration.
        String sql = text.replace("\r\n", "\n").replace('\r', '\n');
        return new MigrationScript(Integer.parseInt(m.group(1)), m.group(2), fileName, sql, sha256(sql));
    }

    /** @return the statements of the file, in order, without comments */
    public List<String> statements() {
        return SqlScript.split(sql);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
