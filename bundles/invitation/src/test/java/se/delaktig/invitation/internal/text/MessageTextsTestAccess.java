package se.delaktig.invitation.internal.text;

import java.util.Map;
import se.delaktig.invitation.internal.Configs;

/** Default message texts for tests in other packages. */
public final class MessageTextsTestAccess {

    private MessageTextsTestAccess() {
    }

    public static MessageTexts defaults() {
        MessageTexts t = new MessageTexts();
        t.configure(Configs.of(MessageTextsConfiguration.class, Map.of()));
        return t;
    }
}
