/**
 * Invitations: the lifecycle of an invitation ({@link se.delaktig.api.invitation.InvitationStatus},
 * with its allowed transitions as data) and the delivery-channel extension point
 * ({@link se.delaktig.api.invitation.DeliveryChannel}) through which an invitation reaches a child:
 * SMS, e-mail, the host's message gateway, a printed sheet, or anything a bundle adds by
 * registering one more service.
 *
 * <p>Services: {@link se.delaktig.api.invitation.InvitationService} (what caseworkers do:
 * create, list, resend, revoke, extend, each audited), {@link se.delaktig.api.invitation.InvitationRedemption}
 * (what the portal does with a code: a uniform refusal or an
 * {@link se.delaktig.api.invitation.AnsweringGrant}), and the persistence contract
 * {@link se.delaktig.api.invitation.InvitationRepository} between the invitation and store bundles.
 * Since 1.2, the whiteboard {@link se.delaktig.api.invitation.InvitationListener} hears when an
 * invitation reaches a child ({@link se.delaktig.api.invitation.InvitationEvent}).
 * Since 1.3, {@link se.delaktig.api.invitation.InvitationOptions.QuestionnaireChoice} carries the
 * questionnaire's review status, reminders go to every unanswered invitation that reached the child,
 * {@link se.delaktig.api.invitation.InvitationRepository#listAddressesNoLongerNeeded} also
 * finds opened invitations whose address is no longer needed (also when their reminder could only
 * fall due at or after the expiry), and the reminder round pages through
 * {@link se.delaktig.api.invitation.InvitationRepository#listDueForReminder(java.time.Instant, java.time.Duration, java.time.Instant, String, int)}
 * (unexpired rows only, keyset paging) so that rows it cannot remind now never hide the others.
 * Both were settled before 1.3.0 was released and so belong to 1.3.0.
 *
 * <p>Codes never travel through this package in a form that is logged: every type that carries a
 * code, link, address or message text redacts it in {@code toString()}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.3.0")
package se.delaktig.api.invitation;
