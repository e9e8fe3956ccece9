package se.delaktig.referencehost;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the reference host, shared by its components under one PID. Public only
 * because components in several private packages read it; the package is not exported.
 */
@ObjectClassDefinition(
        id = ReferenceHostConfiguration.PID,
        name = "Delaktig reference host",
        description = "The demo case system: database, demo data, sign-in sessions, language.")
public @interface ReferenceHostConfiguration {

    /** The configuration PID, referred to by the feature and the demo assembly. */
    String PID = "se.delaktig.referencehost";

    @AttributeDefinition(name = "JDBC URL",
            description = "H2 URL of the host's database. Empty: an H2 file under the framework "
                    + "property delaktig.data.dir (default ./delaktig-data) in host/reference-host.")
    String jdbc_url() default "";

    @AttributeDefinition(name = "Seed demo data",
            description = "Fill an empty database with demo units, staff and children's cases.")
    boolean seed_demo_data() default true;

    @AttributeDefinition(name = "Session idle minutes",
            description = "A sign-in ends after this many minutes without a request.")
    int session_idle_minutes() default 30;

    @AttributeDefinition(name = "Session absolute hours",
            description = "A sign-in ends this many hours after it began, whatever the activity.")
    int session_absolute_hours() default 10;

    @AttributeDefinition(name = "Secure cookies",
            description = "Mark cookies Secure and use the __Host- prefix. Turn on behind TLS.")
    boolean secure_cookies() default false;

    @AttributeDefinition(name = "Default language",
            description = "The page language when the browser has not chosen one: sv or en.",
            options = {
                @org.osgi.service.metatype.annotations.Option(label = "Svenska", value = "sv"),
                @org.osgi.service.metatype.annotations.Option(label = "English", value = "en")})
    String default_language() default "sv";

    @AttributeDefinition(name = "On-call recipient",
            description = "Who gets a case alert when none of the unit's caseworkers who may see the case is "
                    + "available (all away): the municipality's on-call team's internal address. Empty: such an "
                    + "alert is refused.")
    String on_call_recipient() default "Socialjouren";

    @AttributeDefinition(name = "Plugin status URL",
            description = "Where the plugin's status page is (GET, for administrators), linked from the administrators' "
                    + "menu. The host knows the plugin only by this address; empty for no link.")
    String plugin_status_url() default "/delaktig/api/status";
}
