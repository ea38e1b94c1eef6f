package app.avenant.identity;

import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.avenant.identity.domain.InvitationRepository;
import app.avenant.testing.MovableClock;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.TestAccounts.TestOrganisation;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class InvitationsTest {

    private static final String GOOD_PASSWORD = "Une phrase de passe bien longue";

    @Autowired
    Invitations invitations;

    @Autowired
    InvitationRepository repository;

    @Autowired
    Users users;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder passwordEncoder;

    TestOrganisation pme;
    String username;

    @BeforeEach
    void setUp() {
        pme = accounts.newOrganisation(OrganisationKind.CLIENT);
        username = "invite-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void an_admin_gets_a_one_time_link_of_43_random_characters_stored_only_as_its_sha256() {
        NewInvitationLink link =
                invite(NewInvitation.member("  " + username.toUpperCase() + " ", " Jeanne Comptable "));

        assertThat(link.path()).matches("invitation/[A-Za-z0-9_-]{43}");
        assertThat(link.username()).isEqualTo(username);
        assertThat(link.displayName()).isEqualTo("Jeanne Comptable");
        assertThat(link.toString()).doesNotContain(token(link));
        Map<String, Object> row = jdbc.queryForMap("select * from invitation where id = ?", link.invitationId());
        assertThat(row.get("token_hash")).isEqualTo(ApiTokens.sha256(token(link)));
        assertThat(row.values()).noneMatch(value -> String.valueOf(value).contains(token(link)));
        assertThat(row.get("organisation_id")).isEqualTo(pme.organisation().id());
        assertThat(row.get("organisation_admin")).isEqualTo(false);
        assertThat(invite(NewInvitation.member(username + "-2", "Autre")).path())
                .isNotEqualTo(link.path());
    }

    @Test
    void only_an_organisation_admin_invites_lists_and_revokes() {
        NewInvitationLink link = invite(NewInvitation.member(username, "Jeanne"));
        String member = pme.member().username();

        assertThatThrownBy(() -> as(member, () -> invitations.invite(NewInvitation.member(username + "-x", "X"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(member, () -> invitations.pendingInvitations(0, 50)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(member, () -> invitations.revokeInvitation(link.invitationId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(previewOf(token(link))).isInstanceOf(InvitationPreview.Open.class);
    }

    @Test
    void another_organisation_s_admin_neither_sees_nor_revokes_the_invitation() {
        NewInvitationLink link = invite(NewInvitation.member(username, "Jeanne"));
        TestOrganisation other = accounts.newOrganisation(OrganisationKind.PROVIDER);

        assertThat(as(other.admin().username(), () -> invitations.pendingInvitations(0, 50)))
                .isEmpty();
        assertThat(as(other.admin().username(), invitations::countPendingInvitations))
                .isZero();
        assertThatThrownBy(() -> as(other.admin().username(), () -> invitations.revokeInvitation(link.invitationId())))
                .isInstanceOf(InvitationNotFoundException.class);
        assertThatThrownBy(() -> as(pme.admin().username(), () -> invitations.revokeInvitation(UUID.randomUUID())))
                .isInstanceOf(InvitationNotFoundException.class);
        assertThat(previewOf(token(link))).isInstanceOf(InvitationPreview.Open.class);
    }

    @Test
    void the_username_must_be_well_formed_and_free_among_accounts_and_open_invitations() {
        invite(NewInvitation.member(username, "Jeanne"));
        TestOrganisation other = accounts.newOrganisation(OrganisationKind.PROVIDER);

        assertRefused(
                pme,
                NewInvitation.member(pme.member().username(), "Homonyme"),
                NewUser.USERNAME,
                "identity.user.username.taken");
        assertRefused(
                other,
                NewInvitation.member(username, "Homonyme ailleurs"),
                NewUser.USERNAME,
                "identity.user.username.taken");
        assertRefused(
                pme, NewInvitation.member("Jean Dupont", "Jean"), NewUser.USERNAME, "identity.user.username.invalid");
        assertRefused(pme, NewInvitation.member(" ", "Jean"), NewUser.USERNAME, "identity.user.username.required");
        assertRefused(
                pme,
                NewInvitation.member(username + "-b", "  "),
                NewUser.DISPLAY_NAME,
                "identity.user.displayName.required");
        assertThat(jdbc.queryForObject(
                        "select count(*) from invitation where organisation_id in (?, ?)",
                        Long.class,
                        pme.organisation().id(),
                        other.organisation().id()))
                .isEqualTo(1);
    }

    @Test
    void the_invitee_chooses_a_password_and_signs_in_as_an_enabled_member_of_the_inviting_organisation() {
        NewInvitationLink link = invite(NewInvitation.member(username, "Jeanne Comptable"));

        Object preview = invitations.preview(token(link)); // anonymous: no one signed in
        assertThat(preview)
                .isEqualTo(new InvitationPreview.Open(
                        pme.organisation().name(), "Jeanne Comptable", username, link.expiresAt()));
        invitations.accept(token(link), GOOD_PASSWORD, GOOD_PASSWORD);

        UserDetails account = userDetails.loadUserByUsername(username);
        assertThat(account.isEnabled()).isTrue();
        assertThat(passwordEncoder.matches(GOOD_PASSWORD, account.getPassword()))
                .isTrue();
        CurrentUser me = as(username, users::currentUser);
        assertThat(me.organisation().id()).isEqualTo(pme.organisation().id());
        assertThat(me.displayName()).isEqualTo("Jeanne Comptable");
        assertThat(me.organisationAdmin()).isFalse();
        assertThat(as(pme.admin().username(), invitations::countPendingInvitations))
                .isZero();
    }

    @Test
    void an_invitation_as_admin_makes_an_organisation_admin() {
        NewInvitationLink link = invite(NewInvitation.of(username, "Paul Gérant", true));

        invitations.accept(token(link), GOOD_PASSWORD, GOOD_PASSWORD);

        assertThat(as(username, users::currentUser).organisationAdmin()).isTrue();
    }

    @Test
    void a_link_works_once() {
        NewInvitationLink link = invite(NewInvitation.member(username, "Jeanne"));
        invitations.accept(token(link), GOOD_PASSWORD, GOOD_PASSWORD);

        assertThat(previewOf(token(link))).isInstanceOf(InvitationPreview.Invalid.class);
        assertInvalid(token(link), InvitationInvalidException.INVALID);
    }

    @Test
    void a_revoked_link_no_longer_works_and_the_username_can_be_invited_again() {
        NewInvitationLink link = invite(NewInvitation.member(username, "Jeanne"));

        as(pme.admin().username(), () -> invitations.revokeInvitation(link.invitationId()));
        as(pme.admin().username(), () -> invitations.revokeInvitation(link.invitationId())); // twice: no change

        assertThat(previewOf(token(link))).isInstanceOf(InvitationPreview.Invalid.class);
        assertInvalid(token(link), InvitationInvalidException.INVALID);
        assertThat(accounts.userInternals().findUserByUsername(username)).isEmpty();
        assertThat(as(pme.admin().username(), invitations::countPendingInvitations))
                .isZero();
        NewInvitationLink again = invite(NewInvitation.member(username, "Jeanne"));
        assertThat(previewOf(token(again))).isInstanceOf(InvitationPreview.Open.class);
    }

    @Test
    void a_link_expires_seven_days_after_it_was_made() {
        MovableClock clock = new MovableClock(Instant.parse("2026-10-05T08:00:00Z"));
        Invitations onClock = new Invitations(repository, users, clock, event -> {});
        NewInvitationLink link = transactions.execute(
                status -> as(pme.admin().username(), () -> onClock.invite(NewInvitation.member(username, "Jeanne"))));
        assertThat(link.expiresAt()).isEqualTo(Instant.parse("2026-10-12T08:00:00Z"));

        clock.advance(Duration.ofDays(7).minusSeconds(1));
        assertThat((Object) transactions.execute(status -> onClock.preview(token(link))))
                .isInstanceOf(InvitationPreview.Open.class);

        clock.advance(Duration.ofSeconds(1));
        assertThat((Object) transactions.execute(status -> onClock.preview(token(link))))
                .isInstanceOf(InvitationPreview.Invalid.class);
        assertThatThrownBy(() -> transactions.executeWithoutResult(
                        status -> onClock.accept(token(link), GOOD_PASSWORD, GOOD_PASSWORD)))
                .isInstanceOf(InvitationInvalidException.class)
                .extracting(e -> ((InvitationInvalidException) e).messageKey())
                .isEqualTo(InvitationInvalidException.INVALID);
        // still listed, flagged expired, and its username free to be invited again
        InvitationView listed = transactions
                .execute(status -> as(pme.admin().username(), () -> onClock.pendingInvitations(0, 50)))
                .getFirst();
        assertThat(listed.expired()).isTrue();
        assertThat(transactions
                        .execute(status -> as(
                                pme.admin().username(), () -> onClock.invite(NewInvitation.member(username, "Jeanne"))))
                        .expiresAt())
                .isEqualTo(Instant.parse("2026-10-19T08:00:00Z"));
    }

    @Test
    void a_password_the_policy_refuses_is_named_with_its_field_and_nothing_is_stored() {
        NewInvitationLink link = invite(NewInvitation.member(username, "Jeanne"));
        String token = token(link);

        assertPasswordRefused(token, "", "", Invitations.PASSWORD, "identity.user.password.required");
        assertPasswordRefused(token, "court", "court", Invitations.PASSWORD, "identity.user.password.tooShort");
        assertPasswordRefused(
                token, "motdepasse123", "motdepasse123", Invitations.PASSWORD, "identity.user.password.common");
        assertPasswordRefused(
                token,
                GOOD_PASSWORD,
                GOOD_PASSWORD + "!",
                Invitations.PASSWORD_AGAIN,
                "identity.invitation.password.mismatch");

        assertThat(accounts.userInternals().findUserByUsername(username)).isEmpty();
        assertThat(previewOf(token)).isInstanceOf(InvitationPreview.Open.class);
        invitations.accept(token, GOOD_PASSWORD, GOOD_PASSWORD); // and the link still works
        assertThat(accounts.userInternals().findUserByUsername(username)).isPresent();
    }

    @Test
    void the_password_may_not_be_the_username() {
        String longName = username + "-compta"; // 12 characters or more, so only the username rule refuses it
        NewInvitationLink link = invite(NewInvitation.member(longName, "Jeanne"));

        assertPasswordRefused(
                token(link),
                longName.toUpperCase(),
                longName.toUpperCase(),
                Invitations.PASSWORD,
                "identity.user.password.sameAsUsername");
    }

    @Test
    void a_username_taken_meanwhile_closes_the_link_without_creating_anything() {
        NewInvitationLink link = invite(NewInvitation.member(username, "Jeanne"));
        accounts.userInternals()
                .createUserInOrganisation(
                        pme.organisation().id(),
                        new NewUser(username, "Homonyme créé à la main", TestAccounts.PASSWORD, false));

        assertInvalid(token(link), InvitationInvalidException.USERNAME_TAKEN);
        assertThat(jdbc.queryForObject(
                        "select accepted_at from invitation where id = ?", Instant.class, link.invitationId()))
                .isNull();
    }

    @Test
    void an_unknown_or_malformed_link_reads_exactly_like_an_expired_one() {
        assertThat(previewOf("A".repeat(43))).isEqualTo(new InvitationPreview.Invalid());
        assertThat(previewOf("pas-un-jeton")).isEqualTo(new InvitationPreview.Invalid());
        assertInvalid("A".repeat(43), InvitationInvalidException.INVALID);
        assertInvalid("", InvitationInvalidException.INVALID);
    }

    @Test
    void the_pending_list_shows_my_organisation_s_open_invitations_newest_first_with_who_invited() {
        invite(NewInvitation.member(username + "-a", "Alice"));
        NewInvitationLink second = invite(NewInvitation.of(username + "-b", "Bruno", true));
        NewInvitationLink accepted = invite(NewInvitation.member(username + "-c", "Chloé"));
        invitations.accept(token(accepted), GOOD_PASSWORD, GOOD_PASSWORD);

        var pending = as(pme.admin().username(), () -> invitations.pendingInvitations(0, 50));

        assertThat(pending).extracting(InvitationView::displayName).containsExactly("Bruno", "Alice");
        assertThat(pending.getFirst().id()).isEqualTo(second.invitationId());
        assertThat(pending.getFirst().organisationAdmin()).isTrue();
        assertThat(pending.getFirst().invitedByName()).isEqualTo(pme.admin().displayName());
        assertThat(pending.getFirst().expired()).isFalse();
        assertThat(as(pme.admin().username(), invitations::countPendingInvitations))
                .isEqualTo(2);
        assertThat(as(pme.admin().username(), () -> invitations.pendingInvitations(1, 1)))
                .extracting(InvitationView::displayName)
                .containsExactly("Alice");
    }

    // --- helpers ---

    /** As an Object: AssertJ cannot choose between its overloads for a sealed interface. */
    private Object previewOf(String token) {
        return invitations.preview(token);
    }

    private NewInvitationLink invite(NewInvitation invitation) {
        return as(pme.admin().username(), () -> invitations.invite(invitation));
    }

    private static String token(NewInvitationLink link) {
        return link.path().substring(Invitations.PATH_PREFIX.length());
    }

    private void assertRefused(TestOrganisation organisation, NewInvitation invitation, String field, String key) {
        assertThatThrownBy(() -> as(organisation.admin().username(), () -> invitations.invite(invitation)))
                .isInstanceOfSatisfying(UserValidationException.class, refused -> {
                    assertThat(refused.field()).isEqualTo(field);
                    assertThat(refused.messageKey()).isEqualTo(key);
                });
    }

    private void assertPasswordRefused(String token, String password, String again, String field, String key) {
        assertThatThrownBy(() -> invitations.accept(token, password, again))
                .isInstanceOfSatisfying(UserValidationException.class, refused -> {
                    assertThat(refused.field()).isEqualTo(field);
                    assertThat(refused.messageKey()).isEqualTo(key);
                });
    }

    private void assertInvalid(String token, String key) {
        assertThatThrownBy(() -> invitations.accept(token, GOOD_PASSWORD, GOOD_PASSWORD))
                .isInstanceOfSatisfying(
                        InvitationInvalidException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo(key));
    }
}
