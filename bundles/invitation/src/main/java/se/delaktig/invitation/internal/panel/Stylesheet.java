package se.delaktig.invitation.internal.panel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The panel's stylesheet, read from this bundle once, with a content hash in its public name so
 * that browsers may cache it for ever ({@code Cache-Control: immutable}).
 */
public final class Stylesheet {

    /** The plugin's path on the site (the Jakarta REST whiteboard's {@code jersey.context.path}). */
    public static final String CONTEXT_PATH = "/delaktig";
    /** Where the stylesheet servlet listens; the name below it carries the hash. */
    public static final String BASE_PATH = CONTEXT_PATH + "/static/invitations";
    static final String RESOURCE = "se/delaktig/invitation/panel/static/invitations.css";

    private final byte[] content;
    private final String name;

    private Stylesheet(byte[] content, String name) {
        this.content = content;
        this.name = name;
    }

    /** @return the stylesheet of this bundle */
    public static Stylesheet load() {
        return load(Stylesheet.class.getClassLoader(), RESOURCE);
    }

    static Stylesheet load(ClassLoader loader, String resource) {
        try (InputStream in = Objects.requireNonNull(loader.getResourceAsStream(resource), resource)) {
            byte[] bytes = in.readAllBytes();
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new Stylesheet(bytes, "panel-" + HexFormat.of().formatHex(digest, 0, 6) + ".css");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the file name with its hash, such as {@code panel-3f9a0c12b4de.css} */
    public String name() {
        return name;
    }

    /** @return the absolute path on this site, for {@code PanelContent.stylesheetUrls} and {@code <link>} */
    public String url() {
        return BASE_PATH + "/" + name;
    }

    /** @return a copy of the bytes (UTF-8 CSS) */
    public byte[] content() {
        return content.clone();
    }
}
