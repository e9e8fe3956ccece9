package se.delaktig.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.inject.Inject;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.jakartars.runtime.JakartarsServiceRuntime;
import org.osgi.service.jakartars.runtime.dto.RuntimeDTO;
import org.osgi.service.servlet.runtime.HttpServiceRuntime;

/** The real features on Felix: everything active, satisfied and accepted by the whiteboards. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RuntimeHealthIT {

    @Inject
    private BundleContext context;
    @Inject
    private ServiceComponentRuntime components;

    @Configuration
    public Option[] configuration() {
        return ExamOptions.demo("runtime-health");
    }

    @Before
    public void ready() {
        FrameworkReady.await(context);
    }

    @Test
    public void everyBundleOfTheFeaturesIsActive() {
        List<String> notActive = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            boolean fragment = bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null;
            int expected = fragment ? Bundle.RESOLVED : Bundle.ACTIVE;
            if (bundle.getState() != expected) {
                notActive.add(bundle.getSymbolicName() + " state " + bundle.getState());
            }
        }
        assertEquals("bundles not active", List.of(), notActive);
        assertTrue(Arrays.stream(context.getBundles()).anyMatch(b -> b.getSymbolicName().equals("se.delaktig.web")));
        assertTrue(Arrays.stream(context.getBundles()).anyMatch(b -> b.getSymbolicName().equals("se.delaktig.reference-host")));
    }

    /**
     * Components that may legitimately have no configuration in the demo, by component name, each
     * with the reason. No third-party component is here: every component in the framework, ours and
     * the runtime's (the Jakarta REST whiteboard, Jersey's runtime check, ...), must be satisfied.
     * (The whiteboard's disabled-by-default {@code WebsecurityFilter} needs no entry: a component
     * that is not enabled by default is not expected to run.)
     */
    static final Map<String, String> EXEMPT = Map.of(
            "se.delaktig.invitation.internal.channel.email.EmailChannel",
            "configuration policy require: the plugin's own e-mail channel exists only once a municipality "
                    + "configures its SMTP server; the demo sends through the host's gateway instead",
            "se.delaktig.invitation.internal.channel.sms.SmsGatewayChannel",
            "configuration policy require: the plugin's own SMS channel exists only once a municipality "
                    + "configures its SMS provider; the demo sends through the host's gateway instead");

    /** Every DS component of every bundle, not only ours: a broken whiteboard breaks the plugin too. */
    @Test
    public void everyComponentInTheFrameworkIsSatisfied() {
        List<String> problems = new ArrayList<>();
        int ours = 0;
        int theirs = 0;
        for (ComponentDescriptionDTO description : components.getComponentDescriptionDTOs()) {
            if (description.bundle.symbolicName.startsWith("se.delaktig.")) {
                ours++;
            } else {
                theirs++;
            }
            String who = description.name + " (" + description.bundle.symbolicName + ")";
            var configurations = components.getComponentConfigurationDTOs(description);
            if (configurations.isEmpty() && description.defaultEnabled && !EXEMPT.containsKey(description.name)) {
                // an enabled component that never runs: with policy "require" its configuration is missing
                // (for the Jakarta REST whiteboard's runtime that would mean no REST at all)
                problems.add(who + ": no configuration instance (configuration policy " + description.configurationPolicy + ")");
            }
            for (ComponentConfigurationDTO configuration : configurations) {
                if (configuration.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE
                        || configuration.state == ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION
                        || configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    List<String> missing = Arrays.stream(configuration.unsatisfiedReferences)
                            .map(r -> r.name + " " + r.target).toList();
                    problems.add(who + ": state " + configuration.state + ", unsatisfied " + missing
                            + (configuration.failure != null ? ", failure " + configuration.failure : ""));
                }
            }
        }
        assertEquals("components not satisfied", List.of(), problems);
        assertTrue("expected components of our bundles, found " + ours, ours >= 5);
        assertTrue("expected the runtime's own components (Jakarta REST whiteboard), found " + theirs, theirs >= 1);
        ComponentDescriptionDTO whiteboard = components.getComponentDescriptionDTOs().stream()
                .filter(d -> d.name.equals("JakartarsServletWhiteboardRuntimeComponent")).findFirst()
                .orElseThrow(() -> new AssertionError("the Jakarta REST whiteboard's runtime component is not in the framework"));
        assertTrue("the Jakarta REST whiteboard's runtime component is active",
                components.getComponentConfigurationDTOs(whiteboard).stream()
                        .anyMatch(c -> c.state == ComponentConfigurationDTO.ACTIVE));
    }

    @Test
    public void theJakartaRestRuntimeRejectsNothing() {
        RuntimeDTO runtime = FrameworkReady.service(context, JakartarsServiceRuntime.class).getRuntimeDTO();
        List<String> failures = new ArrayList<>();
        Arrays.stream(runtime.failedApplicationDTOs).forEach(f -> failures.add("application " + f.name + " reason " + f.failureReason));
        Arrays.stream(runtime.failedResourceDTOs).forEach(f -> failures.add("resource " + f.name + " reason " + f.failureReason));
        Arrays.stream(runtime.failedExtensionDTOs).forEach(f -> failures.add("extension " + f.name + " reason " + f.failureReason));
        assertEquals(List.of(), failures);
        var api = Arrays.stream(runtime.applicationDTOs).filter(a -> "delaktig.api".equals(a.name)).findFirst().orElseThrow();
        List<String> extensions = Arrays.stream(api.extensionDTOs).map(e -> e.name).toList();
        assertTrue("extensions of delaktig.api: " + extensions, extensions.containsAll(FrameworkReady.REQUIRED_EXTENSIONS));
        assertTrue("resources of delaktig.api", api.resourceDTOs.length >= 1);
    }

    @Test
    public void theHttpRuntimeRejectsNothing() {
        var runtime = FrameworkReady.service(context, HttpServiceRuntime.class).getRuntimeDTO();
        List<String> failures = new ArrayList<>();
        Arrays.stream(runtime.failedServletContextDTOs).forEach(f -> failures.add("context " + f.name + " reason " + f.failureReason));
        Arrays.stream(runtime.failedServletDTOs).forEach(f -> failures.add("servlet " + f.name + " reason " + f.failureReason));
        Arrays.stream(runtime.failedResourceDTOs).forEach(f -> failures.add("resource " + Arrays.toString(f.patterns) + " reason " + f.failureReason));
        Arrays.stream(runtime.failedFilterDTOs).forEach(f -> failures.add("filter " + f.name + " reason " + f.failureReason));
        Arrays.stream(runtime.failedPreprocessorDTOs).forEach(f -> failures.add("preprocessor " + f.serviceId + " reason " + f.failureReason));
        Arrays.stream(runtime.failedListenerDTOs).forEach(f -> failures.add("listener " + f.serviceId + " reason " + f.failureReason));
        Arrays.stream(runtime.failedErrorPageDTOs).forEach(f -> failures.add("error page " + f.name + " reason " + f.failureReason));
        assertEquals(List.of(), failures);
    }

    @Test
    public void theStatusEndpointTellsAnAdministratorThePluginIsHealthy() throws Exception {
        HttpClientSession anonymous = new HttpClientSession(context);
        assertEquals(401, anonymous.getJson("/delaktig/api/status").status());
        assertEquals(403, new HttpClientSession(context).signIn("anna").getJson("/delaktig/api/status").status());
        HttpClientSession.Response status = new HttpClientSession(context).signIn("admin").getJson("/delaktig/api/status");
        assertEquals(status.body(), 200, status.status());
        assertTrue(status.header("Content-Security-Policy"), status.header("Content-Security-Policy").contains("default-src 'none'"));
        assertEquals("no-store", status.header("Cache-Control"));
        JsonNode json = new ObjectMapper().readTree(status.body());
        assertTrue(status.body(), json.path("healthy").asBoolean());
        assertTrue(status.body(), json.path("bundles").size() >= 2);
    }

    static final List<String> CHECKS = List.of("caseworker.alerts", "caseworker.filing", "invitation.channels",
            "invitation.codes", "invitation.deliveries", "portal.session-sweep", "questionnaire.age-bands",
            "questionnaire.rejected", "statistics.snapshot", "store.database");

    /** @return the checks of the status report by name, with status and message */
    private static Map<String, String> checks(JsonNode json) {
        Map<String, String> checks = new TreeMap<>();
        json.path("checks").forEach(c -> checks.put(c.path("name").asText(), c.path("status").asText() + ": " + c.path("message").asText()));
        return checks;
    }

    private static JsonNode adminStatus(BundleContext context) throws Exception {
        HttpClientSession.Response status = new HttpClientSession(context).signIn("admin").getJson("/delaktig/api/status");
        assertEquals(status.body(), 200, status.status());
        return new ObjectMapper().readTree(status.body());
    }

    @Test
    public void everyBundlesHealthChecksArePresentAndNoneIsCritical() throws Exception {
        JsonNode json = adminStatus(context);
        Map<String, String> checks = checks(json);
        assertEquals(json.toString(), CHECKS, List.copyOf(checks.keySet()));
        checks.forEach((name, result) -> assertTrue(name + " " + result, !result.startsWith("CRITICAL")));
        assertTrue(json.toString(), json.path("healthy").asBoolean());
        assertTrue(checks.toString(), checks.get("store.database").startsWith("OK"));
        assertTrue(checks.toString(), checks.get("invitation.codes").startsWith("OK"));
        assertTrue(checks.toString(), checks.get("questionnaire.age-bands").startsWith("OK"));
        assertTrue("the shipped questionnaires are not rejected: " + checks, checks.get("questionnaire.rejected").startsWith("OK"));
    }

    @Test
    public void browsersGetTheStatusAsAPage() throws Exception {
        HttpClientSession admin = new HttpClientSession(context).signIn("admin");
        HttpClientSession.Response page = admin.get("/delaktig/api/status?lang=en",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(page.body(), 200, page.status());
        assertTrue(page.header("Content-Type"), page.header("Content-Type").startsWith("text/html"));
        assertTrue(page.header("Content-Security-Policy"), page.header("Content-Security-Policy").contains("style-src 'self'"));
        assertTrue(page.body(), page.body().contains("<html lang=\"en\">") && page.body().contains("store.database"));
        assertTrue(page.body(), page.body().contains("/delaktig/static/status/status-"));
        assertEquals(page.body(), 200, admin.get("/delaktig/api/status", "*/*").status());
        assertTrue(admin.get("/delaktig/api/status", "*/*").body().startsWith("{"));
    }

    @Test
    public void withoutThePepperTheInvitationCheckIsCriticalAndThePluginUnhealthy() throws Exception {
        ConfigurationAdmin admin = FrameworkReady.service(context, ConfigurationAdmin.class);
        String pid = "se.delaktig.invitation.codes";
        org.osgi.service.cm.Configuration[] found = admin.listConfigurations("(service.pid=" + pid + ")");
        assertTrue("the demo configures the pepper", found != null && found.length == 1);
        Dictionary<String, Object> saved = new Hashtable<>();
        for (var keys = found[0].getProperties().keys(); keys.hasMoreElements(); ) {
            String key = keys.nextElement();
            saved.put(key, found[0].getProperties().get(key));
        }
        found[0].delete();
        try {
            JsonNode[] last = new JsonNode[1];
            FrameworkReady.waitFor("the invitation check turns critical", () -> {
                try {
                    last[0] = adminStatus(context);
                    return String.valueOf(checks(last[0]).get("invitation.codes")).startsWith("CRITICAL");
                } catch (Exception e) {
                    return false;
                }
            });
            assertTrue(last[0].toString(), !last[0].path("healthy").asBoolean());
            assertEquals("CRITICAL", last[0].path("status").asText());
            assertTrue(last[0].toString(), last[0].path("problems").toString().contains("check invitation.codes is CRITICAL"));
            assertTrue(last[0].toString(), checks(last[0]).get("invitation.codes").contains(pid));
        } finally {
            admin.getConfiguration(pid, "?").update(saved);
            FrameworkReady.waitFor("the plugin is healthy again", () -> {
                try {
                    return adminStatus(context).path("healthy").asBoolean();
                } catch (Exception e) {
                    return false;
                }
            });
        }
    }
}
