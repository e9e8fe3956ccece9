package se.delaktig.invitation.internal.service;

import java.util.List;
import se.delaktig.api.invitation.InvitationException;
import se.delaktig.api.invitation.InvitationException.Reason;
import se.delaktig.api.questionnaire.CatalogEntry;
import se.delaktig.api.questionnaire.QuestionnaireCatalog;
import se.delaktig.api.questionnaire.Respondent;

/** Picks the questionnaire for a child's age, or checks the one a caseworker chose. */
final class QuestionnaireChoice {

    private QuestionnaireChoice() {
    }

    static CatalogEntry choose(QuestionnaireCatalog catalog, String id, String version, int age)
            throws InvitationException {
        if (id == null || id.isBlank()) {
            return catalog.select(Respondent.CHILD, age).orElseThrow(() -> new InvitationException(
                    Reason.NO_QUESTIONNAIRE_FITS, "No active questionnaire for children fits age " + age));
        }
        if (version == null || version.isBlank()) {
            List<CatalogEntry> fitting = catalog.candidates(Respondent.CHILD, age);
            for (CatalogEntry e : fitting) {
                if (e.id().equals(id)) {
                    return e;
                }
            }
            boolean exists = catalog.entries().stream().anyMatch(e -> e.id().equals(id) && e.active());
            if (!exists) {
                throw new InvitationException(Reason.QUESTIONNAIRE_NOT_FOUND, "No active questionnaire '" + id + "'");
            }
            throw new InvitationException(Reason.QUESTIONNAIRE_DOES_NOT_FIT,
                    "Questionnaire '" + id + "' is not for a child of age " + age);
        }
        CatalogEntry entry = catalog.find(id, version).filter(CatalogEntry::active).orElseThrow(() ->
                new InvitationException(Reason.QUESTIONNAIRE_NOT_FOUND, "No active questionnaire '" + id + "' version "
                        + version));
        if (entry.questionnaire().respondent() != Respondent.CHILD || !entry.questionnaire().ageBand().contains(age)) {
            throw new InvitationException(Reason.QUESTIONNAIRE_DOES_NOT_FIT, "Questionnaire '" + id + "' version "
                    + version + " is not for a child of age " + age);
        }
        return entry;
    }
}
