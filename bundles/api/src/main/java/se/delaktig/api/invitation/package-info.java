/**
 * Invitations: the lifecycle of an invitation ({@link se.delaktig.api.invitation.InvitationStatus},
 * with its allowed transitions as data) and the delivery-channel extension point
 * ({@link se.delaktig.api.invitation.DeliveryChannel}) through which an invitation reaches a child:
 * SMS, e-mail, the host's message gateway, a printed sheet, or anything a bundle adds by
 * registering one more service.
 *
 * <p>Codes never travel through this package in a form that is logged: every type that carries a
 * code, link, address or message text redacts it in {@code toString()}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package se.delaktig.api.invitation;
