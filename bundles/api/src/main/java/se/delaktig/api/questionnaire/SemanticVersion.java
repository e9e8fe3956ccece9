package se.delaktig.api.questionnaire;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A semantic version {@code MAJOR.MINOR.PATCH} (digits only, no leading zeros), ordered numerically.
 *
 * @param major major part
 * @param minor minor part
 * @param patch patch part
 */
public record SemanticVersion(int major, int minor, int patch) implements Comparable<SemanticVersion> {

    private static final Pattern FORM = Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");

    /**
     * @param text a version such as {@code 1.10.0}
     * @return the version, or {@code null} when {@code text} is not of the form {@code MAJOR.MINOR.PATCH}
     */
    public static SemanticVersion parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return null;
        }
        return new SemanticVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
    }

    @Override
    public int compareTo(SemanticVersion other) {
        int c = Integer.compare(major, other.major);
        if (c == 0) {
            c = Integer.compare(minor, other.minor);
        }
        return c != 0 ? c : Integer.compare(patch, other.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
