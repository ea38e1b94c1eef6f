package app.avenant.identity;

import app.avenant.identity.domain.ApiToken;
import app.avenant.identity.domain.ApiTokenRepository;
import app.avenant.shared.Sha256;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens: an organisation admin creates them for the organisation's own tools, lists and revokes them;
 * the API's security filter turns a presented token into an {@link ApiCaller}.
 *
 * <p>A token is {@code avt_} followed by 32 random bytes (256 bits from {@link SecureRandom}) in base64url.
 * Only its SHA-256 is stored. A fast, unsalted hash is right here, unlike for passwords: a password is
 * guessable and needs a slow, salted hash (bcrypt) to resist a dictionary, but nobody can enumerate 2^256
 * random tokens, fast hash or not. A fast hash also lets every API call look the token up by an index
 * instead of spending tens of milliseconds in bcrypt.
 */
@Service
@Transactional
public class ApiTokens {

    private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);

    public static final String PREFIX = "avt_";
    public static final int NAME_MAX_LENGTH = ApiToken.NAME_MAX_LENGTH;
    /** What the admin's list shows of a token: "avt_" and 8 characters (48 of its 256 bits). */
    static final int DISPLAY_PREFIX_LENGTH = PREFIX.length() + 8;

    private static final int RANDOM_BYTES = 32;
    /** 32 bytes in base64url without padding. */
    private static final Pattern TOKEN_SHAPE = Pattern.compile(Pattern.quote(PREFIX) + "[A-Za-z0-9_-]{43}");
    /** "Last used" is kept to the minute: a busy tool must not write a row on every call. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final Users users;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();

    @Autowired
    ApiTokens(ApiTokenRepository tokens, Users users, Clock clock, ApplicationEventPublisher events) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
        this.events = events;
    }

    /** Without listeners: unit tests on a clock of their own. */
    ApiTokens(ApiTokenRepository tokens, Users users, Clock clock) {
        this(tokens, users, clock, event -> {});
    }

    // --- the organisation admin ---

    /**
     * Creates a token for the admin's organisation. The returned plaintext is the only copy there will
     * ever be.
     *
     * @throws ApiTokenValidationException when the name is blank or longer than 100 characters
     * @throws AccessDeniedException       when the caller is not an organisation admin
     */
    public NewApiToken create(String name) {
        CurrentUser admin = requireOrganisationAdmin();
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            throw new ApiTokenValidationException("identity.apiToken.name.required");
        }
        if (trimmed.length() > NAME_MAX_LENGTH) {
            throw new ApiTokenValidationException("identity.apiToken.name.tooLong", NAME_MAX_LENGTH);
        }
        String plaintext = newPlaintext();
        ApiToken token = tokens.save(new ApiToken(
                admin.organisation().id(),
                trimmed,
                sha256(plaintext),
                plaintext.substring(0, DISPLAY_PREFIX_LENGTH),
                admin.id(),
                clock.instant()));
        log.info(
                "API token {} ({}) created by {} for organisation {}",
                token.id(),
                token.displayPrefix(),
                admin.username(),
                admin.organisation().id());
        events.publishEvent(new ApiTokenEvent.Created(token.id(), token.organisationId(), token.name(), admin.id()));
        return new NewApiToken(toSummary(token, Map.of(admin.id(), admin.displayName())), plaintext);
    }

    /** The organisation's tokens, revoked ones included, newest first, one page. */
    @Transactional(readOnly = true)
    public List<ApiTokenSummary> listMine(int offset, int limit) {
        CurrentUser admin = requireOrganisationAdmin();
        List<ApiToken> page = tokens.pageOfOrganisation(admin.organisation().id(), offset, limit);
        Set<UUID> authors = new HashSet<>();
        for (ApiToken token : page) {
            authors.add(token.createdBy());
            UUID revokedBy = token.revokedBy();
            if (revokedBy != null) {
                authors.add(revokedBy);
            }
        }
        Map<UUID, String> names = new HashMap<>();
        users.usersByIds(authors).forEach((id, user) -> names.put(id, user.displayName()));
        return page.stream().map(token -> toSummary(token, names)).toList();
    }

    @Transactional(readOnly = true)
    public long countMine() {
        return tokens.countByOrganisationId(
                requireOrganisationAdmin().organisation().id());
    }

    /**
     * Revokes a token of the admin's organisation at once: its next call is refused. Revoking a revoked
     * token changes nothing.
     *
     * @throws ApiTokenNotFoundException when the organisation has no such token
     * @throws AccessDeniedException     when the caller is not an organisation admin
     */
    public void revoke(UUID tokenId) {
        CurrentUser admin = requireOrganisationAdmin();
        ApiToken token = tokens.findByIdAndOrganisationId(
                        tokenId, admin.organisation().id())
                .orElseThrow(() -> new ApiTokenNotFoundException(tokenId));
        if (!token.revoked()) {
            token.revoke(admin.id(), clock.instant());
            log.info("API token {} ({}) revoked by {}", token.id(), token.displayPrefix(), admin.username());
            events.publishEvent(
                    new ApiTokenEvent.Revoked(token.id(), token.organisationId(), token.name(), admin.id()));
        }
    }

    // --- the API's security filter ---

    /**
     * The caller a presented token stands for; empty for anything but an active token (unknown, revoked,
     * malformed). Notes the use, at most once a minute per token.
     */
    public Optional<ApiCaller> authenticate(String plaintext) {
        if (!TOKEN_SHAPE.matcher(plaintext).matches()) {
            return Optional.empty(); // not even shaped like a token: no query
        }
        // looked up by hash: the index comparison's timing tells nothing about a token, only about its hash
        Optional<ApiToken> found = tokens.findByTokenHash(sha256(plaintext)).filter(token -> !token.revoked());
        found.ifPresent(token -> {
            Instant now = clock.instant();
            tokens.touch(token.id(), now, now.minus(LAST_USED_PRECISION));
            events.publishEvent(new ApiTokenEvent.Used(token.id(), token.organisationId(), token.name()));
        });
        return found.map(token -> new ApiCaller(token.id(), token.organisationId(), token.name()));
    }

    // --- internals ---

    private String newPlaintext() {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Lower-case hex of the SHA-256 of the token's UTF-8 bytes. */
    static String sha256(String plaintext) {
        return Sha256.hex(plaintext);
    }

    private CurrentUser requireOrganisationAdmin() {
        CurrentUser caller = users.currentUser(); // enabled accounts only
        if (!caller.organisationAdmin()) {
            throw new AccessDeniedException("Reserved to organisation admins");
        }
        return caller;
    }

    private static ApiTokenSummary toSummary(ApiToken token, Map<UUID, String> names) {
        @Nullable UUID revokedBy = token.revokedBy();
        return new ApiTokenSummary(
                token.id(),
                token.name(),
                token.displayPrefix(),
                names.getOrDefault(token.createdBy(), "?"),
                token.createdAt(),
                token.lastUsedAt(),
                token.revokedAt(),
                revokedBy == null ? null : names.getOrDefault(revokedBy, "?"));
    }
}
