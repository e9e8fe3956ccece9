package se.delaktig.invitation.internal.code;

import java.util.Map;
import se.delaktig.invitation.internal.Configs;

/** Configured codes for tests in other packages. */
public final class InvitationCodesTestAccess {

    private InvitationCodesTestAccess() {
    }

    public static InvitationCodes codes() {
        InvitationCodes c = new InvitationCodes();
        c.configure(Configs.of(InvitationCodesConfiguration.class,
                Map.of("pepper", "test-pepper-0123456789-0123456789-0123456789", "pepper_id", "t1")));
        return c;
    }
}
