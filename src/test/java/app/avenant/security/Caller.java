package app.avenant.security;

import app.avenant.contract.ContractRole;
import org.jspecify.annotations.Nullable;

/**
 * Who calls, in the authorisation tests: the six roles on the contract under test, and two people of
 * another organisation (its admin and a plain member, each a member of their own other contract).
 */
enum Caller {
    CLIENT_OWNER(ContractRole.CLIENT_OWNER, true),
    CLIENT_EDITOR(ContractRole.CLIENT_EDITOR, false),
    CLIENT_VIEWER(ContractRole.CLIENT_VIEWER, false),
    PROVIDER_MANAGER(ContractRole.PROVIDER_MANAGER, true),
    PROVIDER_EDITOR(ContractRole.PROVIDER_EDITOR, false),
    PROVIDER_VIEWER(ContractRole.PROVIDER_VIEWER, false),
    OUTSIDER_ADMIN(null, true),
    OUTSIDER_MEMBER(null, false);

    private final @Nullable ContractRole role;
    private final boolean organisationAdmin;

    Caller(@Nullable ContractRole role, boolean organisationAdmin) {
        this.role = role;
        this.organisationAdmin = organisationAdmin;
    }

    /** A member of the contract under test. */
    boolean member() {
        return role != null;
    }

    /** The role on the contract under test; only for members. */
    ContractRole role() {
        if (role == null) {
            throw new IllegalStateException(this + " is not a member");
        }
        return role;
    }

    boolean organisationAdmin() {
        return organisationAdmin;
    }
}
