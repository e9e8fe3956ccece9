package se.delaktig.questionnaire.internal.osgi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.osgi.framework.Bundle;

/**
 * A {@link Bundle} holding files in memory, answering only what the extender asks: symbolic name,
 * id, {@code getEntry} and non-recursive {@code findEntries}. Its URLs look like a framework's
 * ({@code bundle://7.0/questionnaires/a.json}); a file whose content is {@code null} fails to open.
 */
final class FakeBundle {

    private FakeBundle() {
    }

    static Bundle of(long id, String symbolicName, Map<String, String> files) {
        Map<String, String> content = new TreeMap<>(files);
        URLStreamHandler handler = new URLStreamHandler() {
            @Override
            protected URLConnection openConnection(URL url) {
                return new URLConnection(url) {
                    @Override
                    public void connect() {
                    }

                    @Override
                    public InputStream getInputStream() throws IOException {
                        String text = content.get(url.getPath().substring(1));
                        if (text == null) {
                            throw new IOException("entry is damaged");
                        }
                        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
                    }
                };
            }
        };
        return (Bundle) Proxy.newProxyInstance(FakeBundle.class.getClassLoader(), new Class<?>[] {Bundle.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getSymbolicName" -> symbolicName;
                    case "getBundleId" -> id;
                    case "getEntry" -> content.containsKey(strip((String) args[0])) ? url(id, strip((String) args[0]), handler) : null;
                    case "findEntries" -> find(id, content, (String) args[0], (String) args[1], handler);
                    case "toString" -> "FakeBundle " + symbolicName;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static String strip(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private static Object find(long id, Map<String, String> content, String dir, String glob, URLStreamHandler handler) {
        String folder = strip(dir).isEmpty() ? "" : strip(dir) + "/";
        Pattern name = Pattern.compile(Pattern.quote(glob).replace("*", "\\E[^/]*\\Q"));
        List<URL> found = content.keySet().stream()
                .filter(p -> p.startsWith(folder) && name.matcher(p.substring(folder.length())).matches())
                .map(p -> url(id, p, handler)).toList();
        return found.isEmpty() ? null : Collections.enumeration(found); // the framework answers null for none
    }

    private static URL url(long id, String path, URLStreamHandler handler) {
        try {
            return new URL("bundle", id + ".0", -1, "/" + path, handler);
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
