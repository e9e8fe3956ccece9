package se.delaktig.questionnaire.internal.admin;

import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.delaktig.api.questionnaire.Problem;

/**
 * Logs an administrator's import that was refused before it reached the catalog (so the catalog's
 * own rejection log never sees it): where it came from and its first faults, never the document.
 */
final class RefusedImports {
    private static final Logger LOG = LoggerFactory.getLogger(RefusedImports.class);
    private static final int SHOWN = 5;

    private RefusedImports() {
    }

    static void log(String via, List<Problem> problems) {
        LOG.warn("A questionnaire import through {} was refused with {} fault(s): {}{}", via, problems.size(),
                problems.stream().limit(SHOWN).map(Problem::toString).collect(Collectors.joining("; ")),
                problems.size() > SHOWN ? "; …" : "");
    }
}
