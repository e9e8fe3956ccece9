package se.delaktig.statistics.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/** The manager page's stylesheet, with a content hash in its public name (cached for ever). */
public final class Stylesheet {
    /** The Jakarta REST whiteboard's servlet context ({@code jersey.context.path}). */
    static final String CONTEXT_PATH = "/delaktig";
    /** Where {@link StylesheetServlet} listens inside that context. */
    static final String SERVLET_PATH = "/static/statistics";
    /** The public path of the stylesheets. */
    public static final String BASE_PATH = CONTEXT_PATH + SERVLET_PATH;
    static final String RESOURCE = "se/delaktig/statistics/static/statistics.css";

    private final byte[] content;
    private final String name;

    private Stylesheet(byte[] content, String name) {
        this.content = content;
        this.name = name;
    }

    /** @return the stylesheet of this bundle */
    public static Stylesheet load() {
        try (InputStream in = Objects.requireNonNull(Stylesheet.class.getClassLoader().getResourceAsStream(RESOURCE), RESOURCE)) {
            byte[] bytes = in.readAllBytes();
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new Stylesheet(bytes, "statistics-" + HexFormat.of().formatHex(digest, 0, 6) + ".css");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the file name with its hash */
    public String name() {
        return name;
    }

    /** @return the absolute path on this site */
    public String url() {
        return BASE_PATH + "/" + name;
    }

    /** @return a copy of the bytes */
    public byte[] content() {
        return content.clone();
    }
}
