package app.avenant.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.change.ChangeRequestEvent;
import app.avenant.contract.ContractRole;
import app.avenant.contract.Side;
import app.avenant.notification.domain.Recipients;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecipientsTest {

    private final UUID contract = UUID.randomUUID();
    private final UUID request = UUID.randomUUID();
    private final UUID clientOwner = UUID.randomUUID();
    private final UUID clientEditor = UUID.randomUUID();
    private final UUID providerManager = UUID.randomUUID();
    private final UUID providerViewer = UUID.randomUUID();
    private final Map<UUID, ContractRole> members = new LinkedHashMap<>();

    RecipientsTest() {
        members.put(clientOwner, ContractRole.CLIENT_OWNER);
        members.put(clientEditor, ContractRole.CLIENT_EDITOR);
        members.put(providerManager, ContractRole.PROVIDER_MANAGER);
        members.put(providerViewer, ContractRole.PROVIDER_VIEWER);
    }

    @Test
    void a_submitted_request_awaits_the_approval_of_every_approver_but_the_author() {
        var recipients = Recipients.of(new ChangeRequestEvent.Submitted(contract, request, 1, clientOwner), members);

        assertThat(recipients).containsOnly(Map.entry(providerManager, NotificationKind.AWAITS_APPROVAL));
    }

    @Test
    void a_revision_is_a_counter_proposal_for_the_other_side_and_a_new_approval_for_the_own_side() {
        var recipients =
                Recipients.of(new ChangeRequestEvent.Revised(contract, request, 1, clientEditor, 2, false), members);

        assertThat(recipients)
                .containsOnly(
                        Map.entry(clientOwner, NotificationKind.AWAITS_APPROVAL),
                        Map.entry(providerManager, NotificationKind.COUNTER_PROPOSAL),
                        Map.entry(providerViewer, NotificationKind.COUNTER_PROPOSAL));
    }

    @Test
    void the_authors_side_revising_its_own_request_is_a_revision_not_a_counter_proposal() {
        var byAuthor = Recipients.of(
                new ChangeRequestEvent.Revised(
                        contract, request, 1, clientEditor, 2, false, java.util.Set.of(), Side.CLIENT),
                members);
        var byOtherSide = Recipients.of(
                new ChangeRequestEvent.Revised(
                        contract, request, 1, providerManager, 3, false, java.util.Set.of(), Side.CLIENT),
                members);

        assertThat(byAuthor)
                .containsEntry(providerManager, NotificationKind.REVISED)
                .containsEntry(clientOwner, NotificationKind.AWAITS_APPROVAL);
        assertThat(byOtherSide)
                .containsEntry(clientOwner, NotificationKind.COUNTER_PROPOSAL)
                .containsEntry(clientEditor, NotificationKind.COUNTER_PROPOSAL);
    }

    @Test
    void a_rejection_is_told_as_a_rejection() {
        assertThat(Recipients.of(
                        new ChangeRequestEvent.Rejected(contract, request, 1, providerManager, "Trop cher"), members))
                .containsEntry(clientOwner, NotificationKind.REJECTED);
    }

    @Test
    void a_revision_tells_each_approver_whose_approval_it_withdrew() {
        var recipients = Recipients.of(
                new ChangeRequestEvent.Revised(
                        contract, request, 1, clientEditor, 3, java.util.Set.of(providerManager)),
                members);

        assertThat(recipients)
                .containsEntry(providerManager, NotificationKind.APPROVAL_WITHDRAWN)
                .containsEntry(clientOwner, NotificationKind.AWAITS_APPROVAL)
                .containsEntry(providerViewer, NotificationKind.COUNTER_PROPOSAL);
    }

    @Test
    void comments_and_acceptance_reach_every_member_except_the_actor() {
        var commented =
                Recipients.of(new ChangeRequestEvent.Commented(contract, request, 1, providerViewer, false), members);
        var accepted =
                Recipients.of(new ChangeRequestEvent.Accepted(contract, request, 1, providerManager, 4), members);

        assertThat(commented)
                .containsOnlyKeys(clientOwner, clientEditor, providerManager)
                .containsValue(NotificationKind.COMMENT);
        assertThat(accepted)
                .containsOnlyKeys(clientOwner, clientEditor, providerViewer)
                .containsValue(NotificationKind.ACCEPTED);
    }

    @Test
    void a_single_approval_notifies_nobody_and_nobody_outside_the_contract_is_ever_notified() {
        assertThat(Recipients.of(new ChangeRequestEvent.Approved(contract, request, 1, clientOwner, 1), members))
                .isEmpty();
        assertThat(Recipients.of(new ChangeRequestEvent.Withdrawn(contract, request, 1, clientEditor), members))
                .doesNotContainKey(UUID.randomUUID())
                .containsOnlyKeys(clientOwner, providerManager, providerViewer);
    }

    @Test
    void nobody_hears_of_a_draft_being_revised_or_commented() {
        assertThat(Recipients.of(new ChangeRequestEvent.Revised(contract, request, 1, clientEditor, 2, true), members))
                .isEmpty();
        assertThat(Recipients.of(new ChangeRequestEvent.Commented(contract, request, 1, clientEditor, true), members))
                .isEmpty();
    }
}
