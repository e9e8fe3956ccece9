/**
 * Case panels: HTML fragments an extension contributes to the host's case page.
 *
 * <p>An extension registers {@link se.delaktig.host.api.panel.CasePanel} services (whiteboard).
 * The host discovers them, checks that the signed-in person may see the case, asks each panel to
 * render for (case, staff, locale) and inserts the fragments untouched, in order of
 * {@code service.ranking} (highest first), adding the panels' stylesheets to the page head.
 * A panel that throws or is slow must not break the page: the host shows a neutral notice in its
 * place and logs the failure.
 *
 * <p>Fragments are escaped, script-free HTML: no {@code <script>}, no inline event handlers, no
 * inline styles (so the host can keep a strict Content-Security-Policy). Forms in a fragment post
 * to the extension's own endpoints with the extension's own CSRF token and redirect back to
 * {@link se.delaktig.host.api.panel.PanelRequest#returnUrl()}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package se.delaktig.host.api.panel;
