package se.delaktig.referencehost.view;

/**
 * One extension panel as the case page shows it.
 *
 * @param id     the panel's id, reduced to characters safe in an HTML id
 * @param title  the heading (escaped when inserted)
 * @param html   the panel's fragment, or null when it failed and the notice is shown instead
 */
public record PanelView(String id, String title, TrustedHtml html) {
    public boolean failed() {
        return html == null;
    }
}
