/**
 * Questionnaires: the extension point through which definitions reach the plugin, and the archive
 * that keeps every version ever used (a response is pinned to the exact version it was answered on).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package se.delaktig.api.questionnaire;
