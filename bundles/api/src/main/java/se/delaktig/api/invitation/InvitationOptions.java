package se.delaktig.api.invitation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import se.delaktig.api.questionnaire.ReviewStatus;

/**
 * What the invitation panel offers for one case ({@link InvitationService#options}).
 *
 * @param caseId            the case
 * @param caseOpen          whether the case is open (a closed case takes no new invitations)
 * @param protectedIdentity whether the child has a protected identity: the panel preselects
 *                          {@link #defaultChannelId()} (print/in person) and warns before SMS or
 *                          e-mail, which need {@link NewInvitation#confirmProtectedIdentity()}
 * @param age               the child's age today as the host computes it, or {@code null} when unknown
 * @param questionnaires    the child questionnaires that fit that age, the preselected one first;
 *                          empty when none fits or the age is unknown
 * @param channels          every delivery channel, available or not, ordered by id
 * @param defaultChannelId  the channel to preselect ({@code "print"} for a protected identity,
 *                          otherwise the first available channel with an address), or {@code null}
 * @param defaultExpiry     the expiry a new invitation would get
 */
public record InvitationOptions(String caseId, boolean caseOpen, boolean protectedIdentity, Integer age,
        List<QuestionnaireChoice> questionnaires, List<ChannelChoice> channels, String defaultChannelId,
        Instant defaultExpiry) {

    /** Checks the components and copies the lists. */
    public InvitationOptions {
        Objects.requireNonNull(caseId, "caseId");
        questionnaires = List.copyOf(questionnaires);
        channels = List.copyOf(channels);
        Objects.requireNonNull(defaultExpiry, "defaultExpiry");
    }

    /**
     * A questionnaire to choose.
     *
     * @param id        the questionnaire id
     * @param version   the version that would be pinned
     * @param title     the title in the requested language (or the questionnaire's default language)
     * @param ageFrom   youngest age of its band
     * @param ageTo     oldest age of its band
     * @param languages the languages it exists in
     * @param reviewStatus whether the municipality's professionals have reviewed this version; a
     *                  {@link ReviewStatus#DRAFT} may be sent, but the caseworker is told it is a draft
     *                  (since 1.3)
     */
    public record QuestionnaireChoice(String id, String version, String title, int ageFrom, int ageTo,
            List<String> languages, ReviewStatus reviewStatus) {
        /** Checks the components and copies the list. */
        public QuestionnaireChoice {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(title, "title");
            languages = List.copyOf(languages);
            Objects.requireNonNull(reviewStatus, "reviewStatus");
        }

        /**
         * The 1.2 constructor: a choice whose review status was not given counts as a
         * {@link ReviewStatus#DRAFT}, so that nothing unreviewed is ever shown as reviewed.
         */
        public QuestionnaireChoice(String id, String version, String title, int ageFrom, int ageTo,
                List<String> languages) {
            this(id, version, title, ageFrom, ageTo, languages, ReviewStatus.DRAFT);
        }
    }

    /**
     * A channel to choose.
     *
     * @param id          {@link DeliveryChannel#id()}
     * @param label       {@link DeliveryChannel#label(String)} in the requested language
     * @param addressKind which address the caseworker types
     * @param available   whether it can deliver now
     * @param handsOver   whether the code goes through the caseworker (print, in person)
     */
    public record ChannelChoice(String id, String label, AddressKind addressKind, boolean available,
            boolean handsOver) {
        /** Checks the components. */
        public ChannelChoice {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(addressKind, "addressKind");
        }
    }
}
