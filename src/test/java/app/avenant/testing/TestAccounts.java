package app.avenant.testing;

import app.avenant.contract.internal.ContractsForModules;
import app.avenant.identity.NewUser;
import app.avenant.identity.OrganisationKind;
import app.avenant.identity.OrganisationRef;
import app.avenant.identity.UserRef;
import app.avenant.identity.internal.UsersForModules;
import app.avenant.performance.internal.DeliverablesForModules;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Fresh organisations and users for one test, with names no other test (or the demo data, or an earlier
 * run on MariaDB) uses. Every account's password is {@link #PASSWORD}.
 */
@Component
public class TestAccounts {

    public static final String PASSWORD = "Mot-de-passe-de-test-2026";

    private final UsersForModules users;
    private final ContractsForModules contracts;
    private final DeliverablesForModules deliverables;

    TestAccounts(UsersForModules users, ContractsForModules contracts, DeliverablesForModules deliverables) {
        this.users = users;
        this.contracts = contracts;
        this.deliverables = deliverables;
    }

    /** The identity module as other modules' services use it (set-up, look-ups), for fixtures and checks. */
    public UsersForModules userInternals() {
        return users;
    }

    /** The contract module as other modules' services use it (open, enrol, adopt a version), for fixtures. */
    public ContractsForModules contractInternals() {
        return contracts;
    }

    /** The performance module as the demo data uses it (deliverables without an API token), for fixtures. */
    public DeliverablesForModules deliverableInternals() {
        return deliverables;
    }

    /** An organisation with an admin and a plain member. */
    public TestOrganisation newOrganisation(OrganisationKind kind) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        OrganisationRef organisation = users.createOrganisation("Organisation de test " + suffix, kind);
        UserRef admin = users.createUserInOrganisation(
                organisation.id(), new NewUser("admin-" + suffix, "Admin " + suffix, PASSWORD, true));
        UserRef member = users.createUserInOrganisation(
                organisation.id(), new NewUser("membre-" + suffix, "Membre " + suffix, PASSWORD, false));
        return new TestOrganisation(organisation, admin, member);
    }

    /** Another user in an existing organisation. */
    public UserRef newUser(OrganisationRef organisation, boolean organisationAdmin) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return users.createUserInOrganisation(
                organisation.id(), new NewUser("user-" + suffix, "Utilisateur " + suffix, PASSWORD, organisationAdmin));
    }

    /** Runs a service call as {@code username}, as a signed-in request would, without any UI. */
    public static <T> T as(String username, Supplier<T> call) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_USER"))));
        SecurityContextHolder.setContext(context);
        try {
            return call.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void as(String username, Runnable call) {
        as(username, () -> {
            call.run();
            return null;
        });
    }

    public record TestOrganisation(OrganisationRef organisation, UserRef admin, UserRef member) {}
}
