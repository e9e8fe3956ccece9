package se.delaktig.web.internal.assets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import se.delaktig.web.api.StaticAssets;

class AssetResponderTest {
    private static final String FOLDER = "se/delaktig/web/assets/";
    private final StaticAssets assets = StaticAssets.builder("sample", getClass().getClassLoader())
            .add("panel.css", FOLDER + "sample.css").add("dot.png", FOLDER + "dot.png").build();
    private final AssetResponder responder = new AssetResponder(Map.of("sample", assets)::get);
    private final String css = path("panel.css");

    private String path(String file) {
        return assets.url(file).substring(StaticAssets.BASE_PATH.length());
    }

    @Test
    void aFingerprintedFileIsImmutable() {
        AssetResponder.Answer answer = responder.answer(css, null, null);
        assertEquals(200, answer.status());
        Map<String, String> h = answer.headers();
        assertEquals("public, max-age=31536000, immutable", h.get("Cache-Control"));
        assertEquals("text/css;charset=utf-8", h.get("Content-Type"));
        assertEquals("nosniff", h.get("X-Content-Type-Options"));
        assertEquals("no-referrer", h.get("Referrer-Policy"));
        assertEquals("Accept-Encoding", h.get("Vary"), "a cache must keep the two encodings apart");
        assertNull(h.get("Content-Encoding"), "no Accept-Encoding, no gzip");
        assertFalse(answer.gzip());
        assertEquals(Integer.toString(answer.asset().length(false)), h.get("Content-Length"));
        assertTrue(h.get("ETag").matches("\"[0-9a-f]{12}\""), h.get("ETag"));
    }

    @Test
    void gzipWhenAccepted() {
        AssetResponder.Answer plain = responder.answer(css, null, null);
        AssetResponder.Answer zipped = responder.answer(css, "gzip, deflate, br", null);
        assertTrue(zipped.gzip());
        assertEquals("gzip", zipped.headers().get("Content-Encoding"));
        assertEquals("Accept-Encoding", zipped.headers().get("Vary"));
        assertEquals(Integer.toString(zipped.asset().length(true)), zipped.headers().get("Content-Length"));
        assertNotEquals(plain.headers().get("ETag"), zipped.headers().get("ETag"), "one validator per encoding");
    }

    @Test
    void acceptEncodingIsParsedWithQualities() {
        assertTrue(AssetResponder.acceptsGzip("gzip"));
        assertTrue(AssetResponder.acceptsGzip("br;q=1.0, GZIP;q=0.5"));
        assertTrue(AssetResponder.acceptsGzip("x-gzip"));
        assertTrue(AssetResponder.acceptsGzip("*"));
        assertFalse(AssetResponder.acceptsGzip(null));
        assertFalse(AssetResponder.acceptsGzip("identity"));
        assertFalse(AssetResponder.acceptsGzip("br, deflate"));
        assertFalse(AssetResponder.acceptsGzip("gzip;q=0"));
        assertFalse(AssetResponder.acceptsGzip("*, gzip;q=0"), "gzip refused by name beats the wildcard");
        assertFalse(AssetResponder.acceptsGzip("*;q=0"));
        assertFalse(AssetResponder.acceptsGzip("gzip;q=nonsense"));
    }

    @Test
    void notModifiedForEitherValidator() {
        String plainTag = responder.answer(css, null, null).headers().get("ETag");
        String zipTag = responder.answer(css, "gzip", null).headers().get("ETag");
        for (String tag : new String[] {plainTag, zipTag, "W/" + plainTag, "\"other\", " + zipTag, "*"}) {
            AssetResponder.Answer answer = responder.answer(css, "gzip", tag);
            assertEquals(304, answer.status(), tag);
            assertEquals(zipTag, answer.headers().get("ETag"));
            assertEquals(AssetResponder.CACHE_IMMUTABLE, answer.headers().get("Cache-Control"));
            assertNull(answer.headers().get("Content-Length"));
        }
        assertEquals(200, responder.answer(css, null, "\"000000000000\"").status());
    }

    @Test
    void binaryFilesAreNeverGzipped() {
        AssetResponder.Answer png = responder.answer(path("dot.png"), "gzip", null);
        assertEquals(200, png.status());
        assertEquals("image/png", png.headers().get("Content-Type"));
        assertNull(png.headers().get("Content-Encoding"));
        assertNull(png.headers().get("Vary"));
    }

    @Test
    void unknownNamesAndTraversalAre404() {
        String[] wrong = {null, "", "/", "/sample", "/sample/", "/sample/panel.css", "/sample/panel-000000000000.css",
            "/other" + css.substring("/sample".length()), "/sample/../sample" + css.substring("/sample".length()),
            "/sample/x/.." + css.substring("/sample".length()), css + "/", "//" + css, "/sample/%2e%2e/panel.css",
            "/../../etc/passwd", "/sample/..%2fpanel.css", css.replace("/sample/", "/sample//")};
        for (String path : wrong) {
            AssetResponder.Answer answer = responder.answer(path, "gzip", null);
            assertEquals(404, answer.status(), String.valueOf(path));
            assertEquals("no-store", answer.headers().get("Cache-Control"));
            assertEquals("nosniff", answer.headers().get("X-Content-Type-Options"));
            assertNull(answer.asset());
        }
    }
}
