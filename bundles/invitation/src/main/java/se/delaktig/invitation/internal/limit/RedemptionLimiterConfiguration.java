package se.delaktig.invitation.internal.limit;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of {@link RedemptionLimiter}. */
@ObjectClassDefinition(name = "Delaktig invitations: redemption rate limits",
        description = "Limits on wrong codes, per code, per client address and in total. Held in memory only.")
@interface RedemptionLimiterConfiguration {

    @AttributeDefinition(name = "Failures per code", min = "1",
            description = "Wrong attempts against one code (link token or short code) before it is locked.")
    int per__code__failures() default 5;

    @AttributeDefinition(name = "Failures per client", min = "1",
            description = "Wrong codes from one client address before that address is locked.")
    int per__client__failures() default 10;

    @AttributeDefinition(name = "Window (seconds)", min = "1",
            description = "Failures older than this are forgotten (per code and per client).")
    int window__seconds() default 900;

    @AttributeDefinition(name = "Lockout (seconds)", min = "0",
            description = "How long a code or client address stays locked once its limit is reached.")
    int lockout__seconds() default 900;

    @AttributeDefinition(name = "Failures in total", min = "1",
            description = "Wrong attempts from everybody together within the global window before all attempts "
                    + "are refused until the window ends (a brake on distributed guessing).")
    int global__failures() default 300;

    @AttributeDefinition(name = "Global window (seconds)", min = "1",
            description = "The window of the global limit.")
    int global__window__seconds() default 60;

    @AttributeDefinition(name = "Tracked keys", min = "100",
            description = "Most codes and most client addresses held in memory each; beyond it expired and then "
                    + "least recently used unlocked entries are dropped, and new ones are refused if all are locked.")
    int max__tracked() default 100000;
}
