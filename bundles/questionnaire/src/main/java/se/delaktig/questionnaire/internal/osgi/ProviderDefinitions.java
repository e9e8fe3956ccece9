package se.delaktig.questionnaire.internal.osgi;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.delaktig.api.questionnaire.ArchiveConflictException;
import se.delaktig.api.questionnaire.DefinitionDocument;
import se.delaktig.api.questionnaire.InvalidDefinitionException;
import se.delaktig.api.questionnaire.QuestionnaireProvider;
import se.delaktig.questionnaire.internal.catalog.Catalog;

/**
 * The {@link QuestionnaireProvider} whiteboard: offers each provider's documents when it is bound
 * (providers bound before {@link #open()} when it opens), again when its service properties change,
 * and withdraws them when it leaves.
 */
final class ProviderDefinitions {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderDefinitions.class);

    private final Catalog catalog;
    private final Map<ServiceReference<?>, QuestionnaireProvider> providers = new ConcurrentHashMap<>();
    // DS binds greedy references before activate; those providers are read when the component opens.
    private volatile boolean open;

    ProviderDefinitions(Catalog catalog) {
        this.catalog = catalog;
    }

    void open() {
        open = true;
        providers.forEach(this::offer);
    }

    void close() {
        open = false;
    }

    void bound(ServiceReference<?> ref, QuestionnaireProvider provider) {
        providers.put(ref, provider);
        if (open) {
            offer(ref, provider);
        }
    }

    void updated(ServiceReference<?> ref, QuestionnaireProvider provider) {
        catalog.withdraw(owner(ref));
        offer(ref, provider);
    }

    void unbound(ServiceReference<?> ref) {
        providers.remove(ref);
        catalog.withdraw(owner(ref));
    }

    static String owner(ServiceReference<?> ref) {
        return "service#" + ref.getProperty(Constants.SERVICE_ID);
    }

    private void offer(ServiceReference<?> ref, QuestionnaireProvider provider) {
        Bundle bundle = ref.getBundle();
        String bsn = bundle == null ? "unknown" : bundle.getSymbolicName();
        String owner = owner(ref);
        List<DefinitionDocument> documents;
        try {
            documents = provider.definitions();
        } catch (RuntimeException | LinkageError e) {
            // LinkageError: a provider bundle wired to a missing class; escaping open() would fail the whole catalog
            LOG.warn("Questionnaire provider {} failed", owner, e);
            catalog.rejectUnreadable(owner, "service:" + bsn + "/" + owner, "the provider failed: " + e);
            return;
        }
        if (documents == null) {
            // breaks the API contract; reported so that the missing documents show on the status page
            LOG.warn("Questionnaire provider {} returned null", owner);
            catalog.rejectUnreadable(owner, "service:" + bsn + "/" + owner,
                    "the provider returned null instead of a list of documents");
            return;
        }
        for (DefinitionDocument d : documents) {
            if (d == null) {
                continue;
            }
            try {
                catalog.offer(owner, "service:" + bsn + "/" + d.name(), d.json(), bsn);
            } catch (InvalidDefinitionException | ArchiveConflictException e) {
                // recorded as rejected and logged by the catalog; other documents go on
            }
        }
    }
}
