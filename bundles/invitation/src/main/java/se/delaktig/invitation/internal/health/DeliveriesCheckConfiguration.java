package se.delaktig.invitation.internal.health;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** When the failed-deliveries health check warns (PID {@value #PID}, optional). */
@ObjectClassDefinition(id = DeliveriesCheckConfiguration.PID, name = "Delaktig invitations: delivery health check",
        description = "How many failed deliveries within 24 hours the health check accepts before it warns.")
public @interface DeliveriesCheckConfiguration {

    /** The configuration PID. */
    String PID = "se.delaktig.invitation.health";

    @AttributeDefinition(name = "Failed deliveries per day before a warning", description = "The check warns "
            + "when more invitations than this failed to be delivered in the last 24 hours (and were not resent "
            + "since). A large municipality sending hundreds of invitations a day may want a higher number.", min = "0")
    int failed_per_day_warning() default DeliveriesCheck.DEFAULT_WARN_ABOVE;
}
