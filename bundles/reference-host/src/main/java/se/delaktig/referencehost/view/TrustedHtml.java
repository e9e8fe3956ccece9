package se.delaktig.referencehost.view;

import java.util.Objects;

/**
 * HTML that the escaping handler inserts untouched. Only for fragments rendered by our own
 * templates and for case panel fragments, which the panel contract declares already escaped.
 */
public record TrustedHtml(String html) {
    public TrustedHtml {
        Objects.requireNonNull(html, "html");
    }

    @Override
    public String toString() {
        return html;
    }
}
