package se.delaktig.invitation.internal.code;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of {@link InvitationCodes}. */
@ObjectClassDefinition(name = "Delaktig invitations: codes",
        description = "The secret key (pepper) with which invitation codes are hashed before they are stored.")
@interface InvitationCodesConfiguration {

    @AttributeDefinition(name = "Pepper", type = AttributeType.PASSWORD,
            description = "Secret HMAC key, at least 32 characters (e.g. 'openssl rand -base64 48'). Keep it out of "
                    + "the database and its backups. Changing it invalidates every open invitation's codes.")
    String pepper();

    @AttributeDefinition(name = "Pepper id",
            description = "A short name of the pepper (1-16 letters, digits, '-' or '_'), written into every hash "
                    + "so a future rotation can tell old hashes from new ones.")
    String pepper__id() default "1";
}
