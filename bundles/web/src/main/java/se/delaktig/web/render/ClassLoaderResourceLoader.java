package se.delaktig.web.render;

import java.io.InputStream;
import java.io.Reader;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.loader.ResourceLoader;
import org.apache.velocity.util.ExtProperties;

/**
 * Reads templates through one given class loader. Velocity's own classpath loader looks through the
 * thread context loader and Velocity's bundle, neither of which sees another bundle's templates.
 */
final class ClassLoaderResourceLoader extends ResourceLoader {

    private final ClassLoader loader;
    private final String root;

    ClassLoaderResourceLoader(ClassLoader loader, String root) {
        this.loader = loader;
        this.root = root.isEmpty() || root.endsWith("/") ? root : root + "/";
    }

    @Override
    public void init(ExtProperties configuration) {
        // everything is given to the constructor
    }

    @Override
    public Reader getResourceReader(String name, String encoding) {
        if (name == null || name.isEmpty() || name.contains("..")) {
            throw new ResourceNotFoundException("Invalid template name: " + name);
        }
        String path = root + (name.startsWith("/") ? name.substring(1) : name);
        InputStream in = loader.getResourceAsStream(path);
        if (in == null) {
            throw new ResourceNotFoundException("No template " + path);
        }
        try {
            return buildReader(in, encoding);
        } catch (Exception e) {
            throw new ResourceNotFoundException("Cannot read template " + path, e, null);
        }
    }

    @Override
    public boolean isSourceModified(Resource resource) {
        return false; // templates live inside an immutable bundle
    }

    @Override
    public long getLastModified(Resource resource) {
        return 0;
    }
}
