package app.avenant.identity;

import app.avenant.identity.domain.AccountRules;
import app.avenant.identity.domain.AccountWithOrganisation;
import app.avenant.identity.domain.Organisation;
import app.avenant.identity.domain.OrganisationRepository;
import app.avenant.identity.domain.UserAccount;
import app.avenant.identity.domain.UserAccountRepository;
import app.avenant.identity.security.SessionRevocation;
import app.avenant.shared.AfterCommit;
import app.avenant.shared.i18n.Translations;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is calling, who works where, and the organisation admin's user management. Other modules learn
 * the caller through {@link #currentUser()} and turn stored ids into names with {@link #usersByIds} and
 * {@link #organisationsByIds}.
 */
@Service
@Transactional
public class Users {

    /** The field a refused e-mail address names. */
    public static final String EMAIL = "email";

    private final UserAccountRepository accounts;
    private final OrganisationRepository organisations;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final SessionRevocation sessions;
    private final KnownPeople known;

    Users(
            UserAccountRepository accounts,
            OrganisationRepository organisations,
            PasswordEncoder passwordEncoder,
            Clock clock,
            SessionRevocation sessions,
            KnownPeople known) {
        this.sessions = sessions;
        this.known = known;
        this.accounts = accounts;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    // --- the caller ---

    /**
     * The signed-in user as the account is now (an admin flag or language changed since sign-in counts: the
     * server forgets what it knew of the people at every write of an account, {@link KnownPeople}), keyed by
     * username so that {@code RunAs} gets the person it runs as.
     */
    @Transactional(readOnly = true)
    public CurrentUser currentUser() {
        return findCurrentUser().orElseThrow(() -> new AccessDeniedException("No signed-in user"));
    }

    @Transactional(readOnly = true)
    public Optional<CurrentUser> findCurrentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        // remembered by the server until an account or organisation is written (KnownPeople): nearly every
        // service call of every round trip asks who is calling
        String username = auth.getName();
        return Optional.ofNullable(known.caller(
                username,
                () -> accounts.findWithOrganisation(username)
                        .filter(found -> found.account().enabled())
                        .map(Users::toCurrentUser)
                        .orElse(null)));
    }

    /**
     * The signed-in person's username, without reading the database: enough to tell, among users already read,
     * which one is the caller (a list of requests says "votre brouillon" for the caller's own drafts only).
     */
    public Optional<String> currentUsername() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(auth.getName());
    }

    /** Changes the caller's language; French and English only. */
    public void changeMyLocale(Locale locale) {
        String language = locale.getLanguage();
        if (!UserAccount.LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("Only French and English are offered, not " + locale);
        }
        myAccount().changeLocale(language);
    }

    /** The caller's e-mail address, if they gave one. */
    @Transactional(readOnly = true)
    public Optional<String> myEmail() {
        return accounts.findById(currentUser().id()).map(UserAccount::email);
    }

    /**
     * Changes the caller's e-mail address; blank removes it.
     *
     * @throws UserValidationException naming {@link #EMAIL} when it is not an address
     */
    public void changeMyEmail(String address) {
        String email = AccountRules.validEmail(address, EMAIL);
        myAccount().changeEmail(email);
    }

    // --- names for ids, for every module ---

    /** One query whatever the number of ids; unknown ids are simply absent. */
    @Transactional(readOnly = true)
    public Map<UUID, UserRef> usersByIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return known(
                ids,
                known.users(),
                unknown -> accounts.findAllById(unknown).stream()
                        .collect(Collectors.toMap(UserAccount::id, UserAccount::toRef)));
    }

    /** One query whatever the number of ids; unknown ids are simply absent. */
    @Transactional(readOnly = true)
    public Map<UUID, OrganisationRef> organisationsByIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return known(
                ids,
                known.organisations(),
                unknown -> organisations.findAllById(unknown).stream()
                        .collect(Collectors.toMap(Organisation::id, Organisation::toRef)));
    }

    /**
     * The refs for {@code ids}, those the server does not know yet read in one query and remembered, unless an
     * account or organisation was written while they were read (KnownPeople).
     */
    private <R> Map<UUID, R> known(
            Collection<UUID> ids, Map<UUID, Optional<R>> remembered, Function<List<UUID>, Map<UUID, R>> read) {
        Map<UUID, R> found = new HashMap<>();
        List<UUID> unknown = new ArrayList<>();
        for (UUID id : distinct(ids)) {
            Optional<R> ref = remembered.get(id);
            if (ref == null) {
                unknown.add(id);
            } else {
                ref.ifPresent(r -> found.put(id, r));
            }
        }
        if (!unknown.isEmpty()) {
            long readAt = known.generation();
            Map<UUID, R> fresh = read.apply(unknown);
            found.putAll(fresh);
            if (known.stillCurrent(readAt)) {
                unknown.forEach(id -> remembered.put(id, Optional.ofNullable(fresh.get(id))));
            }
        }
        return Collections.unmodifiableMap(found);
    }

    /**
     * The provider organisations a PME may contract with, sorted by name: what a PME's organisation admin
     * chooses from when creating a contract. Reserved to organisation admins of a PME.
     *
     * @throws AccessDeniedException when the caller is not an organisation admin of a client organisation
     */
    @Transactional(readOnly = true)
    public List<OrganisationRef> providerOrganisations() {
        CurrentUser admin = requireOrganisationAdmin();
        if (admin.organisation().kind() != OrganisationKind.CLIENT) {
            throw new AccessDeniedException("Reserved to organisation admins of a PME");
        }
        return organisations.findByKindOrderByName(OrganisationKind.PROVIDER).stream()
                .map(Organisation::toRef)
                .toList();
    }

    // --- the caller's organisation ---

    /** Colleagues of the caller (the caller included), by name, one page. */
    @Transactional(readOnly = true)
    public List<UserRef> usersOfMyOrganisation(int offset, int limit) {
        return accounts.pageOfOrganisation(currentUser().organisation().id(), offset, limit).stream()
                .map(UserAccount::toRef)
                .toList();
    }

    @Transactional(readOnly = true)
    public long countUsersOfMyOrganisation() {
        return accounts.countByOrganisationId(currentUser().organisation().id());
    }

    /** The admin's user list: the same users and order as {@link #usersOfMyOrganisation}, with details. */
    @Transactional(readOnly = true)
    public List<UserSummary> userSummariesOfMyOrganisation(int offset, int limit) {
        CurrentUser admin = requireOrganisationAdmin();
        return accounts.pageOfOrganisation(admin.organisation().id(), offset, limit).stream()
                .map(account -> new UserSummary(
                        account.id(),
                        account.username(),
                        account.displayName(),
                        account.organisationAdmin(),
                        toLocale(account.locale()),
                        account.enabled(),
                        account.status()))
                .toList();
    }

    /**
     * An organisation admin creates a colleague's account, always in the admin's own organisation.
     *
     * @throws UserValidationException naming the field in error; nothing is stored
     * @throws AccessDeniedException   when the caller is not an organisation admin
     */
    public UserRef createUser(NewUser user) {
        CurrentUser admin = requireOrganisationAdmin();
        return create(admin.organisation().id(), user);
    }

    /**
     * An organisation admin suspends a colleague's account: it can no longer sign in, and its open sessions
     * end at once (once the change is committed). Suspending a suspended account changes nothing.
     *
     * @throws AccessDeniedException when the caller is not an organisation admin, names an account outside
     *                               their organisation (or none), or their own account
     * @throws IllegalStateException when the account was removed
     */
    public void suspendUser(UUID userId) {
        UserAccount account = colleagueManagedByMe(userId);
        account.suspend();
        endSessionsAfterCommit(account);
    }

    /** Undoes {@link #suspendUser}; a removed account stays removed (same refusals as suspending). */
    public void reactivateUser(UUID userId) {
        colleagueManagedByMe(userId).reactivate();
    }

    /**
     * An organisation admin removes a colleague's account for good: disabled and marked removed, its row
     * kept (contracts and history name it), its open sessions ended at once.
     *
     * @throws AccessDeniedException as {@link #suspendUser}
     * @throws IllegalStateException when the account was already removed
     */
    public void removeUser(UUID userId) {
        UserAccount account = colleagueManagedByMe(userId);
        account.remove(clock.instant());
        endSessionsAfterCommit(account);
    }

    // --- for Invitations ---

    /**
     * The account an accepted invitation makes, in the inviting organisation: the same rules as any new
     * account (a refusal names its field), enabled at once.
     */
    UserRef createInvitedUser(UUID organisationId, NewUser user, @Nullable String email) {
        UserRef created = create(organisationId, user);
        if (email != null) {
            accounts.findById(created.id()).orElseThrow().changeEmail(email);
        }
        return created;
    }

    /** Whether an account (of any status: a removed one keeps its username) already has {@code username}. */
    boolean usernameTaken(String username) {
        return accounts.existsByUsername(AccountRules.normaliseUsername(username));
    }

    @Transactional(readOnly = true)
    Optional<OrganisationRef> organisation(UUID organisationId) {
        return organisations.findById(organisationId).map(Organisation::toRef);
    }

    // --- internals ---

    /** A new account by the rules every account follows; {@link UsersForModulesService} makes them too. */
    UserRef create(UUID organisationId, NewUser input) {
        NewUser user = AccountRules.validated(input);
        if (accounts.existsByUsername(user.username())) {
            throw usernameTaken();
        }
        UserAccount account = new UserAccount(
                user.username(),
                user.displayName(),
                passwordEncoder.encode(user.rawPassword()),
                organisationId,
                user.organisationAdmin(),
                clock.instant());
        try {
            // flush now so a concurrent creation of the same username fails here, as a field error
            return accounts.saveAndFlush(account).toRef();
        } catch (DataIntegrityViolationException e) {
            throw usernameTaken();
        }
    }

    private static UserValidationException usernameTaken() {
        return new UserValidationException(NewUser.USERNAME, "identity.user.username.taken");
    }

    private CurrentUser requireOrganisationAdmin() {
        CurrentUser caller = currentUser();
        if (!caller.organisationAdmin()) {
            throw new AccessDeniedException("Reserved to organisation admins");
        }
        return caller;
    }

    /** A colleague's account the caller, an organisation admin, may suspend or remove: never their own. */
    private UserAccount colleagueManagedByMe(UUID userId) {
        CurrentUser admin = requireOrganisationAdmin();
        known.forgetAll(); // an account changes: whoever this thread acts as next is read again
        // another organisation's account reads exactly like a missing one
        UserAccount account = accounts.findById(userId)
                .filter(found ->
                        found.organisationId().equals(admin.organisation().id()))
                .orElseThrow(() -> new AccessDeniedException("No such user in your organisation"));
        if (account.id().equals(admin.id())) {
            throw new AccessDeniedException("Admins do not suspend or remove their own account");
        }
        return account;
    }

    private void endSessionsAfterCommit(UserAccount account) {
        String username = account.username();
        AfterCommit.run(() -> sessions.endSessionsOf(username));
    }

    private UserAccount myAccount() {
        UserAccount mine =
                accounts.findById(currentUser().id()).orElseThrow(() -> new AccessDeniedException("No signed-in user"));
        known.forgetAll(); // about to change: the rest of this request reads it again
        return mine;
    }

    private static CurrentUser toCurrentUser(AccountWithOrganisation found) {
        UserAccount account = found.account();
        return new CurrentUser(
                account.id(),
                account.username(),
                account.displayName(),
                found.organisation().toRef(),
                account.organisationAdmin(),
                toLocale(account.locale()));
    }

    /** Stored language tag to the locale the UI uses (with its country, for euros and dates). */
    static Locale toLocale(String languageTag) {
        return Translations.supported(Locale.forLanguageTag(languageTag));
    }

    private static <T> Set<T> distinct(Collection<T> values) {
        return values instanceof Set<T> set ? set : new HashSet<>(values);
    }
}
