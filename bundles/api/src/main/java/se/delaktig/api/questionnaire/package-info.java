/**
 * Questionnaires: the definition model (format {@code delaktig-questionnaire/1}, documented in
 * docs/questionnaire-authoring.md), the extension point through which definitions reach the plugin
 * ({@link se.delaktig.api.questionnaire.QuestionnaireProvider} services and the
 * {@value se.delaktig.api.questionnaire.QuestionnaireProvider#HEADER} manifest header), the
 * {@link se.delaktig.api.questionnaire.QuestionnaireCatalog} of accepted versions with the selection
 * rule, the {@link se.delaktig.api.questionnaire.QuestionnaireEngine} rules (branching, answer
 * checks, FHIR export), and the archive that keeps every version ever used (a response is pinned
 * to the exact version it was answered on).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package se.delaktig.api.questionnaire;
