package se.delaktig.portal.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** Configuration of the child portal (PID {@value #PID}). */
@ObjectClassDefinition(name = "Delaktig child portal",
        description = "Sessions of the children's answering portal.")
@interface PortalConfiguration {
    String PID = "se.delaktig.portal";

    @AttributeDefinition(name = "Idle timeout (minutes)", min = "1", max = "1440",
            description = "A session with no request for this long ends; the child enters the code again and continues.")
    int idle_timeout_minutes() default 30;

    @AttributeDefinition(name = "Absolute timeout (hours)", min = "1", max = "168",
            description = "A session ends this long after the code was entered, however active.")
    int absolute_timeout_hours() default 12;

    @AttributeDefinition(name = "Always mark the cookie Secure",
            description = "Use the __Host- cookie with Secure even when the request reaches the server over plain "
                    + "HTTP (TLS ended at a proxy). Otherwise decided per request.")
    boolean secure_cookie() default false;

    @AttributeDefinition(name = "Trusted proxies",
            description = "Addresses and CIDR ranges (10.0.0.5, 10.0.0.0/8, 2001:db8::/32) of the reverse proxies in "
                    + "front. Only when the request comes from one of them is the child's address taken from the "
                    + "trusted proxy header (right to left, past these proxies), for the rate limit on codes. "
                    + "Empty: the connection's own address.")
    String[] trusted_proxies() default {};

    @AttributeDefinition(name = "Trusted proxy header",
            description = "The one header the trusted proxies set: X-Forwarded-For or Forwarded (RFC 7239). Only "
                    + "it is read; the other is ignored, since a proxy passes a browser's own copy of it through. "
                    + "Any other value: no header is believed.",
            options = {@Option(label = "X-Forwarded-For", value = "X-Forwarded-For"),
                    @Option(label = "Forwarded (RFC 7239)", value = "Forwarded")})
    String trusted_proxy_header() default "X-Forwarded-For";
}
