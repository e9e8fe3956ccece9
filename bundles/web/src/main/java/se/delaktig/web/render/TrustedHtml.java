package se.delaktig.web.render;

import java.util.Objects;

/**
 * HTML produced by an {@link HtmlRenderer} from one of our own templates, and therefore already
 * escaped. It is inserted into another template unchanged; every other value is escaped. Only the
 * renderer creates instances, so text from a request can never become trusted by accident.
 */
public final class TrustedHtml {

    private final String html;

    TrustedHtml(String html) {
        this.html = Objects.requireNonNull(html, "html");
    }

    /** @return the HTML markup */
    public String html() {
        return html;
    }

    /** @return the HTML markup, so that the value can be written out as it is */
    @Override
    public String toString() {
        return html;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TrustedHtml t && t.html.equals(html);
    }

    @Override
    public int hashCode() {
        return html.hashCode();
    }
}
