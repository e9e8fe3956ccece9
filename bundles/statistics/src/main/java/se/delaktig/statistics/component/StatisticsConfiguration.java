package se.delaktig.statistics.component;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import se.delaktig.statistics.aggregate.Granularity;

/** Configuration of the statistics (PID {@value #PID}); the bundle's README shows a .cfg file. */
@ObjectClassDefinition(id = StatisticsConfiguration.PID, name = "Delaktig statistics",
        description = "Disclosure control and the schedule of the published statistics snapshot.")
public @interface StatisticsConfiguration {

    /** The configuration PID. */
    String PID = "se.delaktig.statistics";

    @AttributeDefinition(name = "k", description = "Cells built from fewer than k children are suppressed (at least 5).", min = "5")
    int k() default 5;

    @AttributeDefinition(name = "Refresh time",
            description = "Local time (Europe/Stockholm, HH:mm) when the published snapshot is taken every day.")
    String refresh_time() default "03:00";

    @AttributeDefinition(name = "Years", description = "How many calendar years, this one included, are published; one window each.", min = "1", max = "20")
    int years() default 3;

    @AttributeDefinition(name = "Period granularity", description = "How the unit-by-period table cuts each year.")
    Granularity granularity() default Granularity.MONTH;

    @AttributeDefinition(name = "Municipality id", description = "The municipality's code in exported files (e.g. kommunkod 0180).")
    String municipality_id() default "0000";

    @AttributeDefinition(name = "Municipality name", description = "The municipality's name in exported files.")
    String municipality_name() default "Kommunen";
}
