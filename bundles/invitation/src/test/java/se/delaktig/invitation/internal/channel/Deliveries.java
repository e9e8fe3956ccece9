package se.delaktig.invitation.internal.channel;

import java.time.Instant;
import se.delaktig.api.invitation.Delivery;

/** Sample deliveries for channel tests. */
public final class Deliveries {

    public static final String TOKEN = "Zq3xV9kPl2Ma7TbW0cYd4Ne8Rf1Gh6Js";
    public static final String LINK = "https://kommun.example.se/delaktig/portal/i/" + TOKEN;
    public static final String PORTAL = "https://kommun.example.se/delaktig/portal";
    public static final String CODE = "K7XP-M4QA-9FHT";
    public static final Instant EXPIRES = Instant.parse("2026-12-06T22:59:00Z");

    private Deliveries() {
    }

    public static Delivery to(String address, String language) {
        return new Delivery("inv-42", address, language, "Några frågor till dig",
                "Hej! Här är din länk till frågorna: " + LINK + " Koden är " + CODE + ".", LINK, PORTAL, CODE, EXPIRES);
    }

    /** A Swedish delivery of an invitation on the given case. */
    public static Delivery ofCase(String address, String caseId) {
        Delivery d = to(address, "sv");
        return new Delivery(d.reference(), d.address(), d.language(), d.subject(), d.text(), d.link(), d.portalUrl(),
                d.shortCode(), d.expires(), caseId);
    }
}
