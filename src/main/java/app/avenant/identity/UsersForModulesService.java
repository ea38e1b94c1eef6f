package app.avenant.identity;

import app.avenant.identity.domain.AccountRules;
import app.avenant.identity.domain.Organisation;
import app.avenant.identity.domain.OrganisationRepository;
import app.avenant.identity.domain.UserAccount;
import app.avenant.identity.domain.UserAccountRepository;
import app.avenant.identity.internal.UsersForModules;
import app.avenant.shared.LikePattern;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Implements {@link UsersForModules}: nobody's right is checked, the module's walls keep users out (only
 * services of modules allowed {@code "identity :: internal"} can reach it).
 */
@Service
@Transactional
class UsersForModulesService implements UsersForModules {

    private final UserAccountRepository accounts;
    private final OrganisationRepository organisations;
    private final Clock clock;
    private final Users users;

    UsersForModulesService(
            UserAccountRepository accounts, OrganisationRepository organisations, Users users, Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.organisations = organisations;
        this.users = users;
    }

    @Override
    public OrganisationRef createOrganisation(String name, OrganisationKind kind) {
        if (organisations.existsByName(name.strip())) {
            throw new IllegalStateException("Organisation already exists: " + name);
        }
        return organisations.save(new Organisation(name, kind)).toRef();
    }

    @Override
    public UserRef createUserInOrganisation(UUID organisationId, NewUser user) {
        if (!organisations.existsById(organisationId)) {
            throw new IllegalArgumentException("No organisation " + organisationId);
        }
        return users.create(organisationId, user);
    }

    @Override
    @Transactional(readOnly = true)
    public List<UUID> organisationsNamedLike(String text) {
        String pattern = LikePattern.containing(text);
        return pattern.isEmpty()
                ? List.of()
                : organisations.idsNamedLike(pattern, org.springframework.data.domain.PageRequest.of(0, 50));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrganisationRef> findOrganisationByName(String name) {
        return organisations.findByName(name.strip()).map(Organisation::toRef);
    }

    @Override
    @Transactional(readOnly = true)
    public List<UserRef> organisationAdmins(UUID organisationId) {
        return accounts.findByOrganisationIdAndOrganisationAdminTrueAndEnabledTrue(organisationId).stream()
                .map(UserAccount::toRef)
                .sorted(Comparator.comparing(UserRef::displayName).thenComparing(UserRef::username))
                .toList();
    }

    @Override
    public void setEmail(UUID userId, String email) {
        accounts.findById(userId).orElseThrow().changeEmail(AccountRules.validEmail(email, Users.EMAIL));
    }

    @Override
    public void setLegalIdentity(UUID organisationId, LegalIdentity identity) {
        Organisation organisation = organisations.findById(organisationId).orElseThrow();
        organisation.changeLegalIdentity(LegalIdentityRules.check(identity), null, clock.instant());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, LegalIdentity> legalIdentities(Collection<UUID> organisationIds) {
        if (organisationIds.isEmpty()) {
            return Map.of();
        }
        return organisations.findAllById(organisationIds).stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::legalIdentity));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, MailAddressee> addressees(Collection<UUID> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return accounts.findAllById(userIds).stream()
                .collect(Collectors.toMap(
                        UserAccount::id,
                        account -> new MailAddressee(
                                account.id(),
                                account.displayName(),
                                account.email(),
                                Users.toLocale(account.locale()),
                                account.organisationId(),
                                account.status() == AccountStatus.ACTIVE)));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UserRef> findUserByUsername(String username) {
        return accounts.findByUsername(AccountRules.normaliseUsername(username)).map(UserAccount::toRef);
    }
}
