package app.avenant.contract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.avenant.contract.ContractRole;
import app.avenant.contract.ContractRuleException;
import app.avenant.contract.Side;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Who keeps access to a contract: each side's last owner, its contact person, a role of the member's own side. */
class MembershipRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private final Contract contract = new Contract("T-1", "Contrat de test", UUID.randomUUID(), UUID.randomUUID(), NOW);
    private final Membership owner = member(ContractRole.CLIENT_OWNER);
    private final Membership manager = member(ContractRole.PROVIDER_MANAGER);
    private final Membership providerEditor = member(ContractRole.PROVIDER_EDITOR);
    private final Membership clientViewer = member(ContractRole.CLIENT_VIEWER);

    /** One owner on each side, as a new contract has. */
    private final MembershipRules rules =
            new MembershipRules(contract, Map.of(ContractRole.CLIENT_OWNER, 1L, ContractRole.PROVIDER_MANAGER, 1L));

    @Test
    void the_last_owner_of_a_side_is_neither_revoked_demoted_nor_given_an_end_date() {
        Membership someone = member(ContractRole.CLIENT_EDITOR);

        assertThat(rules.isLastOwner(owner)).isTrue();
        assertRefused(() -> rules.checkRevoke(owner, someone.userId()), "access.error.revoke.lastOwner");
        assertRefused(() -> rules.checkRoleChange(owner, ContractRole.CLIENT_EDITOR), "access.error.role.lastOwner");
        assertRefused(() -> rules.checkExpiry(manager, TODAY.plusDays(5), TODAY), "access.error.expiry.lastOwner");
        assertThat(rules.mayRevoke(owner, someone.userId())).isFalse();
        assertThat(rules.mayChangeRole(owner)).isFalse();
        assertThat(rules.maySetExpiry(manager)).isFalse();
        // giving them the role they have changes nothing, so it is no demotion
        rules.checkRoleChange(owner, ContractRole.CLIENT_OWNER);
    }

    @Test
    void with_a_second_owner_on_that_side_either_may_go() {
        MembershipRules twoOwners =
                new MembershipRules(contract, Map.of(ContractRole.CLIENT_OWNER, 2L, ContractRole.PROVIDER_MANAGER, 1L));
        Membership other = member(ContractRole.CLIENT_OWNER);

        assertThat(twoOwners.isLastOwner(owner)).isFalse();
        twoOwners.checkRevoke(owner, other.userId());
        twoOwners.checkRoleChange(owner, ContractRole.CLIENT_VIEWER);
        assertThat(twoOwners.mayRevoke(owner, other.userId())).isTrue();
        // the other side still has one manager only
        assertThat(twoOwners.isLastOwner(manager)).isTrue();
    }

    @Test
    void editors_and_viewers_are_never_a_last_owner() {
        assertThat(new MembershipRules(contract, Map.of()).isLastOwner(providerEditor))
                .isFalse();
        assertThat(rules.mayRevoke(clientViewer, owner.userId())).isTrue();
        assertThat(rules.mayChangeRole(clientViewer)).isTrue();
    }

    @Test
    void the_contact_person_is_replaced_rather_than_revoked_or_given_an_end_date() {
        contract.nameContactPerson(Side.PROVIDER, providerEditor.userId(), NOW);

        assertRefused(() -> rules.checkRevoke(providerEditor, manager.userId()), "access.error.revoke.contact");
        assertRefused(() -> rules.checkExpiry(providerEditor, TODAY.plusDays(5), TODAY), "access.error.expiry.contact");
        assertThat(rules.mayRevoke(providerEditor, manager.userId())).isFalse();
        assertThat(rules.maySetExpiry(providerEditor)).isFalse();
        // their role may still change, and an end date that was set may be cleared
        rules.checkRoleChange(providerEditor, ContractRole.PROVIDER_VIEWER);
        rules.checkExpiry(providerEditor, null, TODAY);
    }

    @Test
    void nobody_revokes_themselves() {
        assertRefused(() -> rules.checkRevoke(clientViewer, clientViewer.userId()), "access.error.revoke.self");
        assertThat(rules.mayRevoke(clientViewer, clientViewer.userId())).isFalse();
    }

    @Test
    void a_role_stays_on_the_member_s_side() {
        assertRefused(
                () -> rules.checkRoleChange(clientViewer, ContractRole.PROVIDER_VIEWER), "access.error.role.side");
        // the side comes first, even for a last owner
        assertRefused(() -> rules.checkRoleChange(owner, ContractRole.PROVIDER_MANAGER), "access.error.role.side");
        rules.checkRoleChange(clientViewer, ContractRole.CLIENT_EDITOR);
    }

    @Test
    void end_dates_are_for_provider_members_and_after_today() {
        assertRefused(() -> rules.checkExpiry(clientViewer, TODAY.plusDays(5), TODAY), "access.error.expiry.side");
        assertRefused(() -> rules.checkExpiry(clientViewer, null, TODAY), "access.error.expiry.side");
        assertRefused(() -> rules.checkExpiry(providerEditor, TODAY, TODAY), "access.error.expiry.date");
        assertThat(rules.maySetExpiry(clientViewer)).isFalse();
        assertThat(rules.maySetExpiry(providerEditor)).isTrue();
        rules.checkExpiry(providerEditor, TODAY.plusDays(1), TODAY);
    }

    @Test
    void a_side_is_recertified_among_its_own_members_and_owners_and_the_contact_person_stay() {
        Membership editor = member(ContractRole.CLIENT_EDITOR);
        Membership contact = member(ContractRole.CLIENT_VIEWER);
        contract.nameContactPerson(Side.CLIENT, contact.userId(), NOW);
        List<Membership> clientSide = List.of(owner, editor, clientViewer, contact);
        UUID by = owner.userId();

        rules.checkCertification(Side.CLIENT, clientSide, Set.of(editor.userId()), Set.of(clientViewer.userId()), by);
        assertRefused(
                () -> rules.checkCertification(Side.CLIENT, clientSide, Set.of(providerEditor.userId()), Set.of(), by),
                "access.error.certify.notMember");
        assertRefused(
                () -> rules.checkCertification(
                        Side.CLIENT, clientSide, Set.of(editor.userId()), Set.of(editor.userId()), by),
                "access.error.certify.notMember");
        assertRefused(
                () -> rules.checkCertification(Side.CLIENT, clientSide, Set.of(), Set.of(owner.userId()), by),
                "access.error.certify.stays");
        assertRefused(
                () -> rules.checkCertification(Side.CLIENT, clientSide, Set.of(), Set.of(contact.userId()), by),
                "access.error.certify.stays");
    }

    private Membership member(ContractRole role) {
        return new Membership(contract.id(), UUID.randomUUID(), role, null, NOW);
    }

    private static void assertRefused(ThrowingCallable call, String key) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        ContractRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
