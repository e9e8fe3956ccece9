package se.delaktig.invitation.internal.text;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of {@link MessageTexts}; defaults are neutral on purpose. */
@ObjectClassDefinition(name = "Delaktig invitations: message texts",
        description = "The texts of invitations per language. Keep them neutral: no name, no case, nothing about "
                + "social services. Placeholders: {link}, {code}, {expires}, {municipality}.")
@interface MessageTextsConfiguration {

    @AttributeDefinition(name = "Municipality signature",
            description = "Optional sender line put where a text says {municipality}, e.g. 'Exempelstads kommun'. "
                    + "Empty by default.")
    String municipality() default "";

    @AttributeDefinition(name = "Time zone", description = "Time zone in which {expires} is written.")
    String time__zone() default "Europe/Stockholm";

    @AttributeDefinition(name = "E-mail subject (Swedish)",
            description = "Shown on lock screens: may not contain {link} or {code}.")
    String subject__sv() default "Några frågor till dig";

    @AttributeDefinition(name = "E-mail subject (English)",
            description = "Shown on lock screens: may not contain {link} or {code}.")
    String subject__en() default "A few questions for you";

    @AttributeDefinition(name = "SMS text (Swedish)", description = "Must contain {link} or {code}.")
    String sms__sv() default "Hej! Här är din länk till frågorna: {link} Länken gäller till {expires}. {municipality}";

    @AttributeDefinition(name = "SMS text (English)", description = "Must contain {link} or {code}.")
    String sms__en() default "Hi! Here is your link to the questions: {link} The link works until {expires}. {municipality}";

    @AttributeDefinition(name = "E-mail text (Swedish)", description = "Plain text. Must contain {link} or {code}.")
    String email__sv() default "Hej!\n\nHär är din länk till frågorna:\n{link}\n\n"
            + "Om länken inte går att öppna kan du skriva in den här koden i stället: {code}\n\n"
            + "Länken och koden gäller till {expires}.\n\n{municipality}";

    @AttributeDefinition(name = "E-mail text (English)", description = "Plain text. Must contain {link} or {code}.")
    String email__en() default "Hi!\n\nHere is your link to the questions:\n{link}\n\n"
            + "If the link does not open, you can type this code instead: {code}\n\n"
            + "The link and the code work until {expires}.\n\n{municipality}";
}
