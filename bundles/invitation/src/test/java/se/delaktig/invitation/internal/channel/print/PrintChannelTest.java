package se.delaktig.invitation.internal.channel.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import se.delaktig.api.invitation.AddressKind;
import se.delaktig.api.invitation.Delivery;
import se.delaktig.api.invitation.DeliveryResult;
import se.delaktig.invitation.internal.Configs;
import se.delaktig.invitation.internal.channel.Deliveries;

class PrintChannelTest {

    private static final Pattern SQUARE = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z");

    private static PrintChannel channel() {
        PrintChannel c = new PrintChannel();
        c.configure(Configs.of(PrintChannelConfiguration.class, Map.of()));
        return c;
    }

    private static String sheet(Delivery d) {
        DeliveryResult r = channel().deliver(d);
        assertEquals(DeliveryResult.Outcome.DELIVERED, r.outcome(), String.valueOf(r.reason()));
        assertFalse(r.toString().contains(Deliveries.CODE), "the result's toString hides the sheet");
        return r.printableHtml().orElseThrow();
    }

    @Test
    void needsNoAddress() {
        PrintChannel c = channel();
        assertEquals("print", c.id());
        assertEquals(AddressKind.NONE, c.addressKind());
        assertTrue(c.checkAddress(null).valid());
        assertEquals("Code in person or printed", c.label("en"));
    }

    @Test
    void swedishSheetHasCodePortalExpiryAndNoScript() {
        String html = sheet(Deliveries.to("", "sv"));
        assertTrue(html.contains("lang=\"sv\""));
        assertTrue(html.contains("<strong>" + Deliveries.CODE + "</strong>"));
        assertTrue(html.contains(Deliveries.PORTAL));
        assertTrue(html.contains("Koden gäller till 6 december 2026 kl. 23:59."), html);
        assertTrue(html.contains("Dina frågor"));
        assertFalse(html.toLowerCase().contains("<script"));
        assertFalse(html.contains(Deliveries.LINK), "the link is only in the QR code");
    }

    @Test
    void englishSheet() {
        String html = sheet(Deliveries.to("", "en"));
        assertTrue(html.contains("lang=\"en\""));
        assertTrue(html.contains("The code works until 6 December 2026, 23:59."), html);
        assertTrue(html.contains("Your questions"));
    }

    @Test
    void textIsEscaped() {
        Delivery d = new Delivery("inv-1", "", "sv", "s", "t", Deliveries.LINK,
                "https://x.example/<script>alert(1)</script>\"", Deliveries.CODE, Instant.parse("2026-12-06T22:59:00Z"));
        String html = sheet(d);
        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;"), html);
    }

    @Test
    void theQrCodeIsValidSvgWithTheRightSizeAndDecodesToTheLink() throws Exception {
        String html = sheet(Deliveries.to("", "sv"));
        Matcher m = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document svg = f.newDocumentBuilder().parse(new ByteArrayInputStream(m.group().getBytes(StandardCharsets.UTF_8)));
        Element root = svg.getDocumentElement();
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals("img", root.getAttribute("role"));

        QrSvg.Symbol expected = QrSvg.encode(Deliveries.LINK);
        assertEquals(17 + 4 * expected.version(), expected.size());
        int box = expected.size() + 2 * QrSvg.QUIET_ZONE;
        assertEquals("0 0 " + box + " " + box, root.getAttribute("viewBox"));

        String d = ((Element) root.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").item(0)).getAttribute("d");
        boolean[][] dark = new boolean[box][box];
        Matcher sq = SQUARE.matcher(d);
        int end = 0;
        while (sq.find()) {
            assertEquals(end, sq.start(), "only squares in the path");
            dark[Integer.parseInt(sq.group(2))][Integer.parseInt(sq.group(1))] = true;
            end = sq.end();
        }
        assertEquals(d.length(), end);
        for (int i = 0; i < 7; i++) { // finder pattern's outer ring, top-left
            assertTrue(dark[4][4 + i] && dark[10][4 + i] && dark[4 + i][4] && dark[4 + i][10]);
        }

        int scale = 4;
        int[] pixels = new int[box * scale * box * scale];
        for (int y = 0; y < box * scale; y++) {
            for (int x = 0; x < box * scale; x++) {
                pixels[y * box * scale + x] = dark[y / scale][x / scale] ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        LuminanceSource source = new RGBLuminanceSource(box * scale, box * scale, pixels);
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
        assertEquals(Deliveries.LINK, decoded);
    }
}
