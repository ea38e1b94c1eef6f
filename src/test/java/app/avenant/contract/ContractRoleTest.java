package app.avenant.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The roles' rules in one place: who owns a side, and what a side's owner is called. */
class ContractRoleTest {

    @Test
    void each_side_has_exactly_one_owner_role_and_it_is_the_one_that_approves() {
        assertThat(Arrays.stream(ContractRole.values()).filter(ContractRole::isOwner))
                .containsExactlyInAnyOrder(ContractRole.CLIENT_OWNER, ContractRole.PROVIDER_MANAGER);
        for (ContractRole role : ContractRole.values()) {
            assertThat(role.isOwner()).as(role.name()).isEqualTo(role.canApprove());
        }
    }

    @Test
    void the_owner_of_a_side_is_the_pmes_owner_or_the_providers_manager() {
        assertThat(ContractRole.ownerOf(Side.CLIENT)).isEqualTo(ContractRole.CLIENT_OWNER);
        assertThat(ContractRole.ownerOf(Side.PROVIDER)).isEqualTo(ContractRole.PROVIDER_MANAGER);
        for (Side side : Side.values()) {
            assertThat(ContractRole.ownerOf(side).side()).isEqualTo(side);
            assertThat(ContractRole.ownerOf(side).isOwner()).isTrue();
        }
    }

    @Test
    void editors_and_viewers_own_nothing() {
        assertThat(ContractRole.CLIENT_EDITOR.isOwner()).isFalse();
        assertThat(ContractRole.CLIENT_VIEWER.isOwner()).isFalse();
        assertThat(ContractRole.PROVIDER_EDITOR.isOwner()).isFalse();
        assertThat(ContractRole.PROVIDER_VIEWER.isOwner()).isFalse();
    }
}
