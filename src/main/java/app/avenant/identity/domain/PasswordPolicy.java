package app.avenant.identity.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be, wherever one is set: at least {@link #MIN_LENGTH} characters (code points),
 * at most {@link #MAX_BYTES} bytes of UTF-8 (BCrypt's limit), not one of the commonest passwords (a short
 * list bundled in {@code identity/common-passwords.txt}, compared without regard to case or surrounding
 * spaces), and not the username itself. Pure: no Spring, no database.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** BCrypt ignores (Spring Security refuses) anything beyond 72 bytes. */
    public static final int MAX_BYTES = 72;

    static final String COMMON_PASSWORDS = "/identity/common-passwords.txt";

    /** A refusal: the translation key of its message and the message's arguments. */
    public record Violation(String messageKey, Object... args) {}

    private PasswordPolicy() {}

    /** The first rule {@code password} breaks for the account {@code username}; empty when it is acceptable. */
    public static Optional<Violation> check(String password, String username) {
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(new Violation("identity.user.password.tooShort", MIN_LENGTH));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(new Violation("identity.user.password.tooLong"));
        }
        String folded = fold(password);
        if (!username.isBlank() && folded.equals(fold(username))) {
            return Optional.of(new Violation("identity.user.password.sameAsUsername"));
        }
        if (CommonPasswords.LIST.contains(folded)) {
            return Optional.of(new Violation("identity.user.password.common"));
        }
        return Optional.empty();
    }

    /** Whether {@code password} is on the bundled list of common passwords. */
    public static boolean isCommon(String password) {
        return CommonPasswords.LIST.contains(fold(password));
    }

    private static String fold(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    /** Read once, on first use. */
    private static final class CommonPasswords {
        static final Set<String> LIST = load();

        private static Set<String> load() {
            InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS);
            if (in == null) {
                throw new IllegalStateException("Missing " + COMMON_PASSWORDS);
            }
            Set<String> passwords = new HashSet<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                reader.lines()
                        .map(PasswordPolicy::fold)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .forEach(passwords::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Set.copyOf(passwords);
        }
    }
}
