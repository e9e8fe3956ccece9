package se.delaktig.standardquestionnaires;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** What a shipped pictogram must be: small, well-formed, self-contained SVG without anything active. */
final class Svg {

    static final String SVG_NS = "http://www.w3.org/2000/svg";
    static final int MAX_BYTES = 1024;

    private Svg() {
    }

    static void check(Path file) throws Exception {
        String name = file.getFileName().toString();
        long size = Files.size(file);
        assertTrue(size <= MAX_BYTES, name + " is " + size + " bytes");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        Document doc = b.parse(file.toFile()); // throws when not well-formed
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName(), name);
        assertEquals(SVG_NS, root.getNamespaceURI(), name);
        String viewBox = root.getAttribute("viewBox");
        assertTrue(viewBox.matches("0 0 \\d+ \\d+"), name + " viewBox \"" + viewBox + "\"");
        walk(root, name);
    }

    private static void walk(Element e, String name) {
        String local = e.getLocalName();
        assertFalse(local.equalsIgnoreCase("script"), name + ": <script>");
        assertFalse(local.equalsIgnoreCase("foreignObject"), name + ": <foreignObject>");
        assertFalse(local.equalsIgnoreCase("image"), name + ": <image> (external or embedded raster)");
        assertFalse(local.equalsIgnoreCase("use") , name + ": <use>");
        NamedNodeMap attrs = e.getAttributes();
        for (int k = 0; k < attrs.getLength(); k++) {
            Attr a = (Attr) attrs.item(k);
            String n = a.getLocalName() == null ? a.getName() : a.getLocalName();
            assertFalse(n.toLowerCase().startsWith("on"), name + ": event attribute " + a.getName());
            if (n.equalsIgnoreCase("href")) {
                assertTrue(a.getValue().startsWith("#"), name + ": external href " + a.getValue());
            }
            assertFalse(a.getValue().toLowerCase().contains("url(") && !a.getValue().contains("url(#"), name + ": url() " + a.getValue());
            assertFalse(a.getValue().toLowerCase().contains("javascript:"), name + ": javascript: in " + a.getName());
        }
        assertFalse(local.equals("style") && e.getTextContent().contains("@import"), name + ": @import");
        NodeList children = e.getChildNodes();
        for (int k = 0; k < children.getLength(); k++) {
            Node c = children.item(k);
            if (c.getNodeType() == Node.ELEMENT_NODE) {
                walk((Element) c, name);
            } else if (c.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE) {
                throw new AssertionError(name + ": processing instruction");
            }
        }
    }
}
