package se.delaktig.web.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A bundle's static files, read once from its class loader, each published under a name carrying
 * the first 12 hex digits of its SHA-256 ({@code panel.css} becomes {@code panel-3f9a0c12b4de.css}),
 * so browsers may keep it for a year and still see every change. Text files (CSS, JavaScript, SVG,
 * JSON, plain text) are gzip-compressed once here, never per request. Immutable and thread-safe.
 *
 * <p>Register the instance through an {@link AssetBundle} service to have the web bundle serve it;
 * {@link #url(String)} gives the path to put in a page or in {@code PanelContent.stylesheetUrls}.
 */
public final class StaticAssets {

    /** Where the web bundle serves every bundle's files: {@code /delaktig/static/<name>/<file>}. */
    public static final String BASE_PATH = "/delaktig/static";

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*\\.[a-z0-9]+");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("css", "text/css;charset=utf-8"),
            Map.entry("js", "text/javascript;charset=utf-8"),
            Map.entry("mjs", "text/javascript;charset=utf-8"),
            Map.entry("svg", "image/svg+xml;charset=utf-8"),
            Map.entry("json", "application/json;charset=utf-8"),
            Map.entry("txt", "text/plain;charset=utf-8"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/vnd.microsoft.icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("mp3", "audio/mpeg"),
            Map.entry("ogg", "audio/ogg"),
            Map.entry("opus", "audio/ogg"),
            Map.entry("m4a", "audio/mp4"),
            Map.entry("webm", "audio/webm"));
    private static final Set<String> COMPRESSIBLE = Set.of("css", "js", "mjs", "svg", "json", "txt");

    private final String name;
    private final Map<String, Asset> byFile;
    private final Map<String, Asset> byFingerprint;

    private StaticAssets(String name, Map<String, Asset> byFile) {
        this.name = name;
        this.byFile = Collections.unmodifiableMap(byFile);
        Map<String, Asset> fingerprinted = new LinkedHashMap<>();
        byFile.values().forEach(asset -> fingerprinted.put(asset.fingerprintedName(), asset));
        this.byFingerprint = Collections.unmodifiableMap(fingerprinted);
    }

    /**
     * @param name   the URL segment of these files, lower-case letters, digits and {@code -}, unique
     *               in the plugin (by convention the bundle's role: {@code invitations}, {@code results})
     * @param loader the class loader that sees the files (the contributing bundle's)
     * @return a builder to name the files
     */
    public static Builder builder(String name, ClassLoader loader) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("asset bundle name must match " + NAME + ": " + name);
        }
        return new Builder(name, Objects.requireNonNull(loader, "loader"));
    }

    /** @return the URL segment below {@link #BASE_PATH} */
    public String name() {
        return name;
    }

    /** @return the public (unfingerprinted) file names, such as {@code panel.css} */
    public Set<String> files() {
        return byFile.keySet();
    }

    /**
     * @param file a public file name given to the builder
     * @return its absolute path on this site, such as {@code /delaktig/static/invitations/panel-3f9a0c12b4de.css}
     * @throws IllegalArgumentException for a file that is not in this bundle
     */
    public String url(String file) {
        Asset asset = byFile.get(file);
        if (asset == null) {
            throw new IllegalArgumentException("no asset " + file + " in " + name);
        }
        return BASE_PATH + "/" + name + "/" + asset.fingerprintedName();
    }

    /** @return the file with exactly this fingerprinted name, or empty (an old hash is unknown) */
    public Optional<Asset> find(String fingerprintedName) {
        return Optional.ofNullable(byFingerprint.get(fingerprintedName));
    }

    /** Names the files of a {@link StaticAssets}; reads and fingerprints them in {@link #build()}. */
    public static final class Builder {
        private final String name;
        private final ClassLoader loader;
        private final Map<String, String> resources = new LinkedHashMap<>();

        private Builder(String name, ClassLoader loader) {
            this.name = name;
            this.loader = loader;
        }

        /**
         * @param file     the public name, such as {@code panel.css}: no folders; its extension sets the
         *                 content type (css, js, mjs, svg, json, txt, png, jpg, webp, ico, woff2, mp3, ogg, opus, m4a, webm)
         * @param resource the path of the file for the class loader
         * @return this builder
         */
        public Builder add(String file, String resource) {
            if (file == null || !FILE.matcher(file).matches()) {
                throw new IllegalArgumentException("asset file name must match " + FILE + ": " + file);
            }
            if (!TYPES.containsKey(extension(file))) {
                throw new IllegalArgumentException("no content type known for " + file);
            }
            if (resources.putIfAbsent(file, Objects.requireNonNull(resource, "resource")) != null) {
                throw new IllegalArgumentException("asset " + file + " added twice");
            }
            return this;
        }

        /**
         * @return the files, read, fingerprinted and compressed
         * @throws IllegalStateException when a resource is missing
         */
        public StaticAssets build() {
            Map<String, Asset> assets = new LinkedHashMap<>();
            resources.forEach((file, resource) -> assets.put(file, Asset.of(file, read(resource))));
            return new StaticAssets(name, assets);
        }

        private byte[] read(String resource) {
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("asset resource missing: " + resource);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** One file: its bytes, and its gzip form when that is smaller. */
    public static final class Asset {
        private final String fingerprintedName;
        private final String contentType;
        private final String hash;
        private final byte[] content;
        private final byte[] gzip;

        private Asset(String fingerprintedName, String contentType, String hash, byte[] content, byte[] gzip) {
            this.fingerprintedName = fingerprintedName;
            this.contentType = contentType;
            this.hash = hash;
            this.content = content;
            this.gzip = gzip;
        }

        static Asset of(String file, byte[] content) {
            String extension = extension(file);
            String hash = sha256(content).substring(0, 12);
            String stem = file.substring(0, file.length() - extension.length() - 1);
            byte[] gzip = COMPRESSIBLE.contains(extension) ? gzip(content) : null;
            return new Asset(stem + "-" + hash + "." + extension, TYPES.get(extension), hash, content,
                    gzip != null && gzip.length < content.length ? gzip : null);
        }

        /** @return the name with its hash, such as {@code panel-3f9a0c12b4de.css} */
        public String fingerprintedName() {
            return fingerprintedName;
        }

        /** @return the {@code Content-Type}, with {@code charset=utf-8} for text */
        public String contentType() {
            return contentType;
        }

        /** @return the 12 hex digits of the content's SHA-256 in the name */
        public String hash() {
            return hash;
        }

        /** @return whether a gzip form exists (text files that shrink) */
        public boolean compressed() {
            return gzip != null;
        }

        /** @return the length in bytes of the plain form, or of the gzip form when {@code gzip} and there is one */
        public int length(boolean gzip) {
            return gzip && this.gzip != null ? this.gzip.length : content.length;
        }

        /** Writes the plain form, or the gzip form when {@code gzip} and there is one. */
        public void writeTo(OutputStream out, boolean gzip) throws IOException {
            out.write(gzip && this.gzip != null ? this.gzip : content);
        }

        /** @return a copy of the plain bytes */
        public byte[] content() {
            return content.clone();
        }
    }

    private static String extension(String file) {
        return file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 32);
        try (GZIPOutputStream zip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
