package se.delaktig.invitation.internal.service;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of {@link Housekeeping}. */
@ObjectClassDefinition(name = "Delaktig invitations: housekeeping",
        description = "How often expired invitations are marked, addresses erased, reminders sent and case events caught up.")
@interface HousekeepingConfiguration {

    @AttributeDefinition(name = "Interval (seconds)", min = "5",
            description = "Time between two rounds; the first round runs shortly after start.")
    int interval__seconds() default 300;

    @AttributeDefinition(name = "Batch size", min = "1",
            description = "Invitations handled per kind of work and round.")
    int batch__size() default 200;
}
