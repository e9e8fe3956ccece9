/**
 * Safe HTML rendering and translated texts for Delaktig bundles.
 *
 * <p>Each bundle renders its own templates with its own {@link se.delaktig.web.render.HtmlRenderer},
 * created with the bundle's class loader, because no other bundle can see its templates. Every
 * reference is HTML-escaped unless its value is a {@link se.delaktig.web.render.TrustedHtml}, which
 * only a renderer creates; that is how a rendered fragment is nested into a page.
 * {@link se.delaktig.web.render.MessageCatalog} loads a bundle's texts per language, with no
 * fallback to the JVM's default locale.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package se.delaktig.web.render;
