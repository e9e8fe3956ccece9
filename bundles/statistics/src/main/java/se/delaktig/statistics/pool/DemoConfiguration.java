package se.delaktig.statistics.pool;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The demo's statistics (PID {@value #PID}): only the demo feature sets it; never in production. */
@ObjectClassDefinition(id = DemoConfiguration.PID, name = "Delaktig statistics: demo data",
        description = "Seeds made-up historical responses and a generated pooled file. For the demo only.")
public @interface DemoConfiguration {

    /** The configuration PID. */
    String PID = "se.delaktig.statistics.demo";

    @AttributeDefinition(name = "Pooled demo file", description = "Compare with the bundled generated files of made-up municipalities while nothing has been imported.")
    boolean pooled_file() default false;

    @AttributeDefinition(name = "Responses to seed", description = "Made-up historical responses written to the store once (0 = none).", min = "0", max = "5000")
    int seed_responses() default 0;

    @AttributeDefinition(name = "Seed", description = "Random seed: the same seed gives the same responses.")
    long seed() default 20261122L;

    @AttributeDefinition(name = "Cases", description = "The host's demo case ids the made-up responses belong to.")
    String[] cases() default {};
}
