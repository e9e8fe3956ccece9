package se.delaktig.api.invitation;

import java.util.Objects;

/**
 * A caseworker's request to create an invitation ({@link InvitationService#create}).
 *
 * @param caseId                    the opaque case id
 * @param questionnaireId           a questionnaire id, or {@code null} for the catalog's selection
 *                                  for the child's age today ({@code QuestionnaireCatalog.select})
 * @param questionnaireVersion      an exact version, or {@code null} for the newest active version
 *                                  of {@code questionnaireId} that fits the child's age
 * @param channelId                 a {@link DeliveryChannel#id()}
 * @param address                   the phone number or e-mail address as typed, for this invitation
 *                                  only; {@code null} or empty for channels of
 *                                  {@link AddressKind#NONE}
 * @param language                  the language of the message and of the questionnaire
 *                                  ({@code "sv"}, {@code "en"}); {@code null} for {@code "sv"}
 * @param idempotencyKey            a key the client makes once per intended invitation (a form
 *                                  token, a UUID), 1-100 printable ASCII characters; the same key
 *                                  from the same staff member always means the same invitation
 * @param confirmProtectedIdentity  the caseworker confirmed the warning that SMS or e-mail to a
 *                                  child with a protected identity may reveal where the child is;
 *                                  required for such channels on such cases, ignored otherwise
 */
public record NewInvitation(String caseId, String questionnaireId, String questionnaireVersion, String channelId,
        String address, String language, String idempotencyKey, boolean confirmProtectedIdentity) {

    /** Checks the required components (the service checks their content). */
    public NewInvitation {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    }

    /** The address is personal data: redacted. */
    @Override
    public String toString() {
        return "NewInvitation[caseId=" + caseId + ", questionnaire=" + questionnaireId + " " + questionnaireVersion
                + ", channel=" + channelId + ", language=" + language + ", address=(redacted), confirmProtectedIdentity="
                + confirmProtectedIdentity + "]";
    }
}
