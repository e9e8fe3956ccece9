package se.delaktig.api.questionnaire;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Contributes questionnaire definitions from code (whiteboard: register it as an OSGi service).
 * Bundles that only ship files need no code: they name the files in the manifest header
 * {@value #HEADER} instead.
 *
 * <p>The catalog reads {@link #definitions()} when the service appears and again when its service
 * properties change; every document is validated on its own, so one broken document never affects
 * the others. Pictures and audio named by the documents are looked up in the provider's bundle
 * unless a document names another {@code resourceBundle}.
 */
@ConsumerType
public interface QuestionnaireProvider {

    /** The manifest header through which a bundle contributes definition files, e.g. {@code questionnaires/*.json}. */
    String HEADER = "Delaktig-Questionnaires";

    /** @return the documents this provider contributes; never {@code null} */
    List<DefinitionDocument> definitions();
}
