package se.delaktig.invitation.internal.panel;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.delaktig.api.invitation.AddressKind;
import se.delaktig.api.invitation.InvitationOptions;
import se.delaktig.api.invitation.InvitationOptions.ChannelChoice;
import se.delaktig.api.invitation.InvitationOptions.QuestionnaireChoice;
import se.delaktig.api.invitation.InvitationView;
import se.delaktig.api.questionnaire.ReviewStatus;
import se.delaktig.web.render.Messages;

/** The panel's values, prepared in Java so the templates only print them (all public for Velocity). */
public final class PanelModel {

    /** Message languages offered in the form; the service refuses one its texts or the questionnaire lack. */
    static final List<String> MESSAGE_LANGUAGES = List.of("sv", "en");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    /** A questionnaire radio button; {@code draft} when not yet reviewed by the municipality's professionals. */
    public record QuestionnaireOption(String domId, String id, String label, boolean selected, boolean draft) { }

    /** A channel radio button; {@code kind} is {@code phone}, {@code email} or {@code none}. */
    public record ChannelOption(String domId, String id, String label, String kind, boolean selected) { }

    /** A message language. */
    public record LanguageOption(String code, String label, boolean selected) { }

    /** One invitation in the list, with the status in words and the allowed actions. */
    public record Row(String id, String questionnaire, String channel, String address, String statusWord,
            String statusClass, String failure, String created, String lastSent, String expires,
            String resendAction, String revokeAction, String extendAction, boolean canResend, boolean canRevoke,
            boolean canExtend, int sendCount, boolean asked) {
        /** @return whether the row shows a delivery failure's reason */
        public boolean hasFailure() {
            return failure != null && !failure.isEmpty();
        }

        /** @return whether the row has a last delivery date */
        public boolean hasLastSent() {
            return lastSent != null && !lastSent.isEmpty();
        }

        /** @return whether any action is allowed */
        public boolean hasActions() {
            return canResend || canRevoke || canExtend;
        }
    }

    private PanelModel() {
    }

    static List<QuestionnaireOption> questionnaires(InvitationOptions options, Messages t) {
        List<QuestionnaireOption> out = new ArrayList<>();
        List<QuestionnaireChoice> choices = options.questionnaires();
        for (int i = 0; i < choices.size(); i++) {
            QuestionnaireChoice q = choices.get(i);
            out.add(new QuestionnaireOption("dlk-q-" + i, q.id(),
                    t.get("send.questionnaire.option", q.title(), q.ageFrom(), q.ageTo()), i == 0,
                    q.reviewStatus() == ReviewStatus.DRAFT));
        }
        return out;
    }

    /**
     * Only available channels, the default one checked (see {@link #defaultChannel}).
     *
     * @param preferred the configured default channel id, or empty
     */
    static List<ChannelOption> channels(InvitationOptions options, String preferred) {
        List<ChannelChoice> available = options.channels().stream().filter(ChannelChoice::available).toList();
        String selected = defaultChannel(options, available, preferred);
        List<ChannelOption> out = new ArrayList<>();
        for (int i = 0; i < available.size(); i++) {
            ChannelChoice c = available.get(i);
            out.add(new ChannelOption("dlk-c-" + i, c.id(), c.label(), kind(c.addressKind()), c.id().equals(selected)));
        }
        return out;
    }

    /**
     * The channel checked in the form: the configured one when it is available (never for a protected
     * identity), else the service's suggestion (the same rule as the REST options: for a protected
     * identity a hand-over, never SMS or e-mail; otherwise SMS, else e-mail, else a hand-over). Nothing
     * is remembered per person.
     *
     * @return the channel id, or {@code null} for none
     */
    static String defaultChannel(InvitationOptions options, List<ChannelChoice> available, String preferred) {
        if (!options.protectedIdentity() && preferred != null
                && available.stream().anyMatch(c -> c.id().equals(preferred))) {
            return preferred;
        }
        String suggested = options.defaultChannelId();
        return available.stream().anyMatch(c -> c.id().equals(suggested)) ? suggested : null;
    }

    static List<LanguageOption> languages(Messages t) {
        return MESSAGE_LANGUAGES.stream().map(l -> new LanguageOption(l, t.get("language." + l), l.equals("sv"))).toList();
    }

    static List<Row> rows(String caseId, List<InvitationView> invitations, InvitationOptions options, Messages t,
            ZoneId zone, Confirmation question) {
        Map<String, String> titles = options == null ? Map.of() : options.questionnaires().stream()
                .collect(Collectors.toMap(QuestionnaireChoice::id, QuestionnaireChoice::title, (a, b) -> a));
        Map<String, String> channels = options == null ? Map.of() : options.channels().stream()
                .collect(Collectors.toMap(ChannelChoice::id, ChannelChoice::label, (a, b) -> a));
        Function<Instant, String> date = instant -> instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
        List<Row> out = new ArrayList<>();
        for (InvitationView v : invitations) {
            String status = v.status().name().toLowerCase(Locale.ROOT).replace('_', '-');
            String failure = v.status() == se.delaktig.api.invitation.InvitationStatus.DELIVERY_FAILED
                    && v.lastFailure() != null ? v.lastFailure() : "";
            out.add(new Row(v.id(), titles.getOrDefault(v.questionnaireId(), v.questionnaireId()),
                    channels.getOrDefault(v.channelId(), v.channelId()),
                    v.maskedAddress() == null ? t.get("list.noAddress") : v.maskedAddress(),
                    t.get("status." + v.status().name()), status, failure, date.apply(v.createdAt()),
                    date.apply(v.lastSentAt()), date.apply(v.expiresAt()),
                    PanelLinks.action(caseId, v.id(), "resend"), PanelLinks.action(caseId, v.id(), "revoke"),
                    PanelLinks.action(caseId, v.id(), "extend"), v.canResend(), v.canRevoke(), v.canExtend(),
                    v.sendCount(), question != null && question.invitationId().equals(v.id()) && allows(v, question)));
        }
        return out;
    }

    /** @return whether the invitation still allows what the question asks about */
    static boolean allows(InvitationView v, Confirmation question) {
        return question.action() == Confirmation.Action.REVOKE ? v.canRevoke() : v.canResend();
    }

    public static String formatDate(Instant instant, ZoneId zone) {
        return DATE_TIME.format(instant.atZone(zone));
    }

    private static String kind(AddressKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
