package se.delaktig.invitation.internal.channel;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.delaktig.api.invitation.Delivery;

/** Cleans text from outside (server replies, exception messages) before it becomes a failure reason. */
public final class Redaction {

    /** Longest reason kept. */
    public static final int MAX_LENGTH = 300;
    private static final String MASK = "(redacted)";
    private static final Pattern LONG_TOKEN = Pattern.compile("[A-Za-z0-9_-]{24,}");

    private Redaction() {
    }

    /**
     * @param text     text that may quote what was sent, may be {@code null}
     * @param delivery the delivery whose secrets and address must not appear
     * @return the text without the address, link, token, short code, long token-like runs and
     *         control characters, at most {@value #MAX_LENGTH} characters
     */
    public static String clean(String text, Delivery delivery) {
        if (text == null) {
            return "";
        }
        String out = text;
        for (String secret : secrets(delivery)) {
            out = Pattern.compile(Pattern.quote(secret), Pattern.CASE_INSENSITIVE).matcher(out)
                    .replaceAll(Matcher.quoteReplacement(MASK));
        }
        out = LONG_TOKEN.matcher(out).replaceAll(MASK);
        out = out.replaceAll("[\\p{Cntrl}&&[^\\n]]", " ").replace('\n', ' ').strip();
        return out.length() > MAX_LENGTH ? out.substring(0, MAX_LENGTH) + "..." : out;
    }

    private static List<String> secrets(Delivery d) {
        List<String> s = new ArrayList<>();
        s.add(d.link());
        int slash = d.link().lastIndexOf('/');
        if (slash >= 0 && d.link().length() - slash > 8) {
            s.add(d.link().substring(slash + 1));
        }
        if (!d.shortCode().isEmpty()) {
            s.add(d.shortCode());
            s.add(d.shortCode().replace("-", ""));
        }
        if (!d.address().isEmpty()) {
            s.add(d.address());
            if (d.address().startsWith("+")) {
                s.add(d.address().substring(1));
                s.add("0" + d.address().substring(3));
            }
        }
        s.removeIf(x -> x.length() < 4);
        s.sort((a, b) -> b.length() - a.length());
        return s;
    }
}
