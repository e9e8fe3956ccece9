package se.delaktig.caseworker.internal.filing;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Delaktig caseworker: case record and alerts",
        description = "The summary filed on the case record when a child sends answers, and the danger alert.")
@interface FilingConfiguration {
    /** The PID. */
    String PID = "se.delaktig.caseworker.filing";

    @AttributeDefinition(name = "Language", description = "Language of the case-record summary and of the alert (sv, en)")
    String record_language() default "sv";

    @AttributeDefinition(name = "Time zone", description = "Time zone of the times in the summary")
    String time_zone() default "Europe/Stockholm";

    @AttributeDefinition(name = "Retry seconds", description = "First wait before filing again after the host refused; doubles up to 64 times")
    long retry_seconds() default 60;
}
