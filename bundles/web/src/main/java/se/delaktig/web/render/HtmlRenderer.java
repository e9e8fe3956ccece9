package se.delaktig.web.render;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.util.introspection.SecureUberspector;

/**
 * Renders a bundle's own templates to escaped HTML.
 *
 * <p>Create one per bundle, for example in a component's {@code activate}:
 * <pre>{@code
 * HtmlRenderer renderer = HtmlRenderer.create(getClass().getClassLoader(), "templates");
 * TrustedHtml panel = renderer.render("panel.vm", Map.of("title", title, "rows", rows));
 * }</pre>
 * Templates are read through the given class loader only, so a bundle renders exactly its own
 * files. Every reference is HTML-escaped except {@link TrustedHtml} values; templates run in strict
 * mode (a reference to a value the model does not hold fails instead of printing nothing) and
 * with Velocity's secure introspection (no reflection, class loaders or files from a template).
 * Instances are thread-safe. Never build a template from input.
 */
public final class HtmlRenderer {

    private static final String LOADER = "bundle";

    private final VelocityEngine engine;

    private HtmlRenderer(VelocityEngine engine) {
        this.engine = engine;
    }

    /**
     * @param loader       the class loader that holds the templates, normally the calling bundle's
     * @param templateRoot the folder of the templates inside that loader, such as {@code "templates"}
     * @return a ready renderer
     * @throws RenderException when the template engine cannot start
     */
    public static HtmlRenderer create(ClassLoader loader, String templateRoot) {
        Objects.requireNonNull(loader, "loader");
        VelocityEngine engine = new VelocityEngine();
        engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, LOADER);
        engine.setProperty("resource.loader." + LOADER + ".instance",
                new ClassLoaderResourceLoader(loader, templateRoot == null ? "" : templateRoot));
        engine.setProperty("resource.loader." + LOADER + ".cache", "true");
        engine.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        engine.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, SecureUberspector.class.getName());
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        withVelocityLoader(() -> {
            engine.init();
            return null;
        }, "start the template engine");
        return new HtmlRenderer(engine);
    }

    /**
     * @param template the template's name relative to the template root, such as {@code "panel.vm"}
     * @param model    the values the template refers to by name
     * @return the rendered, escaped HTML
     * @throws RenderException when the template is missing, invalid, or refers to an unknown value
     */
    public TrustedHtml render(String template, Map<String, ?> model) {
        VelocityContext context = new VelocityContext(new HashMap<>(model));
        EventCartridge cartridge = new EventCartridge();
        cartridge.addEventHandler(new EscapingInsertionHandler());
        cartridge.attachToContext(context);
        StringWriter out = new StringWriter();
        withVelocityLoader(() -> {
            Template t = engine.getTemplate(template, "UTF-8");
            t.merge(context, out);
            return null;
        }, "render " + template);
        return new TrustedHtml(out.toString());
    }

    /**
     * @param text any text
     * @return the text with {@code & < > " '} replaced by entities, safe in element content and
     *         quoted attributes
     */
    public static String escape(String text) {
        return EscapingInsertionHandler.escape(text);
    }

    /**
     * Velocity instantiates its parts by class name through the thread context class loader
     * first; on a servlet thread that loader is arbitrary, so point it at Velocity's own bundle.
     */
    private static <T> T withVelocityLoader(Supplier<T> action, String what) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(VelocityEngine.class.getClassLoader());
        try {
            return action.get();
        } catch (VelocityException e) {
            throw new RenderException("Cannot " + what + ": " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
