package se.delaktig.invitation.internal.panel;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the invitation panel and its form endpoints (PID {@value #PID}, optional). */
@ObjectClassDefinition(id = PanelConfiguration.PID, name = "Delaktig invitations: case panel",
        description = "How the invitation panel on the case page shows dates, extends invitations and which channel it preselects.")
public @interface PanelConfiguration {

    /** The configuration PID, shared by the panel and the REST resource. */
    String PID = "se.delaktig.invitation.panel";

    @AttributeDefinition(name = "Time zone", description = "Time zone of the dates shown in the panel")
    String time_zone() default "Europe/Stockholm";

    @AttributeDefinition(name = "Extend by (days)", description = "How many days the panel's extend button adds to an invitation's expiry", min = "1", max = "90")
    int extend_days() default 7;

    @AttributeDefinition(name = "Default channel", description = "Id of the channel the send form preselects when "
            + "it is available (such as sms, host-sms, email, host-email, print). Empty: the first SMS channel, else "
            + "e-mail, else the code in person. For a child with a protected identity the code in person is always "
            + "preselected.", required = false)
    String default_channel() default "";
}
