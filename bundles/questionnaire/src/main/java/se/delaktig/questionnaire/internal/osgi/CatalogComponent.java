package se.delaktig.questionnaire.internal.osgi;

import java.net.URL;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.util.tracker.BundleTracker;
import se.delaktig.api.questionnaire.ArchiveConflictException;
import se.delaktig.api.questionnaire.CatalogEntry;
import se.delaktig.api.questionnaire.InvalidDefinitionException;
import se.delaktig.api.questionnaire.Problem;
import se.delaktig.api.questionnaire.QuestionnaireArchive;
import se.delaktig.api.questionnaire.QuestionnaireCatalog;
import se.delaktig.api.questionnaire.QuestionnaireProvider;
import se.delaktig.api.questionnaire.RejectedSource;
import se.delaktig.api.questionnaire.Respondent;
import se.delaktig.questionnaire.internal.catalog.Catalog;

/**
 * The {@link QuestionnaireCatalog} service: the {@code Delaktig-Questionnaires} extender (a
 * BundleTracker), the {@link QuestionnaireProvider} whiteboard and the optional archive.
 */
@Component(service = QuestionnaireCatalog.class)
public class CatalogComponent implements QuestionnaireCatalog {

    private volatile BundleContext context;
    private final Catalog catalog = new Catalog(this::findResource, Clock.systemUTC());
    private final ProviderDefinitions providers = new ProviderDefinitions(catalog);
    private BundleTracker<Bundle> extender;

    @Activate
    void activate(BundleContext context) {
        this.context = context;
        providers.open();
        extender = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, null) {
            @Override
            public Bundle addingBundle(Bundle bundle, org.osgi.framework.BundleEvent event) {
                String header = bundle.getHeaders("").get(QuestionnaireProvider.HEADER);
                if (header == null) {
                    return null;
                }
                BundleDefinitions.offer(catalog, bundle, header);
                return bundle;
            }

            @Override
            public void removedBundle(Bundle bundle, org.osgi.framework.BundleEvent event, Bundle object) {
                catalog.withdraw(BundleDefinitions.owner(bundle));
            }
        };
        extender.open();
    }

    @Deactivate
    void deactivate() {
        extender.close();
        providers.close();
        context = null;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindArchive(QuestionnaireArchive archive) {
        catalog.archiveArrived(archive);
    }

    void unbindArchive(QuestionnaireArchive archive) {
        catalog.archiveGone(archive);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindProvider(ServiceReference<QuestionnaireProvider> ref, QuestionnaireProvider provider) {
        providers.bound(ref, provider);
    }

    void updatedProvider(ServiceReference<QuestionnaireProvider> ref, QuestionnaireProvider provider) {
        providers.updated(ref, provider);
    }

    void unbindProvider(ServiceReference<QuestionnaireProvider> ref, QuestionnaireProvider provider) {
        providers.unbound(ref);
    }

    private URL findResource(String bsn, String file) {
        BundleContext ctx = context;
        if (ctx == null) {
            return null;
        }
        Bundle best = null;
        for (Bundle b : ctx.getBundles()) {
            if (bsn.equals(b.getSymbolicName()) && b.getState() != Bundle.UNINSTALLED
                    && (best == null || b.getVersion().compareTo(best.getVersion()) > 0)) {
                best = b;
            }
        }
        return best == null ? null : best.getEntry(file);
    }

    @Override
    public List<CatalogEntry> entries() {
        return catalog.entries();
    }

    @Override
    public Optional<CatalogEntry> find(String id, String version) {
        return catalog.find(id, version);
    }

    @Override
    public List<CatalogEntry> candidates(Respondent respondent, int age) {
        return catalog.candidates(respondent, age);
    }

    @Override
    public List<RejectedSource> rejected() {
        return catalog.rejected();
    }

    @Override
    public List<Problem> validate(String json) {
        return catalog.validate(json);
    }

    @Override
    public CatalogEntry importDefinition(String json, String staffId)
            throws InvalidDefinitionException, ArchiveConflictException {
        return catalog.importDefinition(json, staffId);
    }

    @Override
    public boolean setActive(String id, String version, boolean active) {
        return catalog.setActive(id, version, active);
    }

    @Override
    public Optional<URL> resource(String id, String version, String file) {
        return catalog.resource(id, version, file);
    }
}
