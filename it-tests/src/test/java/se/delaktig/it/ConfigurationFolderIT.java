package se.delaktig.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

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
}
