package se.delaktig.invitation.internal.health;

import se.delaktig.web.render.MessageCatalog;

/** The invitation bundle's health check texts ({@code i18n/health_*.properties}). */
final class HealthTexts {
    static final MessageCatalog TEXTS = MessageCatalog.of(HealthTexts.class.getClassLoader(),
            "se/delaktig/invitation/i18n/health");

    private HealthTexts() {
    }

    static String title(String language, String key) {
        return TEXTS.messagesOr(language, "en").get(key);
    }
}
