package se.delaktig.web.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlRendererTest {

    @TempDir
    static Path dir;
    static ClassLoader templates;

    /** Templates live only in a class loader of their own, as they would in another bundle. */
    @BeforeAll
    static void writeTemplates() throws Exception {
        Path root = Files.createDirectories(dir.resolve("tpl"));
        Files.writeString(root.resolve("greeting.vm"), "<p>Hej $name!</p>");
        Files.writeString(root.resolve("page.vm"), "<main>$panel</main>");
        Files.writeString(root.resolve("list.vm"), "#foreach($q in $questions)<li>$q</li>#end");
        Files.writeString(root.resolve("typo.vm"), "<p>$nmae</p>");
        Files.writeString(root.resolve("reflect.vm"), "$name.getClass().getClassLoader()");
        templates = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null);
    }

    private static HtmlRenderer renderer() {
        return HtmlRenderer.create(templates, "tpl");
    }

    @Test
    void escapesEveryStringReference() {
        TrustedHtml html = renderer().render("greeting.vm", Map.of("name", "<script>alert('x')</script>&"));
        assertEquals("<p>Hej &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;!</p>", html.html());
    }

    @Test
    void escapesInLoopsToo() {
        TrustedHtml html = renderer().render("list.vm", Map.of("questions", List.of("a<b", "\"c\"")));
        assertEquals("<li>a&lt;b</li><li>&quot;c&quot;</li>", html.html());
    }

    @Test
    void nestsTrustedHtmlUnchanged() {
        HtmlRenderer renderer = renderer();
        TrustedHtml panel = renderer.render("greeting.vm", Map.of("name", "Alva"));
        assertEquals("<main><p>Hej Alva!</p></main>", renderer.render("page.vm", Map.of("panel", panel)).html());
    }

    @Test
    void loadsFromTheGivenLoaderWhateverTheThreadContextLoader() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(new URLClassLoader(new URL[0], null));
        try {
            assertEquals("<p>Hej Alva!</p>", HtmlRenderer.create(templates, "tpl/")
                    .render("greeting.vm", Map.of("name", "Alva")).html());
            assertEquals(thread.getContextClassLoader().getParent(), null);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Test
    void unknownReferenceFailsInStrictMode() {
        RenderException e = assertThrows(RenderException.class, () -> renderer().render("typo.vm", Map.of("name", "x")));
        assertTrue(e.getMessage().contains("typo.vm"), e.getMessage());
    }

    @Test
    void missingTemplateFails() {
        assertThrows(RenderException.class, () -> renderer().render("nothing.vm", Map.of()));
        assertThrows(RenderException.class, () -> renderer().render("../tpl/greeting.vm", Map.of()));
    }

    @Test
    void templatesCannotReachClassLoaders() {
        assertThrows(RenderException.class, () -> renderer().render("reflect.vm", Map.of("name", "x")));
    }
}
