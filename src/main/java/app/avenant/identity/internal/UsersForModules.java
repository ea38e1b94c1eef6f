package app.avenant.identity.internal;

import app.avenant.identity.LegalIdentity;
import app.avenant.identity.MailAddressee;
import app.avenant.identity.NewUser;
import app.avenant.identity.OrganisationKind;
import app.avenant.identity.OrganisationRef;
import app.avenant.identity.UserRef;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The identity module as other modules' services use it, never as a user does: nothing here checks who is
 * signed in, because only the modules whose {@code package-info} allows {@code "identity :: internal"} can
 * reach it. What a user may do is on {@link app.avenant.identity.Users}.
 */
public interface UsersForModules {

    /** Demo data: a new organisation; refused when one of that name exists. */
    OrganisationRef createOrganisation(String name, OrganisationKind kind);

    /** Demo data: an enabled account in an existing organisation, by the same rules as any new account. */
    UserRef createUserInOrganisation(UUID organisationId, NewUser user);

    Optional<OrganisationRef> findOrganisationByName(String name);

    /**
     * The organisations whose name contains {@code text}, case-insensitively (at most 50): the contract search by the
     * other party's name. Empty for blank text. One statement.
     */
    List<UUID> organisationsNamedLike(String text);

    /**
     * The enabled organisation admins of an organisation, by name: the contract module enrols a provider's
     * admins on a contract a PME creates with that provider.
     */
    List<UserRef> organisationAdmins(UUID organisationId);

    /** Demo data: an organisation's legal identity, checked by {@link app.avenant.identity.LegalIdentityRules}. */
    void setLegalIdentity(UUID organisationId, LegalIdentity identity);

    /** Demo data: the address the portal's e-mail goes to. */
    void setEmail(UUID userId, String email);

    /** How the mail module reaches these people; unknown ids are absent. One query. */
    Map<UUID, MailAddressee> addressees(Collection<UUID> userIds);

    /**
     * The legal identities of these organisations (unknown ids absent), for a document that names the parties of a
     * contract whose right its module has checked. One query.
     */
    Map<UUID, LegalIdentity> legalIdentities(Collection<UUID> organisationIds);

    /** The account of that username, whoever is signed in (the audit trail names who signed in or failed to). */
    Optional<UserRef> findUserByUsername(String username);
}
