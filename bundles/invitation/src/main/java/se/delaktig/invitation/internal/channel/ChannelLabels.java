package se.delaktig.invitation.internal.channel;

/** A channel's label in Swedish and English, with Swedish for any other language. */
public record ChannelLabels(String sv, String en) {

    /** @return the label in the language, Swedish when there is none for it */
    public String in(String language) {
        return "en".equals(language) ? en : sv;
    }
}
