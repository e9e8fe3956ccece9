package se.delaktig.statistics.web;

import java.util.List;
import java.util.Optional;
import se.delaktig.api.questionnaire.AnswerOption;
import se.delaktig.api.questionnaire.Item;
import se.delaktig.api.questionnaire.QuestionnaireCatalog;
import se.delaktig.statistics.figures.QuestionTexts;

/** Question and option texts from the questionnaire catalog, by {@code id@version}, question and language. */
final class CatalogTexts implements QuestionTexts {
    private final QuestionnaireCatalog catalog;

    CatalogTexts(QuestionnaireCatalog catalog) {
        this.catalog = catalog;
    }

    /** @param catalog the catalog, or {@code null} while it is not there @return texts from it, or {@link #NONE} */
    static QuestionTexts of(QuestionnaireCatalog catalog) {
        return catalog == null ? NONE : new CatalogTexts(catalog);
    }

    @Override
    public Optional<String> text(String questionnaire, String linkId, String language) {
        return item(questionnaire, linkId).flatMap(item -> item.text().in(language));
    }

    @Override
    public Optional<String> option(String questionnaire, String linkId, String code, String language) {
        return item(questionnaire, linkId).map(item -> item.option(code)).map(AnswerOption::text)
                .flatMap(text -> text.in(language));
    }

    @Override
    public List<String> optionOrder(String questionnaire, String linkId) {
        return item(questionnaire, linkId).map(item -> item.answerOption().stream().map(AnswerOption::code).toList())
                .orElse(List.of());
    }

    private Optional<Item> item(String questionnaire, String linkId) {
        int at = questionnaire.indexOf('@');
        return at < 0 ? Optional.empty() : catalog.find(questionnaire.substring(0, at), questionnaire.substring(at + 1))
                .flatMap(entry -> entry.questionnaire().item(linkId));
    }
}
