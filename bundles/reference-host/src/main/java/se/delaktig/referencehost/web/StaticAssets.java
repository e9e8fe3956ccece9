package se.delaktig.referencehost.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The host's stylesheet, served under a name carrying its content hash, so browsers may keep it
 * for a year and still see every change.
 */
final class StaticAssets {
    private final byte[] css;
    private final String cssName;

    StaticAssets(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream("static/host.css")) {
            if (in == null) {
                throw new IllegalStateException("static/host.css missing from the bundle");
            }
            css = in.readAllBytes();
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(css)).substring(0, 12);
            cssName = "host-" + hash + ".css";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the stylesheet's URL */
    String cssUrl() {
        return "/host/static/" + cssName;
    }

    /** Serves {@code name} (below /host/static/); false when there is no such asset. */
    boolean serve(String name, HttpServletResponse response) throws IOException {
        if (!cssName.equals(name)) {
            return false;
        }
        response.setContentType("text/css");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        response.setContentLength(css.length);
        response.getOutputStream().write(css);
        return true;
    }
}
