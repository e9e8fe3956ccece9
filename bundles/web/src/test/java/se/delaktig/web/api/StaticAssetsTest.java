package se.delaktig.web.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class StaticAssetsTest {
    static final String FOLDER = "se/delaktig/web/assets/";
    static final ClassLoader LOADER = StaticAssetsTest.class.getClassLoader();

    static StaticAssets sample() {
        return StaticAssets.builder("sample", LOADER).add("panel.css", FOLDER + "sample.css")
                .add("tiny.svg", FOLDER + "tiny.svg").add("dot.png", FOLDER + "dot.png").build();
    }

    @Test
    void theUrlCarriesTheContentHash() throws IOException {
        StaticAssets assets = sample();
        String url = assets.url("panel.css");
        assertTrue(url.matches("/delaktig/static/sample/panel-[0-9a-f]{12}\\.css"), url);
        assertEquals(url, sample().url("panel.css"), "stable for the same content");
        String name = url.substring(url.lastIndexOf('/') + 1);
        StaticAssets.Asset asset = assets.find(name).orElseThrow();
        assertEquals(name, asset.fingerprintedName());
        assertEquals("text/css;charset=utf-8", asset.contentType());
        assertArrayEquals(read(FOLDER + "sample.css"), asset.content());
    }

    @Test
    void anotherContentIsAnotherName() {
        StaticAssets other = StaticAssets.builder("sample", LOADER).add("panel.css", FOLDER + "tiny.svg").build();
        assertNotEquals(sample().url("panel.css"), other.url("panel.css"));
    }

    @Test
    void textIsCompressedOnceAndStillTheSameBytes() throws IOException {
        StaticAssets.Asset css = only(sample(), "panel.css");
        assertTrue(css.compressed());
        assertTrue(css.length(true) < css.length(false));
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        css.writeTo(zipped, true);
        assertEquals(css.length(true), zipped.size());
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.toByteArray()))) {
            assertArrayEquals(css.content(), in.readAllBytes());
        }
    }

    @Test
    void whatDoesNotShrinkOrIsBinaryIsNotCompressed() throws IOException {
        StaticAssets assets = sample();
        StaticAssets.Asset svg = only(assets, "tiny.svg");
        assertFalse(svg.compressed(), "a gzip of 6 bytes is larger than 6 bytes");
        assertEquals("image/svg+xml;charset=utf-8", svg.contentType());
        StaticAssets.Asset png = only(assets, "dot.png");
        assertFalse(png.compressed());
        assertEquals("image/png", png.contentType());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        png.writeTo(out, true);
        assertArrayEquals(png.content(), out.toByteArray(), "asking for gzip gives the plain bytes");
    }

    @Test
    void namesAreCheckedWhenBuilt() {
        assertThrows(IllegalArgumentException.class, () -> StaticAssets.builder("../up", LOADER));
        assertThrows(IllegalArgumentException.class, () -> StaticAssets.builder("Upper", LOADER));
        StaticAssets.Builder builder = StaticAssets.builder("ok", LOADER);
        assertThrows(IllegalArgumentException.class, () -> builder.add("../x.css", FOLDER + "sample.css"));
        assertThrows(IllegalArgumentException.class, () -> builder.add("sub/x.css", FOLDER + "sample.css"));
        assertThrows(IllegalArgumentException.class, () -> builder.add("page.html", FOLDER + "sample.css"),
                "no content type for HTML: pages are not static files here");
        assertThrows(IllegalArgumentException.class, () -> builder.add("noextension", FOLDER + "sample.css"));
        builder.add("a.css", FOLDER + "sample.css");
        assertThrows(IllegalArgumentException.class, () -> builder.add("a.css", FOLDER + "tiny.svg"));
        assertThrows(IllegalStateException.class,
                () -> StaticAssets.builder("ok", LOADER).add("gone.css", FOLDER + "gone.css").build());
    }

    @Test
    void onlyKnownFilesHaveUrlsAndOnlyCurrentHashesAreFound() {
        StaticAssets assets = sample();
        assertThrows(IllegalArgumentException.class, () -> assets.url("other.css"));
        assertTrue(assets.find("panel.css").isEmpty(), "the unfingerprinted name is not served");
        assertTrue(assets.find("panel-000000000000.css").isEmpty());
        assertEquals(java.util.Set.of("panel.css", "tiny.svg", "dot.png"), assets.files());
    }

    private static StaticAssets.Asset only(StaticAssets assets, String file) {
        String url = assets.url(file);
        return assets.find(url.substring(url.lastIndexOf('/') + 1)).orElseThrow();
    }

    private static byte[] read(String resource) throws IOException {
        URL url = LOADER.getResource(resource);
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        }
    }
}
