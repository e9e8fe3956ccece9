/**
 * Responses: what a child answers in the portal. The persistence contracts between the portal and
 * the store ({@link se.delaktig.api.response.PortalSessionRepository} for the portal's own
 * database-backed sessions, {@link se.delaktig.api.response.ResponseRepository} for responses and
 * their answers, one row per question, the later save winning), and the
 * {@link se.delaktig.api.response.ResponseListener} whiteboard through which the caseworker side
 * (result view, statistics) learns that a child sent the answers.
 *
 * <p>Nothing here names a case or a child: a response belongs to an invitation, and the invitation
 * bundle knows the case.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package se.delaktig.api.response;
