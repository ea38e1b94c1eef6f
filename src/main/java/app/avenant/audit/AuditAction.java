package app.avenant.audit;

/** What an entry records. Stored by name: never rename a constant, only add new ones. */
public enum AuditAction {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGOUT,
    CONTRACT_VIEWED,
    /** A member of another organisation (or nobody's) asked for a contract: answered "not found". */
    CONTRACT_ACCESS_REFUSED,
    MEMBER_ADDED,
    ROLE_CHANGED,
    CONTACT_PERSON_NAMED,
    CHANGE_REQUEST_SUBMITTED,
    CHANGE_REQUEST_REVISED,
    CHANGE_REQUEST_COMMENTED,
    CHANGE_REQUEST_APPROVED,
    CHANGE_REQUEST_ACCEPTED,
    CHANGE_REQUEST_REJECTED,
    CHANGE_REQUEST_WITHDRAWN,
    CHANGE_REQUEST_REWORDED,
    API_TOKEN_CREATED,
    API_TOKEN_REVOKED,
    API_TOKEN_USED,
    EXPORT,
    AUDIT_TRAIL_VIEWED,
    INVITATION_CREATED,
    INVITATION_ACCEPTED,
    INVITATION_REVOKED,
    ACCESS_REVOKED,
    ACCESS_EXPIRY_SET,
    ACCESS_CERTIFIED,
    /** A steering review was held and opened a round of access re-certification. */
    RECERTIFICATION_OPENED,
    REGISTER_ENTRY_ADDED,
    REGISTER_ENTRY_UPDATED,
    REGISTER_ENTRY_REVOKED,
    /** An item of the RGPD article 28 checklist was given a status. */
    REGISTER_CHECKLIST_SET,
    /** The access register and checklist were gone through in comité. */
    REGISTER_REVIEWED,
    /** A file (signed contract, annex, procedure) was kept with a contract. */
    FILE_ADDED,
    /** A file kept with a contract was removed from its list. */
    FILE_REMOVED,
    /** The contract moved in its life-cycle: pilot, active, no-go, suspended, resumed, ended, exit completed. */
    CONTRACT_STATUS_CHANGED,
    /** A side ticked or unticked an item of the exit checklist of an ended contract. */
    EXIT_ITEM_TICKED,
    /** The provider issued a month's invoice from its validated statement. */
    INVOICE_ISSUED,
    /** A received invoice was filed and checked against its month's statement. */
    INVOICE_RECEIVED,
    /** One side wrote to the other about a received invoice. */
    INVOICE_REMARK,
    /** The PME marked a received invoice cancelled by a credit note. */
    INVOICE_CANCELLED;

    /** The key of its label in the i18n bundles. */
    public String labelKey() {
        return "audit.action." + name();
    }
}
