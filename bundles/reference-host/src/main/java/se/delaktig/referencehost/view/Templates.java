package se.delaktig.referencehost.view;

import java.io.StringWriter;
import java.util.Map;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.util.introspection.SecureUberspector;

/**
 * The host's private Velocity engine: templates from our bundle only, strict references, the
 * secure uberspector, and HTML escaping of every insertion.
 */
public final class Templates {
    private final VelocityEngine engine = new VelocityEngine();

    /** @param loader a class loader that sees {@code templates/*.vm} (our bundle's) */
    public Templates(ClassLoader loader) {
        engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, "bundle");
        engine.setProperty("resource.loader.bundle.instance", new BundleResourceLoader(loader, "templates"));
        engine.setProperty("resource.loader.bundle.cache", "true");
        engine.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        engine.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, SecureUberspector.class.getName());
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        engine.setProperty(RuntimeConstants.VM_ARGUMENTS_STRICT, "true");
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Velocity loads its own parts by name; let it find them through its own bundle.
        thread.setContextClassLoader(VelocityEngine.class.getClassLoader());
        try {
            engine.init();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Renders {@code templates/<name>} with {@code model}; every inserted value is escaped. */
    public String render(String name, Map<String, ?> model) {
        VelocityContext context = new VelocityContext();
        model.forEach(context::put);
        EventCartridge cartridge = new EventCartridge();
        cartridge.addReferenceInsertionEventHandler(new EscapingHandler());
        cartridge.attachToContext(context);
        Template template = engine.getTemplate(name, "UTF-8");
        StringWriter out = new StringWriter();
        template.merge(context, out);
        return out.toString();
    }
}
