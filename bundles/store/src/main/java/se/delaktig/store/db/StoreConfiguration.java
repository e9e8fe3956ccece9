package se.delaktig.store.db;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the plugin's own database (PID {@value #PID}); the bundle's README shows a .cfg file. */
@ObjectClassDefinition(
        id = StoreConfiguration.PID,
        name = "Delaktig store",
        description = "The plugin's own database: where it is, how to sign in to it, how many connections "
                + "to keep. The plugin never uses the host's tables.")
public @interface StoreConfiguration {

    /** The configuration PID. */
    String PID = "se.delaktig.store";

    /** The default target: H2's own DataSourceFactory. */
    String H2_FACTORY = "(osgi.jdbc.driver.class=org.h2.Driver)";

    @AttributeDefinition(name = "JDBC URL",
            description = "Empty: an embedded H2 file in <delaktig.data.dir>/plugin/delaktig (framework "
                    + "property, default ./delaktig-data), written through on every commit. For PostgreSQL, "
                    + "e.g. jdbc:postgresql://db.example:5432/delaktig, and change the DataSourceFactory target.")
    String jdbc_url() default "";

    @AttributeDefinition(name = "User", description = "Database user.")
    String user() default "sa";

    /**
     * Key {@code .password}: DS keeps properties whose names start with a dot out of the registered
     * service's properties, so other bundles cannot read the password from the service registry.
     */
    @AttributeDefinition(name = "Password", description = "Database password.", type = AttributeType.PASSWORD)
    String _password() default "";

    @AttributeDefinition(name = "Maximum connections",
            description = "Size of the connection pool (at least 2: a migration holds one for its lock).", min = "2")
    int max_connections() default 10;

    @AttributeDefinition(name = "DataSourceFactory target",
            description = "LDAP filter choosing the JDBC driver's DataSourceFactory service, e.g. "
                    + "(osgi.jdbc.driver.class=org.postgresql.Driver).")
    String dataSourceFactory_target() default H2_FACTORY;
}
