package se.delaktig.host.api.panel;

import java.util.List;
import java.util.Objects;

/**
 * A rendered panel.
 *
 * @param title          the panel's heading, plain text (the host escapes it)
 * @param html           an escaped, script-free HTML fragment (no {@code <html>}, {@code <head>}
 *                       or {@code <body>}), inserted by the host untouched
 * @param stylesheetUrls absolute paths on the same site (starting with {@code /}) of stylesheets
 *                       the fragment needs, added by the host to the page head once each; the host
 *                       may drop anything else
 */
public record PanelContent(String title, String html, List<String> stylesheetUrls) {
    /** Checks the components and copies the list. */
    public PanelContent {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(html, "html");
        stylesheetUrls = List.copyOf(stylesheetUrls);
    }
}
