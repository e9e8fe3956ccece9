package se.delaktig.caseworker.internal.panel;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Delaktig caseworker: result view",
        description = "Dates on the result panel and pages, and the case-record summary.")
@interface ResultConfiguration {
    /** The PID. */
    String PID = "se.delaktig.caseworker.results";

    @AttributeDefinition(name = "Time zone", description = "Time zone of the dates shown and filed")
    String time_zone() default "Europe/Stockholm";
}
