package se.delaktig.web.internal.assets;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import se.delaktig.web.api.StaticAssets;
import se.delaktig.web.internal.ReferrerPolicy;

/** Decides the answer to a request for a static file: status, headers and which form of the bytes. */
final class AssetResponder {

    static final String CACHE_IMMUTABLE = "public, max-age=31536000, immutable";
    /** An SVG opened on its own is a document: no scripts, nothing from elsewhere. */
    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; "
            + "base-uri 'none'; form-action 'none'";

    /**
     * @param status  200, 304 or 404
     * @param headers the headers to set
     * @param asset   the file for a 200 (its body) or 304, else null
     * @param gzip    whether the gzip form is sent
     */
    record Answer(int status, Map<String, String> headers, StaticAssets.Asset asset, boolean gzip) {
    }

    private final Function<String, StaticAssets> bundles;

    /** @param bundles the asset bundle of a name, or null */
    AssetResponder(Function<String, StaticAssets> bundles) {
        this.bundles = bundles;
    }

    /**
     * @param pathInfo       the path below {@code /delaktig/static}, such as {@code /invitations/panel-3f9a0c12b4de.css}
     * @param acceptEncoding the {@code Accept-Encoding} header, or null
     * @param ifNoneMatch    the {@code If-None-Match} header, or null
     */
    Answer answer(String pathInfo, String acceptEncoding, String ifNoneMatch) {
        Map<String, String> headers = securityHeaders();
        StaticAssets.Asset asset = find(pathInfo);
        if (asset == null) {
            headers.put("Cache-Control", "no-store");
            headers.put("Content-Type", "text/plain;charset=utf-8");
            return new Answer(404, headers, null, false);
        }
        boolean gzip = asset.compressed() && acceptsGzip(acceptEncoding);
        String etag = etag(asset, gzip);
        headers.put("Cache-Control", CACHE_IMMUTABLE);
        headers.put("ETag", etag);
        if (asset.compressed()) {
            headers.put("Vary", "Accept-Encoding");
        }
        if (matches(ifNoneMatch, asset)) {
            return new Answer(304, headers, asset, gzip);
        }
        headers.put("Content-Type", asset.contentType());
        if (gzip) {
            headers.put("Content-Encoding", "gzip");
        }
        headers.put("Content-Length", Integer.toString(asset.length(gzip)));
        return new Answer(200, headers, asset, gzip);
    }

    private StaticAssets.Asset find(String pathInfo) {
        if (pathInfo == null || !pathInfo.startsWith("/")) {
            return null;
        }
        String[] parts = pathInfo.substring(1).split("/", -1);
        if (parts.length != 2) {
            return null;
        }
        StaticAssets assets = bundles.apply(parts[0]);
        return assets == null ? null : assets.find(parts[1]).orElse(null);
    }

    static Map<String, String> securityHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Content-Security-Policy", CSP);
        headers.put("Referrer-Policy", ReferrerPolicy.STRICT);
        headers.put("X-Frame-Options", "DENY");
        headers.put("Cross-Origin-Resource-Policy", "same-origin");
        return headers;
    }

    static String etag(StaticAssets.Asset asset, boolean gzip) {
        // Each encoding is its own representation with its own strong validator.
        return "\"" + asset.hash() + (gzip ? "-gzip" : "") + "\"";
    }

    /** Weak comparison (RFC 9110 13.1.2): either encoding's tag, or {@code *}, is a match. */
    static boolean matches(String ifNoneMatch, StaticAssets.Asset asset) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("*") || t.equals(etag(asset, false)) || t.equals(etag(asset, true))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code Accept-Encoding} allows gzip: named (or {@code x-gzip}, or {@code *}) with a q above 0. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        Double named = null;
        Double any = null;
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.split(";");
            String coding = pieces[0].trim().toLowerCase(Locale.ROOT);
            double q = quality(pieces);
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                named = named == null ? q : Math.max(named, q);
            } else if (coding.equals("*")) {
                any = q;
            }
        }
        if (named != null) {
            return named > 0;
        }
        return any != null && any > 0;
    }

    private static double quality(String[] pieces) {
        for (int i = 1; i < pieces.length; i++) {
            String parameter = pieces[i].trim();
            if (parameter.startsWith("q=") || parameter.startsWith("Q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2).trim());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
