package app.avenant.change;

import app.avenant.contract.Side;
import app.avenant.contract.terms.ImpactSummary;
import app.avenant.contract.terms.MergeConflict;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.contract.terms.Terms;
import app.avenant.contract.terms.TermsDiff;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Everything the change request screen shows.
 *
 * @param base            the terms of the base version of the latest revision
 * @param proposed        the terms of the latest revision
 * @param diff            base → proposed, the same compare view as the history
 * @param impact          cost, volumes, service levels and readiness before → after
 * @param baseOutdated    true when another change request was accepted since the base version
 * @param conflicts       when the base is outdated: the fields changed both here and in the current
 *                        terms (acceptance is blocked until a new revision resolves them); else empty
 * @param changesNothing  true while an open request would change nothing in the terms in force: it can
 *                        be revised but not submitted nor approved (docs/decisions/0023)
 * @param wordingEdits    how many times the title or reason was edited ({@link ChangeRequests#wordingEdits})
 * @param producedVersion the contract version an accepted request produced
 * @param version         optimistic-lock token to send back with a revision or a submit
 * @param next            whose turn it is, as the caller reads it
 * @param approvers       each side's approvers, client first
 * @param withdrawn       approvals later revisions withdrew, oldest first
 */
public record ChangeRequestDetail(
        UUID id,
        UUID contractId,
        int number,
        String title,
        String reason,
        ObjectiveKind serves,
        ChangeRequestStatus status,
        Side authorSide,
        String authorName,
        Instant createdAt,
        RevisionView latest,
        List<RevisionView> revisions,
        List<ApprovalView> approvals,
        Terms base,
        Terms proposed,
        TermsDiff diff,
        ImpactSummary impact,
        int currentContractVersion,
        boolean baseOutdated,
        List<MergeConflict> conflicts,
        boolean changesNothing,
        long wordingEdits,
        @Nullable Integer producedVersion,
        @Nullable String rejectionReason,
        long version,
        Permissions can,
        NextStep next,
        List<SideApprovers> approvers,
        List<WithdrawnApprovalView> withdrawn) {}
