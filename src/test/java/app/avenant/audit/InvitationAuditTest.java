package app.avenant.audit;

import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.identity.Invitations;
import app.avenant.identity.NewInvitation;
import app.avenant.identity.NewInvitationLink;
import app.avenant.identity.OrganisationKind;
import app.avenant.identity.UserRef;
import app.avenant.identity.Users;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.TestAccounts.TestOrganisation;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Who invited whom, who joined and which invitation was withdrawn, in the audit trail. */
@SpringBootTest
class InvitationAuditTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    Invitations invitations;

    @Autowired
    Users users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_invitation_its_acceptance_and_a_revocation_are_recorded_with_their_actor_and_organisation() {
        TestOrganisation pme = accounts.newOrganisation(OrganisationKind.CLIENT);
        String username = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        NewInvitationLink accepted =
                as(pme.admin().username(), () -> invitations.invite(NewInvitation.of(username, "Jeanne", true)));
        NewInvitationLink revoked =
                as(pme.admin().username(), () -> invitations.invite(NewInvitation.member(username + "-bis", "Jean")));

        invitations.accept(
                accepted.path().substring(Invitations.PATH_PREFIX.length()),
                "Une phrase de passe bien longue",
                "Une phrase de passe bien longue");
        as(pme.admin().username(), () -> invitations.revokeInvitation(revoked.invitationId()));

        UserRef joined = accounts.userInternals().findUserByUsername(username).orElseThrow();
        assertThat(count(
                        "INVITATION_CREATED",
                        "actor_user_id = ? and organisation_id = ? and details like ?",
                        pme.admin().id(),
                        pme.organisation().id(),
                        "%invitation=" + accepted.invitationId() + "%admin=true%"))
                .isEqualTo(1);
        assertThat(count(
                        "INVITATION_ACCEPTED",
                        "actor_user_id = ? and organisation_id = ? and details like ?",
                        joined.id(),
                        pme.organisation().id(),
                        "%invitation=" + accepted.invitationId() + "%"))
                .isEqualTo(1);
        assertThat(count(
                        "INVITATION_REVOKED",
                        "actor_user_id = ? and details like ?",
                        pme.admin().id(),
                        "%invitation=" + revoked.invitationId() + "%"))
                .isEqualTo(1);
    }

    private long count(String action, String where, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = action;
        for (int i = 0; i < args.length; i++) {
            all[i + 1] = args[i] instanceof UUID uuid ? uuid.toString() : args[i];
        }
        Long n = jdbc.queryForObject("select count(*) from audit_entry where action = ? and " + where, Long.class, all);
        return n == null ? 0 : n;
    }
}
