package se.delaktig.it;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.osgi.framework.BundleContext;
import org.osgi.service.jakartars.runtime.JakartarsServiceRuntime;
import se.delaktig.api.questionnaire.DefinitionDocument;
import se.delaktig.api.questionnaire.QuestionnaireCatalog;
import se.delaktig.api.questionnaire.QuestionnaireProvider;
import se.delaktig.launcher.config.ConfigurationSeeder;

/** Inside the framework: applies the features' configurations once and waits until everything serves. */
final class FrameworkReady {

    static final Duration DEADLINE = Duration.ofSeconds(60);

    private static String failure;

    static synchronized void await(BundleContext context) {
        if (failure != null) {
            throw new AssertionError("the framework did not get ready (see the first test's failure): " + failure);
        }
        try {
            prepare(context);
        } catch (RuntimeException | AssertionError e) {
            failure = e.getMessage();
            throw e;
        }
    }

    /**
     * Contributes a test questionnaire (version 1.0.0) through a {@link QuestionnaireProvider} unless the
     * catalog has it already, and waits until the catalog serves it.
     *
     * @param id   the questionnaire's id
     * @param json its definition
     */
    static void testQuestionnaire(BundleContext context, String id, String json) {
        QuestionnaireCatalog catalog = service(context, QuestionnaireCatalog.class);
        if (catalog.find(id, "1.0.0").isEmpty()) {
            QuestionnaireProvider provider = () -> List.of(new DefinitionDocument(id + ".json", json));
            context.registerService(QuestionnaireProvider.class, provider, new Hashtable<>());
        }
        waitFor("the test questionnaire " + id + " (rejected: " + catalog.rejected() + ")",
                () -> catalog.find(id, "1.0.0").isPresent());
    }

    /** @return a service, waiting for it up to the deadline */
    static <S> S service(BundleContext context, Class<S> type) {
        waitFor(type.getSimpleName(), () -> context.getServiceReference(type) != null);
        return context.getService(context.getServiceReference(type));
    }

    private static void prepare(BundleContext context) {
        if (context.getProperty(ExamOptions.CONFIGURATIONS_FILE) != null && System.getProperty(seededKey(context)) == null) {
            ConfigurationSeeder.seed(context, configurations(context));
            System.setProperty(seededKey(context), "true");
        }
        HttpClientSession anonymous = new HttpClientSession(context);
        waitFor("the reference host to answer /host/health", () -> anonymous.status("/host/health") == 200);
        waitFor("the Jakarta REST runtime to serve delaktig.api with its extensions",
                () -> jakartarsApplicationReady(context, "delaktig.api"));
        waitFor("the Jakarta REST runtime to stop changing", () -> changeCountStable(context));
    }

    /** Polls until the condition holds, failing with the description after the deadline. */
    static void waitFor(String description, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + description, e);
            }
        }
        throw new AssertionError("gave up after " + DEADLINE.toSeconds() + " s waiting for " + description);
    }

    /** The extensions every Delaktig application must carry (pitfall: without them it serves unprotected). */
    static final List<String> REQUIRED_EXTENSIONS = List.of("delaktig.jackson", "delaktig.security-headers",
            "delaktig.errors", "delaktig.request-size-limit", "delaktig.staff-form-guard");

    private static boolean jakartarsApplicationReady(BundleContext context, String name) {
        var reference = context.getServiceReference(JakartarsServiceRuntime.class);
        if (reference == null) {
            return false;
        }
        JakartarsServiceRuntime runtime = context.getService(reference);
        try {
            return Arrays.stream(runtime.getRuntimeDTO().applicationDTOs).filter(a -> name.equals(a.name))
                    .anyMatch(a -> a.resourceDTOs.length > 0 && Arrays.stream(a.extensionDTOs).map(e -> e.name)
                            .toList().containsAll(REQUIRED_EXTENSIONS));
        } finally {
            context.ungetService(reference);
        }
    }

    private static Object lastChangeCount;
    private static Instant lastChange = Instant.now();

    /** Whiteboard changes reload Jersey (debounced): wait until the change count has held for half a second. */
    private static boolean changeCountStable(BundleContext context) {
        var reference = context.getServiceReference(JakartarsServiceRuntime.class);
        Object count = reference == null ? null : reference.getProperty("service.changecount");
        if (count == null || !count.equals(lastChangeCount)) {
            lastChangeCount = count;
            lastChange = Instant.now();
            return false;
        }
        return Duration.between(lastChange, Instant.now()).toMillis() >= 500;
    }

    private static String seededKey(BundleContext context) {
        return "delaktig.test.seeded." + context.getProperty(ExamOptions.CONFIGURATIONS_FILE);
    }

    private static Map<String, Map<String, Object>> configurations(BundleContext context) {
        try {
            return new ObjectMapper().readValue(Path.of(context.getProperty(ExamOptions.CONFIGURATIONS_FILE)).toFile(),
                    new TypeReference<Map<String, Map<String, Object>>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FrameworkReady() {
    }
}
