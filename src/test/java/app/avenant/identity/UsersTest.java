package app.avenant.identity;

import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.avenant.identity.domain.UserAccountRepository;
import app.avenant.identity.internal.UsersForModules;
import app.avenant.shared.i18n.Translations;
import app.avenant.testing.OwnRequest;
import app.avenant.testing.SqlStatementCounter;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.TestAccounts.TestOrganisation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

@SpringBootTest
class UsersTest {

    @Autowired
    Users users;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UserAccountRepository repository;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    SqlStatementCounter sql;

    TestOrganisation pme;

    @BeforeEach
    void setUp() {
        pme = accounts.newOrganisation(OrganisationKind.CLIENT);
    }

    @Test
    void an_organisation_admin_creates_a_user_in_their_own_organisation() {
        String username = unique("jean.dupont");

        UserRef created = as(
                pme.admin().username(),
                () -> users.createUser(new NewUser(username, "Jean Dupont", "un-mot-de-passe-sûr", false)));

        assertThat(created.username()).isEqualTo(username);
        assertThat(created.displayName()).isEqualTo("Jean Dupont");
        assertThat(created.organisationId()).isEqualTo(pme.organisation().id());
        CurrentUser jean = as(username, users::currentUser);
        assertThat(jean.organisation()).isEqualTo(pme.organisation());
        assertThat(jean.organisationAdmin()).isFalse();
        assertThat(jean.locale()).isEqualTo(Translations.FRENCH);
    }

    @Test
    void a_user_who_is_not_an_organisation_admin_cannot_create_users() {
        String username = unique("intrus");

        assertThatThrownBy(() -> as(
                        pme.member().username(),
                        () -> users.createUser(new NewUser(username, "Intrus", "un-mot-de-passe-sûr", true))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(repository.existsByUsername(username)).isFalse();
    }

    @Test
    void a_username_already_taken_is_refused_on_the_username_field_and_nothing_is_stored() {
        TestOrganisation other = accounts.newOrganisation(OrganisationKind.PROVIDER);
        long before = repository.count();

        // usernames are global: one taken in another organisation counts too, whatever its case
        assertThatThrownBy(() -> as(
                        pme.admin().username(),
                        () -> users.createUser(new NewUser(
                                other.member().username().toUpperCase(Locale.ROOT),
                                "Homonyme",
                                "un-mot-de-passe-sûr",
                                false))))
                .isInstanceOfSatisfying(UserValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo(NewUser.USERNAME);
                    assertThat(e.messageKey()).isEqualTo("identity.user.username.taken");
                });
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void a_password_shorter_than_twelve_characters_is_refused_on_the_password_field_and_nothing_is_stored() {
        String username = unique("court");

        assertThatThrownBy(() -> as(
                        pme.admin().username(),
                        () -> users.createUser(new NewUser(username, "Mot de passe court", "onze-caract", false))))
                .isInstanceOfSatisfying(UserValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo(NewUser.RAW_PASSWORD);
                    assertThat(e.messageKey()).isEqualTo("identity.user.password.tooShort");
                    assertThat(Translations.get(Translations.FRENCH, e.messageKey(), e.args()))
                            .isEqualTo("Le mot de passe doit contenir au moins 12 caractères.");
                });
        assertThat(repository.existsByUsername(username)).isFalse();
    }

    @Test
    void a_username_outside_lower_case_letters_digits_dot_and_dash_is_refused() {
        for (String bad : List.of("jé", "jean dupont", "ab", "a".repeat(51), "jean@pme")) {
            assertThatThrownBy(() -> as(
                            pme.admin().username(),
                            () -> users.createUser(new NewUser(bad, "Quelqu'un", "un-mot-de-passe-sûr", false))))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            UserValidationException.class,
                            e -> assertThat(e.field()).isEqualTo(NewUser.USERNAME));
        }
    }

    @Test
    void a_username_is_stored_lower_case_and_found_whatever_the_case_typed_at_sign_in() {
        String username = unique("Marie.Curie");

        UserRef created = as(
                pme.admin().username(),
                () -> users.createUser(
                        new NewUser("  " + username + " ", "Marie Curie", "un-mot-de-passe-sûr", false)));

        assertThat(created.username()).isEqualTo(username.toLowerCase(Locale.ROOT));
        assertThat(userDetailsService
                        .loadUserByUsername(username.toUpperCase(Locale.ROOT))
                        .getUsername())
                .isEqualTo(created.username());
    }

    @Test
    void the_password_is_stored_as_a_bcrypt_hash_never_as_typed() {
        String username = unique("hash");
        String raw = "un-mot-de-passe-sûr";

        as(pme.admin().username(), () -> users.createUser(new NewUser(username, "Haché", raw, false)));

        String stored = repository.findByUsername(username).orElseThrow().passwordHash();
        assertThat(stored).isNotEqualTo(raw).doesNotContain(raw).startsWith("{bcrypt}$2");
        assertThat(passwordEncoder.matches(raw, stored)).isTrue();
    }

    @Test
    void users_by_ids_answers_in_one_query_and_asks_nothing_for_no_ids() {
        UserRef extra = accounts.newUser(pme.organisation(), false);
        List<UUID> ids = List.of(pme.admin().id(), pme.member().id(), extra.id(), UUID.randomUUID());

        AtomicReference<Map<UUID, UserRef>> found = new AtomicReference<>();
        assertThat(sql.count(() -> found.set(users.usersByIds(ids)))).isEqualTo(1);
        assertThat(found.get()).containsOnlyKeys(pme.admin().id(), pme.member().id(), extra.id());
        assertThat(found.get().get(extra.id())).isEqualTo(extra);

        assertThat(sql.count(() -> assertThat(users.usersByIds(List.of())).isEmpty()))
                .isZero();
    }

    @Test
    void organisations_by_ids_answers_in_one_query_and_asks_nothing_for_no_ids() {
        TestOrganisation provider = accounts.newOrganisation(OrganisationKind.PROVIDER);
        List<UUID> ids =
                List.of(pme.organisation().id(), provider.organisation().id());

        AtomicReference<Map<UUID, OrganisationRef>> found = new AtomicReference<>();
        assertThat(sql.count(() -> found.set(users.organisationsByIds(ids)))).isEqualTo(1);
        assertThat(found.get().values()).containsExactlyInAnyOrder(pme.organisation(), provider.organisation());

        assertThat(sql.count(
                        () -> assertThat(users.organisationsByIds(List.of())).isEmpty()))
                .isZero();
    }

    @Test
    void users_of_my_organisation_lists_only_colleagues_sorted_by_name_page_by_page() {
        accounts.newOrganisation(OrganisationKind.CLIENT); // another organisation's users stay out
        UserRef third = accounts.newUser(pme.organisation(), false);

        List<UserRef> all = as(pme.member().username(), () -> users.usersOfMyOrganisation(0, 50));
        long count = as(pme.member().username(), users::countUsersOfMyOrganisation);
        List<UserRef> secondPage = as(pme.member().username(), () -> users.usersOfMyOrganisation(1, 1));

        assertThat(all)
                .extracting(UserRef::displayName)
                .containsExactly(pme.admin().displayName(), pme.member().displayName(), third.displayName());
        assertThat(count).isEqualTo(3);
        assertThat(secondPage).containsExactly(all.get(1));
    }

    @Test
    void the_admin_list_is_reserved_to_organisation_admins() {
        List<UserSummary> summaries = as(pme.admin().username(), () -> users.userSummariesOfMyOrganisation(0, 10));

        assertThat(summaries)
                .extracting(UserSummary::username, UserSummary::organisationAdmin)
                .containsExactly(
                        tuple(pme.admin().username(), true), tuple(pme.member().username(), false));
        assertThatThrownBy(() -> as(pme.member().username(), () -> users.userSummariesOfMyOrganisation(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_user_switches_to_english_and_back_and_no_other_language_is_offered() {
        String me = pme.member().username();

        as(me, () -> users.changeMyLocale(Locale.ENGLISH));
        assertThat(as(me, users::currentUser).locale()).isEqualTo(Translations.ENGLISH);

        as(me, () -> users.changeMyLocale(Locale.FRANCE));
        assertThat(as(me, users::currentUser).locale()).isEqualTo(Translations.FRENCH);

        assertThatThrownBy(() -> as(me, () -> users.changeMyLocale(Locale.GERMAN)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Nearly every service call of every click asks who is calling: the server reads the account once and knows it
     * from then on (KnownPeople, decision 0039), and a change to it, a suspension by their admin, a language, is
     * seen at the very next question all the same.
     */
    @Test
    void the_caller_is_read_once_by_the_server_and_an_account_change_is_seen_at_once() {
        String me = pme.member().username();

        long first = OwnRequest.of(() -> sql.count(() -> as(me, users::currentUser)));
        long next = OwnRequest.of(() -> sql.count(() -> as(me, () -> {
            users.currentUser();
            return users.currentUser();
        })));
        assertThat(first).isEqualTo(1);
        assertThat(next).isZero();

        as(me, () -> users.changeMyLocale(Locale.ENGLISH));
        assertThat(OwnRequest.of(() -> as(me, users::currentUser)).locale()).isEqualTo(Translations.ENGLISH);

        as(pme.admin().username(), () -> users.suspendUser(pme.member().id()));
        assertThat(OwnRequest.of(() -> as(me, users::findCurrentUser))).isEmpty();
    }

    @Test
    void without_a_signed_in_user_there_is_no_current_user() {
        assertThat(users.findCurrentUser()).isEmpty();
        assertThatThrownBy(users::currentUser).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void set_up_methods_are_reserved_to_the_application_itself() {
        String admin = pme.admin().username();

        // not on Users at all: on UsersForModules, which only modules allowed "identity :: internal" reach
        assertThat(Arrays.stream(Users.class.getMethods()).map(Method::getName))
                .doesNotContain(
                        "createOrganisation",
                        "createUserInOrganisation",
                        "findUserByUsername",
                        "findOrganisationByName",
                        "organisationAdmins");

        UsersForModules internals = accounts.userInternals();
        assertThat(internals.findOrganisationByName(pme.organisation().name())).contains(pme.organisation());
        assertThat(internals.findUserByUsername(admin)).contains(pme.admin());
        assertThat(internals.organisationAdmins(pme.organisation().id())).containsExactly(pme.admin());
    }

    @Test
    void an_unknown_username_is_not_found_by_the_login_service() {
        assertThatThrownBy(() -> userDetailsService.loadUserByUsername(unique("personne")))
                .isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void only_organisation_admins_carry_the_admin_role() {
        assertThat(userDetailsService.loadUserByUsername(pme.admin().username()).getAuthorities())
                .extracting(Object::toString)
                .contains("ROLE_USER", "ROLE_ORGANISATION_ADMIN");
        assertThat(userDetailsService
                        .loadUserByUsername(pme.member().username())
                        .getAuthorities())
                .extracting(Object::toString)
                .containsExactly("ROLE_USER");
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
