package app.avenant.change.ui;

import app.avenant.change.ApprovalView;
import app.avenant.change.ChangeRequestDetail;
import app.avenant.contract.Side;
import app.avenant.shared.format.Formats;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;

/** One line per side: approved by whom and when (for which revision), or still awaited. */
class ApprovalsPanel extends Composite<Div> {

    ApprovalsPanel(ChangeRequestDetail detail) {
        Div root = getContent();
        root.addClassName("av-cr-approvals");
        int latest = detail.latest().number();
        for (Side side : Side.values()) {
            Optional<ApprovalView> approval = detail.approvals().stream()
                    .filter(a -> a.side() == side && a.revision() == latest).findFirst();
            Span text = new Span(approval
                    .map(a -> getTranslation("changeui.approvals.approved", a.approverName(),
                            Formats.dateTime(a.approvedAt(), getLocale()), String.valueOf(a.revision())))
                    .orElseGet(() -> getTranslation("changeui.approvals.pending")));
            text.addClassName(approval.isPresent() ? "av-cr-approved" : "av-cr-pending");
            Div line = new Div(Badge.side(side), text);
            line.addClassNames("av-inline", "av-cr-approval", "av-cr-approval--" + side.name().toLowerCase(java.util.Locale.ROOT));
            root.add(line);
        }
    }
}
