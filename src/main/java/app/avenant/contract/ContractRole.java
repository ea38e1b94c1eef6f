package app.avenant.contract;

/**
 * A member's role on one contract. Viewer roles are the default (least privilege); owners and managers
 * approve on behalf of their side, editors propose changes.
 */
public enum ContractRole {
    CLIENT_OWNER(Side.CLIENT, true, true),
    CLIENT_EDITOR(Side.CLIENT, true, false),
    CLIENT_VIEWER(Side.CLIENT, false, false),
    PROVIDER_MANAGER(Side.PROVIDER, true, true),
    PROVIDER_EDITOR(Side.PROVIDER, true, false),
    PROVIDER_VIEWER(Side.PROVIDER, false, false);

    private final Side side;
    private final boolean canEdit;
    private final boolean canApprove;

    ContractRole(Side side, boolean canEdit, boolean canApprove) {
        this.side = side;
        this.canEdit = canEdit;
        this.canApprove = canApprove;
    }

    public Side side() {
        return side;
    }

    public boolean canEdit() {
        return canEdit;
    }

    public boolean canApprove() {
        return canApprove;
    }

    /** The owner of a side (the PME's owner, the provider's manager): approves, manages access, reads the trail. */
    public boolean isOwner() {
        return this == CLIENT_OWNER || this == PROVIDER_MANAGER;
    }

    /** The owner role of that side. */
    public static ContractRole ownerOf(Side side) {
        return side == Side.CLIENT ? CLIENT_OWNER : PROVIDER_MANAGER;
    }

    /** The least privileged role of a side: what a new member gets unless told otherwise. */
    public static ContractRole defaultFor(Side side) {
        return side == Side.CLIENT ? CLIENT_VIEWER : PROVIDER_VIEWER;
    }
}
