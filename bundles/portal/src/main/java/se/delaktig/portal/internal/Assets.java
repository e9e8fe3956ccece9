package se.delaktig.portal.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The portal's own static files (style, script, the faces), each served under a name carrying
 * the first 10 hex digits of its SHA-256, so they can be cached for a year and still change.
 */
final class Assets {

    /** URL base of the files: a servlet context of its own under the portal's path. */
    static final String BASE = "/delaktig/portal/assets";
    static final List<String> FILES = List.of("portal.css", "portal.js", "face-very-sad.svg", "face-sad.svg",
            "face-neutral.svg", "face-happy.svg", "face-very-happy.svg");

    record Asset(String name, String type, byte[] bytes) {
    }

    private final Map<String, Asset> byFingerprint = new LinkedHashMap<>();
    private final Map<String, String> urls = new LinkedHashMap<>();

    Assets(ClassLoader loader) {
        for (String file : FILES) {
            byte[] bytes = read(loader, "assets/" + file);
            int dot = file.lastIndexOf('.');
            String fingerprinted = file.substring(0, dot) + "." + sha(bytes) + file.substring(dot);
            byFingerprint.put(fingerprinted, new Asset(fingerprinted, type(file), bytes));
            urls.put(file, BASE + "/" + fingerprinted);
        }
    }

    /** @param file e.g. {@code portal.css} @return its fingerprinted URL */
    String url(String file) {
        String url = urls.get(file);
        if (url == null) {
            throw new IllegalArgumentException("no asset " + file);
        }
        return url;
    }

    /** @param fingerprinted e.g. {@code portal.0123456789.css} @return the file, or null */
    Asset get(String fingerprinted) {
        return byFingerprint.get(fingerprinted);
    }

    static String type(String file) {
        if (file.endsWith(".css")) {
            return "text/css;charset=UTF-8";
        }
        if (file.endsWith(".js")) {
            return "text/javascript;charset=UTF-8";
        }
        if (file.endsWith(".svg")) {
            return "image/svg+xml";
        }
        if (file.endsWith(".png")) {
            return "image/png";
        }
        if (file.endsWith(".mp3")) {
            return "audio/mpeg";
        }
        if (file.endsWith(".ogg") || file.endsWith(".opus")) {
            return "audio/ogg";
        }
        if (file.endsWith(".m4a")) {
            return "audio/mp4";
        }
        if (file.endsWith(".webm")) {
            return "audio/webm";
        }
        return "application/octet-stream";
    }

    private static byte[] read(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
