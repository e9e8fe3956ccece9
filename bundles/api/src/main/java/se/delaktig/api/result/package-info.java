/**
 * The caseworker result view's persistence: which sent responses belong to a case (through the
 * case's invitations, or a follow-up form filled in by staff), the queue of summaries to file on the
 * host's case record (retried while the host refuses), the once-per-response danger alert, and the
 * invitations a caseworker opened for answering together.
 *
 * <p>Implemented by the store bundle (migration V005); used by the caseworker bundle.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package se.delaktig.api.result;
