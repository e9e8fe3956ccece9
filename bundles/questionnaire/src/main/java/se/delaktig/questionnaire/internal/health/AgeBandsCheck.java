package se.delaktig.questionnaire.internal.health;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.IntFunction;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import se.delaktig.api.questionnaire.CatalogEntry;
import se.delaktig.api.questionnaire.QuestionnaireCatalog;
import se.delaktig.api.questionnaire.Respondent;
import se.delaktig.host.api.codes.AgeBand;
import se.delaktig.web.api.HealthCheck;
import se.delaktig.web.api.HealthResult;
import se.delaktig.web.api.HealthResult.Status;
import se.delaktig.web.render.MessageCatalog;

/**
 * {@code questionnaire.age-bands}: for every age of every age band (5-7, 8-12, 13-18) an active
 * child questionnaire is selected; CRITICAL naming the band otherwise, because a caseworker could
 * not invite a child of that age.
 */
@Component(service = HealthCheck.class)
public class AgeBandsCheck implements HealthCheck {
    static final MessageCatalog TEXTS = MessageCatalog.of(AgeBandsCheck.class.getClassLoader(),
            "se/delaktig/questionnaire/i18n/health");

    private volatile QuestionnaireCatalog catalog;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setCatalog(QuestionnaireCatalog questionnaireCatalog) {
        this.catalog = questionnaireCatalog;
    }

    void unsetCatalog(QuestionnaireCatalog questionnaireCatalog) {
        if (this.catalog == questionnaireCatalog) {
            this.catalog = null;
        }
    }

    @Override
    public String name() {
        return "questionnaire.age-bands";
    }

    @Override
    public String title(String language) {
        return TEXTS.messagesOr(language, "en").get("health.bands.title");
    }

    @Override
    public HealthResult check() {
        QuestionnaireCatalog c = catalog;
        if (c == null) {
            return HealthResult.of(Status.CRITICAL, TEXTS, "health.bands.noCatalog");
        }
        return check(age -> c.select(Respondent.CHILD, age).map(CatalogEntry::id));
    }

    /**
     * @param selected the id of the questionnaire a child of an age would get, if any
     * @return OK naming the questionnaire(s) per band, or CRITICAL naming the bands with a gap
     */
    static HealthResult check(IntFunction<Optional<String>> selected) {
        List<String> gaps = new ArrayList<>();
        List<String> covered = new ArrayList<>();
        for (AgeBand band : AgeBand.values()) {
            TreeSet<String> ids = new TreeSet<>();
            List<Integer> missing = new ArrayList<>();
            for (int age = band.fromAge(); age <= band.toAge(); age++) {
                Optional<String> id = selected.apply(age);
                if (id.isPresent()) {
                    ids.add(id.get());
                } else {
                    missing.add(age);
                }
            }
            if (!missing.isEmpty()) {
                gaps.add(band.code() + (missing.size() == band.toAge() - band.fromAge() + 1 ? ""
                        : " (" + missing.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("") + ")"));
            } else {
                covered.add(band.code() + ": " + String.join(", ", ids));
            }
        }
        if (!gaps.isEmpty()) {
            return HealthResult.of(Status.CRITICAL, TEXTS, "health.bands.gap", String.join("; ", gaps));
        }
        return HealthResult.of(Status.OK, TEXTS, "health.bands.ok", String.join("; ", covered));
    }
}
