package app.avenant.identity;

import app.avenant.identity.domain.AccountRules;
import app.avenant.identity.domain.Invitation;
import app.avenant.identity.domain.InvitationRepository;
import app.avenant.identity.domain.PasswordPolicy;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations: an organisation admin invites a colleague (username, name, admin or not) and passes the
 * one-time link on by any channel (Avenant sends no e-mail); the colleague opens it, without an account,
 * and chooses their own password, which creates the enabled account in the inviting organisation. The admin
 * never knows the password.
 *
 * <p>The link is {@code invitation/} followed by 32 random bytes (256 bits from {@link SecureRandom}) in
 * base64url: 43 characters. Only its SHA-256 is stored (the reasoning of {@link ApiTokens}: nobody can
 * enumerate 2^256 tokens, so a fast unsalted hash is enough and allows a lookup by index). A link works
 * {@link #VALIDITY} and once; an unknown, expired, used or revoked link gets the same answer.
 */
@Service
@Transactional
public class Invitations {

    private static final Logger log = LoggerFactory.getLogger(Invitations.class);

    public static final Duration VALIDITY = Duration.ofDays(7);
    public static final String PATH_PREFIX = "invitation/";
    /** Field names of {@link #accept}'s refusals ({@link UserValidationException#field()}). */
    public static final String PASSWORD = NewUser.RAW_PASSWORD;

    public static final String PASSWORD_AGAIN = "passwordAgain";
    private static final int RANDOM_BYTES = 32;
    /** 32 bytes in base64url without padding. */
    private static final Pattern TOKEN_SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final InvitationRepository invitations;
    private final Users users;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();

    @Autowired
    Invitations(InvitationRepository invitations, Users users, Clock clock, ApplicationEventPublisher events) {
        this.invitations = invitations;
        this.users = users;
        this.clock = clock;
        this.events = events;
    }

    // --- the organisation admin ---

    /**
     * Invites a colleague into the admin's organisation. The returned link is the only copy there will ever be.
     *
     * @throws UserValidationException naming {@link NewUser#USERNAME} (missing, malformed, already an
     *                                 account's or promised by an open invitation) or {@link NewUser#DISPLAY_NAME};
     *                                 nothing is stored
     * @throws AccessDeniedException   when the caller is not an organisation admin
     */
    public NewInvitationLink invite(NewInvitation input) {
        CurrentUser admin = requireOrganisationAdmin();
        String username = AccountRules.validUsername(input.username());
        String displayName = AccountRules.validDisplayName(input.displayName());
        String email = AccountRules.validEmail(input.email(), NewInvitation.EMAIL);
        // to the microsecond, as timestamp(6) keeps it: the expiry shown now is the one stored
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (users.usernameTaken(username) || invitations.existsOpenForUsername(username, now)) {
            throw new UserValidationException(NewUser.USERNAME, "identity.user.username.taken");
        }
        String token = newToken();
        Invitation invitation = invitations.save(new Invitation(
                admin.organisation().id(),
                username,
                displayName,
                input.organisationAdmin(),
                ApiTokens.sha256(token),
                admin.id(),
                now,
                now.plus(VALIDITY)));
        invitation.sendTo(email);
        log.info(
                "Invitation {} for {} (admin={}) made by {} in organisation {}",
                invitation.id(),
                username,
                invitation.organisationAdmin(),
                admin.username(),
                admin.organisation().id());
        events.publishEvent(new InvitationEvent.Created(
                invitation.id(), invitation.organisationId(), username, invitation.organisationAdmin(), admin.id()));
        if (email != null) {
            events.publishEvent(new InvitationLinkIssued(
                    invitation.id(),
                    invitation.organisationId(),
                    admin.organisation().name(),
                    email,
                    displayName,
                    username,
                    admin.displayName(),
                    PATH_PREFIX + token,
                    invitation.expiresAt(),
                    admin.locale()));
        }
        return new NewInvitationLink(
                invitation.id(), username, displayName, PATH_PREFIX + token, invitation.expiresAt(), email);
    }

    /** The organisation's invitations neither accepted nor revoked (expired ones flagged), newest first. */
    @Transactional(readOnly = true)
    public List<InvitationView> pendingInvitations(int offset, int limit) {
        CurrentUser admin = requireOrganisationAdmin();
        List<Invitation> page = invitations.pageOfPending(admin.organisation().id(), offset, limit);
        Set<UUID> authors = new HashSet<>();
        page.forEach(invitation -> authors.add(invitation.invitedBy()));
        Map<UUID, UserRef> names = users.usersByIds(authors);
        Instant now = clock.instant();
        return page.stream()
                .map(invitation -> new InvitationView(
                        invitation.id(),
                        invitation.username(),
                        invitation.displayName(),
                        invitation.organisationAdmin(),
                        Optional.ofNullable(names.get(invitation.invitedBy()))
                                .map(UserRef::displayName)
                                .orElse("?"),
                        invitation.createdAt(),
                        invitation.expiresAt(),
                        invitation.isExpired(now)))
                .toList();
    }

    @Transactional(readOnly = true)
    public long countPendingInvitations() {
        return invitations.countPendingOfOrganisation(
                requireOrganisationAdmin().organisation().id());
    }

    /**
     * Revokes an invitation of the admin's organisation: its link stops working at once. Revoking a revoked
     * or accepted invitation changes nothing.
     *
     * @throws InvitationNotFoundException when the organisation has no such invitation
     * @throws AccessDeniedException       when the caller is not an organisation admin
     */
    public void revokeInvitation(UUID invitationId) {
        CurrentUser admin = requireOrganisationAdmin();
        Invitation invitation = invitations
                .findByIdAndOrganisationId(invitationId, admin.organisation().id())
                .orElseThrow(() -> new InvitationNotFoundException(invitationId));
        if (invitation.isPending()) {
            invitation.revoke(admin.id(), clock.instant());
            log.info("Invitation {} for {} revoked by {}", invitation.id(), invitation.username(), admin.username());
            events.publishEvent(new InvitationEvent.Revoked(
                    invitation.id(), invitation.organisationId(), invitation.username(), admin.id()));
        }
    }

    // --- the invitee, signed in or not: the link is the credential ---

    /** Whom an open link invites where; {@link InvitationPreview.Invalid} for any other link, whatever the reason. */
    @Transactional(readOnly = true)
    public InvitationPreview preview(String token) {
        Optional<Invitation> open = findOpen(token);
        if (open.isEmpty()) {
            return new InvitationPreview.Invalid();
        }
        Invitation invitation = open.get();
        return users.organisation(invitation.organisationId())
                .<InvitationPreview>map(organisation -> new InvitationPreview.Open(
                        organisation.name(), invitation.displayName(), invitation.username(), invitation.expiresAt()))
                .orElseGet(InvitationPreview.Invalid::new);
    }

    /**
     * Creates the invited account with the password its owner chose (enabled, in the inviting organisation,
     * with the invited admin flag) and closes the link for good. All or nothing.
     *
     * @throws InvitationInvalidException when the link is unknown, expired, used or revoked (one message for
     *                                    all), or its username went to another account meanwhile
     * @throws UserValidationException    naming {@link #PASSWORD} (password policy) or {@link #PASSWORD_AGAIN}
     *                                    (the two differ); nothing is stored
     */
    public void accept(String token, String password, String passwordAgain) {
        Invitation invitation =
                findOpen(token).orElseThrow(() -> new InvitationInvalidException(InvitationInvalidException.INVALID));
        if (password.isEmpty()) {
            throw new UserValidationException(PASSWORD, "identity.user.password.required");
        }
        PasswordPolicy.check(password, invitation.username()).ifPresent(violation -> {
            throw new UserValidationException(PASSWORD, violation.messageKey(), violation.args());
        });
        if (!password.equals(passwordAgain)) {
            throw new UserValidationException(PASSWORD_AGAIN, "identity.invitation.password.mismatch");
        }
        if (users.usernameTaken(invitation.username())) {
            throw new InvitationInvalidException(InvitationInvalidException.USERNAME_TAKEN);
        }
        Instant now = clock.instant();
        UserRef account;
        try {
            account = users.createInvitedUser(
                    invitation.organisationId(),
                    new NewUser(
                            invitation.username(), invitation.displayName(), password, invitation.organisationAdmin()),
                    invitation.email());
            invitation.accept(account.id(), now);
            // flush now: a second acceptance of the same link at the same moment fails here, on the version
            invitations.saveAndFlush(invitation);
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException raced) {
            throw new InvitationInvalidException(InvitationInvalidException.INVALID);
        } catch (UserValidationException refused) {
            if (NewUser.USERNAME.equals(refused.field())) {
                throw new InvitationInvalidException(InvitationInvalidException.USERNAME_TAKEN);
            }
            throw refused;
        }
        log.info(
                "Invitation {} accepted: account {} ({}) created in organisation {}",
                invitation.id(),
                account.id(),
                account.username(),
                invitation.organisationId());
        events.publishEvent(new InvitationEvent.Accepted(
                invitation.id(), invitation.organisationId(), invitation.username(), account.id()));
    }

    // --- internals ---

    private Optional<Invitation> findOpen(String token) {
        if (!TOKEN_SHAPE.matcher(token).matches()) {
            return Optional.empty(); // not even shaped like a token: no query
        }
        Instant now = clock.instant();
        return invitations.findByTokenHash(ApiTokens.sha256(token)).filter(invitation -> invitation.isOpen(now));
    }

    private String newToken() {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private CurrentUser requireOrganisationAdmin() {
        CurrentUser caller = users.currentUser(); // enabled accounts only
        if (!caller.organisationAdmin()) {
            throw new AccessDeniedException("Reserved to organisation admins");
        }
        return caller;
    }
}
