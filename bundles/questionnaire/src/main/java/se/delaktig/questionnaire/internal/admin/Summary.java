package se.delaktig.questionnaire.internal.admin;

import java.util.List;
import se.delaktig.api.questionnaire.CatalogEntry;
import se.delaktig.api.questionnaire.Problem;
import se.delaktig.api.questionnaire.RejectedSource;

/** JSON views of the catalog for administrators (REST and shell). */
public final class Summary {

    private Summary() {
    }

    /** One accepted version. */
    public record Version(String id, String version, String title, String respondent, int ageFrom, int ageTo,
                          List<String> languages, String review, String origin, boolean active, boolean archived,
                          String sha256) {
        static Version of(CatalogEntry e) {
            var q = e.questionnaire();
            return new Version(q.id(), q.version().toString(), q.title().get(q.defaultLanguage(), q.defaultLanguage()),
                    q.respondent().code(), q.ageBand().from(), q.ageBand().to(), q.languages(),
                    q.review().status().code(), e.origin(), e.active(), e.archived(), e.sha256());
        }
    }

    /** One rejected document. */
    public record Rejected(String origin, String id, String version, List<Problem> problems, String rejectedAt) {
        static Rejected of(RejectedSource r) {
            return new Rejected(r.origin(), r.id(), r.version(), r.problems(), r.rejectedAt().toString());
        }
    }

    /** The whole catalog. */
    public record Listing(List<Version> questionnaires, List<Rejected> rejected) {
    }

    /** A refused import: every problem with its path. */
    public record Refusal(int status, String error, String message, List<Problem> problems) {
    }

    static Listing listing(List<CatalogEntry> entries, List<RejectedSource> rejected) {
        return new Listing(entries.stream().map(Version::of).toList(), rejected.stream().map(Rejected::of).toList());
    }
}
