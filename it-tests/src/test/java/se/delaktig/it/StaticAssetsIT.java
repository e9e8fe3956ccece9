package se.delaktig.it;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import javax.inject.Inject;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

/**
 * The plugin's stylesheets as the web bundle serves them for every bundle (AssetBundle services):
 * the URL a panel hands the host carries the content hash, the file is immutable, gzip when the
 * browser accepts it, 304 on a known ETag, 404 for anything else; staff HTML is never compressed
 * (BREACH) and carries the staff referrer policy, the child portal keeps no-referrer.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class StaticAssetsIT {
    private static final Pattern CASE_LINK = Pattern.compile("href=\"/host/cases/([^\"/]+)\"");
    private static final Pattern PANEL_CSS =
            Pattern.compile("<link rel=\"stylesheet\" href=\"(/delaktig/static/invitations/panel-[0-9a-f]{12}\\.css)\">");
    private static final Pattern STATISTICS_CSS =
            Pattern.compile("href=\"(/delaktig/static/statistics/statistics-[0-9a-f]{12}\\.css)\"");

    @Inject
    private BundleContext context;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();

    @Configuration
    public Option[] configuration() {
        return ExamOptions.demo("static-assets");
    }

    @Before
    public void ready() {
        FrameworkReady.await(context);
    }

    @Test
    public void aPanelStylesheetIsFingerprintedImmutableCompressedAndRevalidated() throws Exception {
        HttpClientSession anna = new HttpClientSession(context).signIn("anna");
        Matcher caseLink = CASE_LINK.matcher(anna.get("/host/").body());
        assertTrue("anna has a case", caseLink.find());
        String casePage = anna.get("/host/cases/" + caseLink.group(1)).body();
        Matcher link = PANEL_CSS.matcher(casePage);
        assertTrue("the invitation panel's fingerprinted stylesheet in the case page's head", link.find());
        String url = link.group(1);
        FrameworkReady.waitFor("the web bundle serving " + url, () -> get(url, null, null).statusCode() == 200);

        HttpResponse<byte[]> plain = get(url, null, null);
        assertEquals(200, plain.statusCode());
        assertEquals("public, max-age=31536000, immutable", header(plain, "Cache-Control"));
        assertEquals("text/css;charset=utf-8", header(plain, "Content-Type").replace(" ", "").toLowerCase());
        assertEquals("nosniff", header(plain, "X-Content-Type-Options"));
        assertEquals("Accept-Encoding", header(plain, "Vary"));
        assertNull("not asked for gzip", header(plain, "Content-Encoding"));
        String css = new String(plain.body(), StandardCharsets.UTF_8);
        assertTrue(css.contains(".dlk-inv"));

        HttpResponse<byte[]> zipped = get(url, "gzip, deflate, br", null);
        assertEquals(200, zipped.statusCode());
        assertEquals("gzip", header(zipped, "Content-Encoding"));
        assertEquals("Accept-Encoding", header(zipped, "Vary"));
        assertEquals("public, max-age=31536000, immutable", header(zipped, "Cache-Control"));
        assertTrue("smaller", zipped.body().length < plain.body().length);
        assertArrayEquals("the same stylesheet", plain.body(), gunzip(zipped.body()));

        String etag = header(zipped, "ETag");
        assertTrue(etag, etag != null && etag.startsWith("\""));
        HttpResponse<byte[]> again = get(url, "gzip", etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        assertEquals(etag, header(again, "ETag"));
        assertEquals(304, get(url, null, header(plain, "ETag")).statusCode());

        String folder = url.substring(0, url.lastIndexOf('/') + 1);
        assertEquals("an old hash", 404, get(folder + "panel-000000000000.css", null, null).statusCode());
        assertEquals("the unfingerprinted name", 404, get(folder + "panel.css", null, null).statusCode());
        assertEquals("another bundle's name", 404, get("/delaktig/static/nobody/panel.css", null, null).statusCode());
        int traversal = get("/delaktig/static/invitations/%2e%2e/%2e%2e/api/status", null, null).statusCode();
        assertTrue("no way out of the folder: " + traversal, traversal == 404 || traversal == 400);
    }

    @Test
    public void theStatisticsStylesheetIsServedTheSameWay() throws Exception {
        HttpClientSession maria = new HttpClientSession(context).signIn("maria");
        Matcher link = STATISTICS_CSS.matcher(maria.get("/delaktig/api/statistics").body());
        assertTrue("the statistics page links its fingerprinted stylesheet", link.find());
        String url = link.group(1);
        FrameworkReady.waitFor("the web bundle serving " + url, () -> get(url, null, null).statusCode() == 200);
        HttpResponse<byte[]> zipped = get(url, "gzip", null);
        assertEquals("gzip", header(zipped, "Content-Encoding"));
        assertEquals("public, max-age=31536000, immutable", header(zipped, "Cache-Control"));
    }

    @Test
    public void staffHtmlIsNeverCompressedAndSendsItsOriginToThisSiteOnly() throws Exception {
        HttpClientSession maria = new HttpClientSession(context).signIn("maria");
        HttpClientSession.Response page = maria.get("/delaktig/api/statistics");
        assertEquals(200, page.status());
        assertEquals("same-origin", page.header("Referrer-Policy"));
        // The page carries a CSRF token or the staff member's data: compressing it would open BREACH.
        HttpResponse<byte[]> asked = get("/delaktig/api/status", "gzip", null);
        assertNull("JSON and HTML from Jersey are never compressed", header(asked, "Content-Encoding"));
        HttpResponse<byte[]> portal = get("/delaktig/portal/", "gzip", null);
        assertNull(header(portal, "Content-Encoding"));
        assertEquals("the child portal keeps no-referrer (issue 5)", "no-referrer", header(portal, "Referrer-Policy"));
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding, String ifNoneMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(20)).GET();
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String base() {
        return "http://localhost:" + context.getProperty("org.osgi.service.http.port");
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
