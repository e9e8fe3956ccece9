package se.delaktig.questionnaire.internal.health;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import se.delaktig.api.questionnaire.Problem;
import se.delaktig.api.questionnaire.QuestionnaireCatalog;
import se.delaktig.api.questionnaire.RejectedSource;
import se.delaktig.web.api.HealthCheck;
import se.delaktig.web.api.HealthResult;
import se.delaktig.web.api.HealthResult.Status;

/**
 * {@code questionnaire.rejected}: WARNING naming each rejected definition document (its origin and
 * first problem), so that a broken bundle file or import reaches the status page and not only the
 * log, the REST listing and the Gogo shell.
 */
@Component(service = HealthCheck.class)
public class RejectedCheck implements HealthCheck {
    /** How many documents the message names; the rest are counted. */
    static final int SHOWN = 5;
    private static final int LONGEST_PROBLEM = 160;
    private static final Pattern IMPORT_ORIGIN = Pattern.compile("import:[^\\s);,]+");

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
        return "questionnaire.rejected";
    }

    @Override
    public String title(String language) {
        return AgeBandsCheck.TEXTS.messagesOr(language, "en").get("health.rejected.title");
    }

    @Override
    public HealthResult check() {
        QuestionnaireCatalog c = catalog;
        // questionnaire.age-bands is already CRITICAL without a catalog; nothing was rejected either.
        return c == null ? HealthResult.of(Status.OK, AgeBandsCheck.TEXTS, "health.rejected.noCatalog") : check(c.rejected());
    }

    /** @param rejected the catalog's rejected documents @return OK, or WARNING naming them */
    static HealthResult check(List<RejectedSource> rejected) {
        if (rejected.isEmpty()) {
            return HealthResult.of(Status.OK, AgeBandsCheck.TEXTS, "health.rejected.ok");
        }
        String named = rejected.stream().limit(SHOWN).map(RejectedCheck::describe).collect(Collectors.joining("; "));
        if (rejected.size() > SHOWN) {
            named += "; +" + (rejected.size() - SHOWN);
        }
        return HealthResult.of(Status.WARNING, AgeBandsCheck.TEXTS, "health.rejected.some", rejected.size(), named);
    }

    private static String describe(RejectedSource r) {
        String text = origin(r.origin());
        if (r.problems().isEmpty()) {
            return text;
        }
        text += " — " + problem(r.problems().get(0));
        return r.problems().size() == 1 ? text : text + " (+" + (r.problems().size() - 1) + ")";
    }

    /** An import's origin ({@code import:<staff id>}) names a person: the status page shows only "import". */
    static String origin(String origin) {
        return IMPORT_ORIGIN.matcher(origin).replaceAll("import");
    }

    /**
     * A problem without a path is about the whole source (unreadable file, failing provider, bad
     * JSON): its detail after ": " may be exception text, which stays in the log and the listing.
     */
    static String problem(Problem p) {
        String message = p.message();
        if (p.path().isEmpty() && message.contains(": ")) {
            message = message.substring(0, message.indexOf(": "));
        }
        message = origin(message); // a version conflict names the origin that holds the version
        String text = p.path().isEmpty() ? message : p.path() + ": " + message;
        return text.length() <= LONGEST_PROBLEM ? text : text.substring(0, LONGEST_PROBLEM - 1) + "…";
    }
}
