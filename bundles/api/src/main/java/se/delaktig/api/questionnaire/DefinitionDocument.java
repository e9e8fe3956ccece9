package se.delaktig.api.questionnaire;

import java.util.Objects;

/**
 * A definition document offered by a {@link QuestionnaireProvider}.
 *
 * @param name a name unique within the provider, used in the origin and in messages, e.g. {@code follow-up.json}
 * @param json the document (format {@code delaktig-questionnaire/1})
 */
public record DefinitionDocument(String name, String json) {
    /** Checks the components. */
    public DefinitionDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(json, "json");
    }
}
