package se.delaktig.web.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import se.delaktig.web.api.CsrfTokens;

/**
 * CSRF tokens as {@code <issued seconds>.<HMAC(key, subject|issued)>}. The key lives in a file in
 * the data folder, made on first start, so tokens in open forms survive a restart.
 */
@Component(service = CsrfTokens.class, configurationPid = HmacCsrfTokens.PID)
@Designate(ocd = HmacCsrfTokens.Config.class)
public class HmacCsrfTokens implements CsrfTokens {

    static final String PID = "se.delaktig.web.csrf";

    @ObjectClassDefinition(name = "Delaktig web: form tokens (CSRF)",
            description = "How long a form rendered by the plugin may be posted back.")
    @interface Config {
        @AttributeDefinition(name = "Token lifetime (hours)", min = "1",
                description = "A form older than this is refused; the person reloads the page.")
        int max__age__hours() default 12;
    }

    private final byte[] key;
    private final Duration maxAge;
    private final Clock clock;

    @Activate
    public HmacCsrfTokens(BundleContext context, Config config) {
        this(keyFile(context.getProperty("delaktig.data.dir")), Duration.ofHours(config.max__age__hours()), Clock.systemUTC());
    }

    HmacCsrfTokens(byte[] key, Duration maxAge, Clock clock) {
        this.key = key.clone();
        this.maxAge = maxAge;
        this.clock = clock;
    }

    @Override
    public String issue(String subject) {
        long issued = clock.instant().getEpochSecond();
        return issued + "." + mac(subject, issued);
    }

    @Override
    public boolean verify(String subject, String token) {
        if (subject == null || token == null || token.length() > 200) {
            return false;
        }
        int dot = token.indexOf('.');
        if (dot < 1) {
            return false;
        }
        long issued;
        try {
            issued = Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException e) {
            return false;
        }
        long now = clock.instant().getEpochSecond();
        if (issued > now + 60 || now - issued > maxAge.getSeconds()) {
            return false;
        }
        byte[] expected = mac(subject, issued).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
    }

    private String mac(String subject, long issued) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((subject + "|" + issued).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Reads the key from {@code <data>/plugin/csrf.key}, creating it (owner-only) on first use. */
    static byte[] keyFile(String dataDir) {
        Path file = Path.of(dataDir != null ? dataDir : "delaktig-data", "plugin", "csrf.key");
        try {
            if (Files.isRegularFile(file)) {
                byte[] existing = Files.readAllBytes(file);
                if (existing.length >= 32) {
                    return existing;
                }
            }
            Files.createDirectories(file.getParent());
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            Path temporary = Files.createTempFile(file.getParent(), "csrf", ".key");
            trySetOwnerOnly(temporary);
            Files.write(temporary, fresh);
            Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the form token key " + file, e);
        }
    }

    private static void trySetOwnerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data folder's own permissions apply
        }
    }
}
