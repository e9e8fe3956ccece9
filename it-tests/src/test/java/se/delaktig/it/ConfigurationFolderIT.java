package se.delaktig.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
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
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.ConfigurationAdmin;

/** An administrator overrides a feature default with a file in the configuration folder (FileInstall). */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConfigurationFolderIT {

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] configuration() {
        return ExamOptions.demo("configuration-folder");
    }

    @Before
    public void ready() {
        FrameworkReady.await(context);
    }

    @Test
    public void aCfgFileInTheFolderChangesTheRunningPlugin() throws Exception {
        HttpClientSession session = new HttpClientSession(context);
        String body = "{\"padding\":\"" + "x".repeat(2000) + "\"}";
        assertNotEquals("2 KB is under the default limit", 413,
                session.postRaw("/delaktig/api/status", "application/json", body).status());

        Path folder = Path.of(context.getProperty("felix.fileinstall.dir"));
        Files.writeString(folder.resolve("se.delaktig.web.limits.cfg"), "max_request_bytes=1000\n");

        // The limit filter is re-registered when its configuration changes, so a request in flight or on a
        // pooled connection may be cut off (EOF); that counts as "not applied yet", not as a failure.
        AtomicReference<HttpClientSession.Response> refused = new AtomicReference<>();
        FrameworkReady.waitFor("FileInstall to apply se.delaktig.web.limits.cfg", () -> {
            try {
                refused.set(session.postRaw("/delaktig/api/status", "application/json", body));
                return refused.get().status() == 413;
            } catch (IllegalStateException cutOff) {
                return false;
            }
        });
        assertEquals("application/json", refused.get().header("Content-Type").split(";")[0]);
    }

    @Test
    public void configurationFilesAreReadAsUtf8() throws Exception {
        // Municipalities write Swedish message texts straight into .cfg files.
        Path folder = Path.of(context.getProperty("felix.fileinstall.dir"));
        String text = "Hej! Här är frågorna från Åre kommun – ärligt svar önskas.";
        Files.writeString(folder.resolve("se.delaktig.test.encoding.cfg"), "text=" + text + "\n", StandardCharsets.UTF_8);

        ConfigurationAdmin admin = FrameworkReady.service(context, ConfigurationAdmin.class);
        FrameworkReady.waitFor("FileInstall to read se.delaktig.test.encoding.cfg", () -> {
            try {
                org.osgi.service.cm.Configuration[] found = admin.listConfigurations("(service.pid=se.delaktig.test.encoding)");
                return found != null && found[0].getProperties() != null && found[0].getProperties().get("text") != null;
            } catch (IOException | InvalidSyntaxException e) {
                return false;
            }
        });
        assertEquals(text, admin.listConfigurations("(service.pid=se.delaktig.test.encoding)")[0].getProperties().get("text"));
    }
}
