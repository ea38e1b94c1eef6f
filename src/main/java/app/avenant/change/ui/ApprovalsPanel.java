package app.avenant.change.ui;

import app.avenant.change.ApprovalView;
import app.avenant.change.ChangeRequestDetail;
import app.avenant.change.ChangeRequestStatus;
import app.avenant.change.SideApprovers;
import app.avenant.change.WithdrawnApprovalView;
import app.avenant.contract.ContractRole;
import app.avenant.contract.Side;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.StaticHtml;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One block per side: who may approve for it (by name), who approved which revision and when, or who is still
 * awaited; then the approvals later revisions withdrew. A member who cannot approve is told who can.
 */
class ApprovalsPanel extends Composite<Div> {

    /**
     * Nobody is awaited on a draft: it is not submitted, and the other side cannot even see it ("En attente de
     * Julien Moreau" on a PME's draft named someone who could do nothing).
     */
    private String pending(ChangeRequestDetail detail, SideApprovers approvers) {
        if (detail.status() == ChangeRequestStatus.DRAFT) {
            return getTranslation(
                    approvers.side() == detail.authorSide()
                            ? "changeui.approvals.draft"
                            : "changeui.approvals.draft.otherSide");
        }
        return detail.status().isOpen()
                ? getTranslation("changeui.approvals.awaiting", approversText(approvers))
                : getTranslation("changeui.approvals.pending");
    }

    /**
     * Each side's approvers and approval of the latest revision, and what the reader is told if they cannot: words
     * only, sent as HTML (docs/decisions/0038, 0055).
     */
    private final StaticHtml.Block sides;

    /** The approvals later revisions withdrew, oldest first: a live update appends the new ones. */
    private final Div withdrawn = new Div();

    private SidesShown sidesShown;
    private int withdrawnShown;

    /** What the side lines are built from: equal, they read the same and are left as they are. */
    private record SidesShown(
            ChangeRequestStatus status,
            int latest,
            List<ApprovalView> approvals,
            List<SideApprovers> approvers,
            @Nullable ContractRole myRole) {}

    ApprovalsPanel(ChangeRequestDetail detail, @Nullable ContractRole myRole) {
        Div root = getContent();
        root.addClassName("av-cr-approvals");
        withdrawn.addClassName("av-cr-approvals-withdrawn");
        sidesShown = shown(detail, myRole);
        sides = StaticHtml.of(sides(detail, myRole));
        root.add(sides, withdrawn);
        update(detail, myRole);
    }

    /**
     * Takes a newer reading of the request (docs/decisions/0029): the side lines are rebuilt only when what they say
     * changed, and only the newly withdrawn approvals are added (at every counter-proposal the whole list used to go
     * to the browser again, one line longer each time).
     */
    void update(ChangeRequestDetail detail, @Nullable ContractRole myRole) {
        SidesShown now = shown(detail, myRole);
        if (!now.equals(sidesShown)) {
            sidesShown = now;
            sides.show(sides(detail, myRole));
        }
        List<WithdrawnApprovalView> all = detail.withdrawn();
        if (all.size() < withdrawnShown) {
            withdrawn.removeAll();
            withdrawnShown = 0;
        }
        for (WithdrawnApprovalView w : all.subList(withdrawnShown, all.size())) {
            withdrawn.add(withdrawnLine(w));
        }
        withdrawnShown = all.size();
    }

    private static SidesShown shown(ChangeRequestDetail detail, @Nullable ContractRole myRole) {
        return new SidesShown(
                detail.status(), detail.latest().number(), detail.approvals(), detail.approvers(), myRole);
    }

    private Div sides(ChangeRequestDetail detail, @Nullable ContractRole myRole) {
        Div sides = new Div();
        sides.addClassName("av-cr-approvals-sides");
        for (SideApprovers approvers : detail.approvers()) {
            sides.add(sideLine(detail, approvers, detail.latest().number()));
        }
        if (myRole != null && !myRole.canApprove() && detail.status().isOpen()) {
            sides.add(cannotApprove(detail, myRole));
        }
        return sides;
    }

    private Div sideLine(ChangeRequestDetail detail, SideApprovers approvers, int latest) {
        Side side = approvers.side();
        Optional<ApprovalView> approval = detail.approvals().stream()
                .filter(a -> a.side() == side && a.revision() == latest)
                .findFirst();
        Span text = new Span(approval.map(a -> getTranslation(
                        "changeui.approvals.approved",
                        a.approverName(),
                        Formats.dateTime(a.approvedAt(), getLocale()),
                        String.valueOf(a.revision())))
                .orElseGet(() -> pending(detail, approvers)));
        text.addClassName(approval.isPresent() ? "av-cr-approved" : "av-cr-pending");
        Span who = new Span(
                approvers.names().isEmpty()
                        ? getTranslation("changeui.approvals.none")
                        : getTranslation("changeui.approvals.approvers", approversText(approvers)));
        who.addClassName("av-cr-approvers");
        Div line = new Div(Badge.side(side), text, who);
        line.addClassNames(
                "av-inline", "av-cr-approval", "av-cr-approval--" + side.name().toLowerCase(Locale.ROOT));
        return line;
    }

    private Paragraph cannotApprove(ChangeRequestDetail detail, ContractRole myRole) {
        SideApprovers mine = detail.approvers().stream()
                .filter(a -> a.side() == myRole.side())
                .findFirst()
                .orElse(new SideApprovers(myRole.side(), "", List.of()));
        Paragraph cannotApprove = new Paragraph(
                mine.names().isEmpty()
                        ? getTranslation("changeui.approvals.cannot.nobody")
                        : getTranslation("changeui.approvals.cannot", approversText(mine)));
        cannotApprove.addClassName("av-cr-cannot-approve");
        return cannotApprove;
    }

    private Div withdrawnLine(WithdrawnApprovalView w) {
        Div line = new Div(
                Badge.side(w.side()),
                new Span(getTranslation(
                        "changeui.approvals.withdrawn",
                        w.approverName(),
                        String.valueOf(w.revision()),
                        Formats.dateTime(w.approvedAt(), getLocale()),
                        String.valueOf(w.byRevision()),
                        w.byName())));
        line.addClassNames("av-inline", "av-cr-approval", "av-cr-approval-withdrawn");
        return line;
    }

    /** "Julien Moreau ou Anne Roy (Compta Services Lyon SAS)". */
    private String approversText(SideApprovers approvers) {
        String names = NextStepText.names(this, approvers);
        return approvers.organisation().isEmpty() ? names : names + " (" + approvers.organisation() + ")";
    }
}
