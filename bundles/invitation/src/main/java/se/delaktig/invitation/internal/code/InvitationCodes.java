package se.delaktig.invitation.internal.code;

import java.security.SecureRandom;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/** Creates invitation codes and hashes presented ones with the configured pepper; waits for its configuration. */
@Component(service = InvitationCodes.class, configurationPid = InvitationCodes.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = InvitationCodesConfiguration.class)
public class InvitationCodes {

    /** The configuration PID. */
    public static final String PID = "se.delaktig.invitation.codes";

    private final SecureRandom random = new SecureRandom();
    private volatile CodeHasher hasher;

    @Activate
    @Modified
    void configure(InvitationCodesConfiguration config) {
        hasher = new CodeHasher(config.pepper(), config.pepper__id(), random);
    }

    /** @return fresh codes for one new invitation, with the hashes to store */
    public NewCodes newCodes() {
        return hasher.newCodes();
    }

    /** @return the stored form of a presented link token, for a lookup */
    public String hash(LinkToken token) {
        return hasher.hash(token);
    }

    /** @return the stored form of a presented short code, for a lookup */
    public String hash(ShortCode code) {
        return hasher.hash(code);
    }

    /** @return whether a presented token matches a stored hash (constant time) */
    public boolean matches(LinkToken token, String stored) {
        return hasher.matches(token, stored);
    }

    /** @return whether a presented short code matches a stored hash (constant time) */
    public boolean matches(ShortCode code, String stored) {
        return hasher.matches(code, stored);
    }
}
