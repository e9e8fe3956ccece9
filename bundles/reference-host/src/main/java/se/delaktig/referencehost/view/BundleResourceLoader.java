package se.delaktig.referencehost.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.loader.ResourceLoader;
import org.apache.velocity.util.ExtProperties;

/**
 * Reads templates through our own bundle's class loader: Velocity's classpath loader would look
 * through the thread context loader and Velocity's bundle, which cannot see them.
 */
final class BundleResourceLoader extends ResourceLoader {
    private final ClassLoader loader;
    private final String folder;

    BundleResourceLoader(ClassLoader loader, String folder) {
        this.loader = loader;
        this.folder = folder;
    }

    @Override
    public void init(ExtProperties configuration) {
        // everything is given to the constructor
    }

    @Override
    public Reader getResourceReader(String source, String encoding) {
        if (source.contains("..")) {
            throw new ResourceNotFoundException("no template " + source);
        }
        InputStream in = loader.getResourceAsStream(folder + "/" + source);
        if (in == null) {
            throw new ResourceNotFoundException("no template " + source);
        }
        try {
            return buildReader(in, encoding);
        } catch (IOException e) {
            throw new ResourceNotFoundException("cannot read template " + source, e);
        }
    }

    @Override
    public boolean isSourceModified(Resource resource) {
        return false; // templates live in the bundle and never change while it runs
    }

    @Override
    public long getLastModified(Resource resource) {
        return 0;
    }
}
