package se.delaktig.questionnaire.internal.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import se.delaktig.api.questionnaire.ArchiveConflictException;
import se.delaktig.api.questionnaire.CatalogEntry;
import se.delaktig.api.questionnaire.InvalidDefinitionException;
import se.delaktig.api.questionnaire.Problem;
import se.delaktig.api.questionnaire.QuestionnaireCatalog;
import se.delaktig.host.api.AuditEvent;
import se.delaktig.host.api.AuditTrail;
import se.delaktig.host.api.HostException;

/** Gogo commands {@code delaktig:questionnaires}, {@code delaktig:import <file>}, {@code delaktig:activate}, {@code delaktig:deactivate}. */
@Component(service = QuestionnaireCommands.class, property = {
    "osgi.command.scope=delaktig",
    "osgi.command.function=questionnaires",
    "osgi.command.function=import",
    "osgi.command.function=activate",
    "osgi.command.function=deactivate"
})
public class QuestionnaireCommands {

    /** The audit staff id for the shell (the host-api convention for the plugin's own work). */
    static final String SHELL = "delaktig";

    private final QuestionnaireCatalog catalog;
    private final AuditTrail audit;
    private final Clock clock;

    @Activate
    public QuestionnaireCommands(@Reference QuestionnaireCatalog catalog, @Reference AuditTrail audit) {
        this(catalog, audit, Clock.systemUTC());
    }

    QuestionnaireCommands(QuestionnaireCatalog catalog, AuditTrail audit, Clock clock) {
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
    }

    /** @return every accepted version and every rejected document, one a line */
    public String questionnaires() {
        StringBuilder out = new StringBuilder();
        for (CatalogEntry e : catalog.entries()) {
            var q = e.questionnaire();
            out.append(String.format("%-24s %-8s %-10s %2d-%-2d %-8s %-8s %s%n", q.id(), q.version(), q.respondent().code(),
                    q.ageBand().from(), q.ageBand().to(), e.active() ? "active" : "inactive",
                    q.review().status().code(), e.origin()));
        }
        catalog.rejected().forEach(r -> out.append("REJECTED ").append(r.origin()).append(System.lineSeparator())
                .append(r.problems().stream().map(p -> "  " + p).collect(Collectors.joining(System.lineSeparator())))
                .append(System.lineSeparator()));
        return out.length() == 0 ? "no questionnaires" : out.toString().stripTrailing();
    }

    /** Gogo maps the keyword command {@code import} to this method. @param file a definition file @return the outcome */
    public String _import(String file) {
        String json;
        try {
            json = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return "cannot read " + file + ": " + e.getMessage();
        }
        var problems = catalog.validate(json);
        if (!problems.isEmpty()) {
            RefusedImports.log("the shell", problems);
            return "rejected:" + System.lineSeparator() + problems.stream().map(p -> "  " + p)
                    .collect(Collectors.joining(System.lineSeparator()));
        }
        String refused = record("questionnaire.import", "gogo delaktig:import " + Path.of(file).getFileName());
        if (refused != null) {
            return refused;
        }
        try {
            CatalogEntry e = catalog.importDefinition(json, "shell");
            return "accepted " + e.id() + " " + e.version() + (e.active() ? " (active)" : " (inactive)");
        } catch (InvalidDefinitionException e) {
            RefusedImports.log("the shell", e.problems());
            return "rejected:" + System.lineSeparator() + e.problems().stream().map(Problem::toString)
                    .map(p -> "  " + p).collect(Collectors.joining(System.lineSeparator()));
        } catch (ArchiveConflictException e) {
            return "conflict: " + e.getMessage();
        }
    }

    /** @param id questionnaire id @param version exact version @return the outcome */
    public String activate(String id, String version) {
        return setActive(id, version, true);
    }

    /** @param id questionnaire id @param version exact version @return the outcome */
    public String deactivate(String id, String version) {
        return setActive(id, version, false);
    }

    private String setActive(String id, String version, boolean active) {
        if (catalog.find(id, version).isEmpty()) {
            return "no such version: " + id + " " + version;
        }
        String verb = active ? "activate" : "deactivate";
        String refused = record("questionnaire." + verb, "gogo delaktig:" + verb + " " + id + " " + version);
        if (refused != null) {
            return refused;
        }
        return catalog.setActive(id, version, active) ? id + " " + version + (active ? " active" : " inactive")
                : "no such version: " + id + " " + version;
    }

    private String record(String action, String view) {
        try {
            audit.record(new AuditEvent(SHELL, null, action, view, clock.instant()));
            return null;
        } catch (HostException | RuntimeException e) {
            return "the audit trail is unavailable; nothing was changed (" + e.getMessage() + ")";
        }
    }
}
