package app.avenant.identity;

import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.avenant.identity.domain.UserAccountRepository;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.TestAccounts.TestOrganisation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** An organisation admin suspends, reactivates and removes colleagues' accounts; password rules on creation. */
@SpringBootTest
class AccountSuspensionTest {

    @Autowired
    Users users;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UserAccountRepository repository;

    @Autowired
    UserDetailsService userDetailsService;

    TestOrganisation pme;

    @BeforeEach
    void setUp() {
        pme = accounts.newOrganisation(OrganisationKind.CLIENT);
    }

    @Test
    void a_suspended_account_cannot_sign_in_nor_act_and_comes_back_when_reactivated() {
        as(pme.admin().username(), () -> users.suspendUser(pme.member().id()));

        assertThat(userDetailsService
                        .loadUserByUsername(pme.member().username())
                        .isEnabled())
                .isFalse();
        assertThat(as(pme.member().username(), users::findCurrentUser)).isEmpty();
        assertThat(status(pme.member())).isEqualTo(AccountStatus.SUSPENDED);

        as(pme.admin().username(), () -> users.reactivateUser(pme.member().id()));

        assertThat(userDetailsService
                        .loadUserByUsername(pme.member().username())
                        .isEnabled())
                .isTrue();
        assertThat(status(pme.member())).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void a_removed_account_keeps_its_row_and_name_but_never_comes_back() {
        as(pme.admin().username(), () -> users.removeUser(pme.member().id()));

        assertThat(repository.findById(pme.member().id())).hasValueSatisfying(account -> {
            assertThat(account.enabled()).isFalse();
            assertThat(account.removedAt()).isNotNull();
        });
        assertThat(users.usersByIds(java.util.Set.of(pme.member().id())))
                .containsKey(pme.member().id());
        assertThat(status(pme.member())).isEqualTo(AccountStatus.REMOVED);
        assertThatThrownBy(() -> as(
                        pme.admin().username(),
                        () -> users.reactivateUser(pme.member().id())))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> as(
                        pme.admin().username(),
                        () -> users.suspendUser(pme.member().id())))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void only_an_admin_of_the_same_organisation_and_never_on_their_own_account() {
        TestOrganisation other = accounts.newOrganisation(OrganisationKind.PROVIDER);

        assertThatThrownBy(() -> as(
                        pme.member().username(),
                        () -> users.suspendUser(pme.admin().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        other.admin().username(),
                        () -> users.suspendUser(pme.member().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        other.admin().username(),
                        () -> users.removeUser(pme.member().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        pme.admin().username(),
                        () -> users.suspendUser(pme.admin().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        pme.admin().username(),
                        () -> users.removeUser(pme.admin().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(status(pme.member())).isEqualTo(AccountStatus.ACTIVE);
        assertThat(status(pme.admin())).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void a_common_password_or_the_username_is_refused_on_the_password_field() {
        String username = "nouveau-" + pme.organisation().id().toString().substring(0, 8);

        assertThatThrownBy(() -> as(
                        pme.admin().username(),
                        () -> users.createUser(new NewUser(username, "Nouveau", "Azerty123456", false))))
                .isInstanceOfSatisfying(UserValidationException.class, refused -> {
                    assertThat(refused.field()).isEqualTo(NewUser.RAW_PASSWORD);
                    assertThat(refused.messageKey()).isEqualTo("identity.user.password.common");
                });
        assertThatThrownBy(() -> as(
                        pme.admin().username(),
                        () -> users.createUser(new NewUser(username + "-long", "Nouveau", username + "-LONG", false))))
                .isInstanceOfSatisfying(
                        UserValidationException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("identity.user.password.sameAsUsername"));
        assertThat(repository.existsByUsername(username)).isFalse();
    }

    private AccountStatus status(UserRef user) {
        return as(pme.admin().username(), () -> users.userSummariesOfMyOrganisation(0, 10)).stream()
                .filter(summary -> summary.id().equals(user.id()))
                .findFirst()
                .orElseThrow()
                .status();
    }
}
