package app.avenant.audit.domain;

import app.avenant.audit.AuditAction;
import app.avenant.change.ChangeRequestEvent;
import app.avenant.contract.ContractEvent;
import app.avenant.document.ContractFileEvent;
import app.avenant.document.DocumentDownloaded;
import app.avenant.governance.AccessRegisterEvent;
import app.avenant.identity.ApiTokenEvent;
import app.avenant.identity.CurrentUser;
import app.avenant.identity.InvitationEvent;
import app.avenant.identity.Users;
import app.avenant.invoicing.InvoiceEvent;
import app.avenant.performance.PerformanceExported;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records other modules' events. A plain synchronous listener (not a transactional one: Spring Modulith's
 * registry would persist every publication): the entry is appended once the action's transaction has
 * committed, in a transaction of its own.
 */
@Component
class DomainEventsListener {

    private final AuditRecorder recorder;
    private final Users users;
    private final Clock clock;

    DomainEventsListener(AuditRecorder recorder, Users users, Clock clock) {
        this.recorder = recorder;
        this.users = users;
        this.clock = clock;
    }

    @EventListener
    void on(ChangeRequestEvent event) {
        String request = "changeRequest=" + event.number();
        switch (event) {
            case ChangeRequestEvent.Submitted e -> record(AuditAction.CHANGE_REQUEST_SUBMITTED, e, request);
            case ChangeRequestEvent.Revised e ->
                record(AuditAction.CHANGE_REQUEST_REVISED, e, request + " revision=" + e.revision());
            case ChangeRequestEvent.Reworded e -> record(AuditAction.CHANGE_REQUEST_REWORDED, e, request);
            case ChangeRequestEvent.Commented e -> record(AuditAction.CHANGE_REQUEST_COMMENTED, e, request);
            case ChangeRequestEvent.Approved e ->
                record(AuditAction.CHANGE_REQUEST_APPROVED, e, request + " revision=" + e.revision());
            case ChangeRequestEvent.Accepted e ->
                record(AuditAction.CHANGE_REQUEST_ACCEPTED, e, request + " version=" + e.producedVersion());
            case ChangeRequestEvent.Rejected e -> record(AuditAction.CHANGE_REQUEST_REJECTED, e, request);
            case ChangeRequestEvent.Withdrawn e -> record(AuditAction.CHANGE_REQUEST_WITHDRAWN, e, request);
        }
    }

    private void record(AuditAction action, ChangeRequestEvent event, String details) {
        recorder.afterCommit(action, event.actorId(), event.contractId(), details);
    }

    @EventListener
    void on(ContractEvent event) {
        switch (event) {
            case ContractEvent.Viewed e ->
                recorder.afterCommit(recorder.entry(AuditAction.CONTRACT_VIEWED, e.viewer(), e.contractId(), ""));
            // a refusal is an exception: the caller's transaction rolls back, the entry must stay
            case ContractEvent.AccessRefused e ->
                recorder.now(AuditAction.CONTRACT_ACCESS_REFUSED, e.userId(), e.contractId(), "");
            case ContractEvent.MemberAdded e ->
                recorder.afterCommit(
                        AuditAction.MEMBER_ADDED,
                        e.grantedBy(),
                        e.contractId(),
                        "user=" + e.userId() + " role=" + e.role());
            case ContractEvent.RoleChanged e ->
                recorder.afterCommit(
                        AuditAction.ROLE_CHANGED,
                        e.changedBy(),
                        e.contractId(),
                        "user=" + e.userId() + " from=" + e.from() + " to=" + e.to());
            case ContractEvent.ContactPersonNamed e ->
                recorder.afterCommit(
                        AuditAction.CONTACT_PERSON_NAMED,
                        e.namedBy(),
                        e.contractId(),
                        "side=" + e.side() + " user=" + e.userId());
            case ContractEvent.AccessRevoked e ->
                recorder.afterCommit(
                        AuditAction.ACCESS_REVOKED,
                        e.revokedBy(),
                        e.contractId(),
                        "user=" + e.userId() + " role=" + e.role());
            case ContractEvent.AccessExpirySet e ->
                recorder.afterCommit(
                        AuditAction.ACCESS_EXPIRY_SET,
                        e.setBy(),
                        e.contractId(),
                        "user=" + e.userId() + " expiresOn=" + (e.expiresOn() != null ? e.expiresOn() : "none"));
            case ContractEvent.AccessCertified e ->
                recorder.afterCommit(
                        AuditAction.ACCESS_CERTIFIED,
                        e.certifiedBy(),
                        e.contractId(),
                        "side=" + e.side() + " kept=" + e.kept() + " revoked=" + e.revoked());
            case ContractEvent.RecertificationOpened e ->
                recorder.afterCommit(
                        AuditAction.RECERTIFICATION_OPENED,
                        e.openedBy(),
                        e.contractId(),
                        "from=" + e.from() + " due=" + e.due());
            case ContractEvent.StatusChanged e ->
                recorder.afterCommit(
                        AuditAction.CONTRACT_STATUS_CHANGED,
                        e.by(),
                        e.contractId(),
                        "kind=" + e.kind() + " from=" + e.from() + " to=" + e.to()
                                + (e.note() == null ? "" : " note=" + e.note()));
            case ContractEvent.ExitItemTicked e ->
                recorder.afterCommit(
                        AuditAction.EXIT_ITEM_TICKED,
                        e.by(),
                        e.contractId(),
                        "item=" + e.item() + " side=" + e.side() + " done=" + e.done());
        }
    }

    /** The access register and its RGPD checklist: which system, which item, which comité. */
    @EventListener
    void on(AccessRegisterEvent event) {
        switch (event) {
            case AccessRegisterEvent.EntryAdded e ->
                recorder.afterCommit(
                        AuditAction.REGISTER_ENTRY_ADDED,
                        e.actorId(),
                        e.contractId(),
                        entry(e.entryId(), "personalData=" + e.personalData(), e.system()));
            case AccessRegisterEvent.EntryUpdated e ->
                recorder.afterCommit(
                        AuditAction.REGISTER_ENTRY_UPDATED,
                        e.actorId(),
                        e.contractId(),
                        entry(
                                e.entryId(),
                                "personalData=" + e.personalData() + " revokedOn="
                                        + (e.revokedOn() != null ? e.revokedOn() : "none"),
                                e.system()));
            case AccessRegisterEvent.EntryRevoked e ->
                recorder.afterCommit(
                        AuditAction.REGISTER_ENTRY_REVOKED,
                        e.actorId(),
                        e.contractId(),
                        entry(e.entryId(), "revokedOn=" + e.revokedOn(), e.system()));
            case AccessRegisterEvent.ChecklistItemSet e ->
                recorder.afterCommit(
                        AuditAction.REGISTER_CHECKLIST_SET,
                        e.actorId(),
                        e.contractId(),
                        "item=" + e.item() + " status=" + e.status());
            case AccessRegisterEvent.Reviewed e ->
                recorder.afterCommit(
                        AuditAction.REGISTER_REVIEWED,
                        e.actorId(),
                        e.contractId(),
                        "review=" + (e.reviewId() != null ? e.reviewId() : "none"));
        }
    }

    /** The system's name last: it is free text and may hold spaces, or anything that looks like "key=". */
    private static String entry(UUID entryId, String facts, String system) {
        return "entry=" + entryId + " " + facts + " system=" + system;
    }

    /** Downloaded from a screen, outside any transaction: recorded at once, for the signed-in user. */
    @EventListener
    void on(PerformanceExported event) {
        recorder.now(
                AuditAction.EXPORT,
                users.findCurrentUser().map(CurrentUser::id).orElse(null),
                event.contractId(),
                "file=" + event.fileName());
    }

    /** A version's or an amendment's PDF, made for the signed-in member: recorded at once, with its fingerprint. */
    @EventListener
    void on(DocumentDownloaded event) {
        recorder.now(
                AuditAction.EXPORT,
                users.findCurrentUser().map(CurrentUser::id).orElse(null),
                event.contractId(),
                "file=" + event.fileName() + " version=" + event.version() + " fingerprint=" + event.fingerprint());
    }

    /** An invoice issued, received or written about in the caller's transaction, recorded once it commits; a download at once. */
    @EventListener
    void on(InvoiceEvent event) {
        switch (event) {
            case InvoiceEvent.Issued e ->
                recorder.afterCommit(
                        AuditAction.INVOICE_ISSUED,
                        e.actorId(),
                        e.contractId(),
                        "number=" + e.number() + " month=" + e.month() + " total=" + e.gross());
            case InvoiceEvent.Downloaded e ->
                recorder.now(
                        AuditAction.EXPORT,
                        users.findCurrentUser().map(CurrentUser::id).orElse(null),
                        e.contractId(),
                        "file=" + e.fileName() + " month=" + e.month());
            case InvoiceEvent.Received e ->
                recorder.afterCommit(
                        AuditAction.INVOICE_RECEIVED,
                        e.actorId(),
                        e.contractId(),
                        "number=" + e.number() + " month=" + e.month() + " verdict=" + e.verdict()
                                + (e.tokenName() == null ? "" : " token=" + e.tokenName())
                                + " side=" + (e.byClient() ? "client" : "provider"));
            case InvoiceEvent.Cancelled e ->
                recorder.afterCommit(
                        AuditAction.INVOICE_CANCELLED,
                        e.actorId(),
                        e.contractId(),
                        "number=" + e.number() + " month=" + e.month());
            case InvoiceEvent.Remarked e ->
                recorder.afterCommit(
                        AuditAction.INVOICE_REMARK,
                        e.actorId(),
                        e.contractId(),
                        "number=" + e.number() + " month=" + e.month());
        }
    }

    /** Added and removed in the caller's transaction: recorded once it commits; a download at once. */
    @EventListener
    void on(ContractFileEvent event) {
        String file = "file=" + event.fileName() + " sha256=" + event.sha256();
        switch (event) {
            case ContractFileEvent.Added e ->
                recorder.afterCommit(AuditAction.FILE_ADDED, e.actorId(), e.contractId(), file);
            case ContractFileEvent.Removed e ->
                recorder.afterCommit(AuditAction.FILE_REMOVED, e.actorId(), e.contractId(), file);
            case ContractFileEvent.Downloaded e -> recorder.now(AuditAction.EXPORT, e.actorId(), e.contractId(), file);
        }
    }

    @EventListener
    void on(ApiTokenEvent event) {
        String token = "token=" + event.tokenId() + " name=" + event.tokenName();
        switch (event) {
            case ApiTokenEvent.Created e ->
                recorder.afterCommit(AuditAction.API_TOKEN_CREATED, e.createdBy(), null, token);
            case ApiTokenEvent.Revoked e ->
                recorder.afterCommit(AuditAction.API_TOKEN_REVOKED, e.revokedBy(), null, token);
            // a program, not a person: the token's name stands for the actor, its organisation for theirs
            case ApiTokenEvent.Used e ->
                recorder.afterCommit(new NewAuditEntry(
                        clock.instant(),
                        null,
                        "API : " + e.tokenName(),
                        e.organisationId(),
                        null,
                        AuditAction.API_TOKEN_USED,
                        token));
        }
    }

    /** Who invited whom, and the account an accepted invitation made (its new owner is the actor). */
    @EventListener
    void on(InvitationEvent event) {
        String invitation = "invitation=" + event.invitationId() + " username=" + event.username();
        switch (event) {
            case InvitationEvent.Created e ->
                recorder.afterCommit(
                        AuditAction.INVITATION_CREATED,
                        e.invitedBy(),
                        null,
                        invitation + " admin=" + e.organisationAdmin());
            case InvitationEvent.Accepted e ->
                recorder.afterCommit(
                        AuditAction.INVITATION_ACCEPTED, e.userId(), null, invitation + " user=" + e.userId());
            case InvitationEvent.Revoked e ->
                recorder.afterCommit(AuditAction.INVITATION_REVOKED, e.revokedBy(), null, invitation);
        }
    }
}
