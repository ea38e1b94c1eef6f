package app.avenant.governance.ui;

import app.avenant.change.ui.ChangeNavigation;
import app.avenant.governance.ReviewDecisions;
import app.avenant.governance.ReviewDetail;
import app.avenant.shared.ui.Clicks;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Supplier;

/**
 * Next to a review's decisions: those already followed by a change request, and (for editors and owners,
 * whom the service alone lets do it) "Ouvrir une demande de modification", which ends on the new draft.
 */
class FollowedDecisionsPanel extends Composite<Div> {

    final Button open = new Button();

    FollowedDecisionsPanel(ReviewDecisions decisions, ReviewDetail review, Supplier<String> decisionsText) {
        Div root = getContent();
        root.addClassName("av-pack-decisions");
        open.setText(getTranslation("governance.pack.decision.open"));
        open.setIcon(VaadinIcon.FILE_TEXT_O.create());
        open.setVisible(review.canEdit());
        Clicks.on(
                open,
                () -> new DecisionChangeDialog(
                                decisions,
                                review.id(),
                                DecisionLines.of(decisionsText.get()),
                                ChangeNavigation::toRequest)
                        .open());
        root.add(new FollowedDecisionsList(decisions.followed(review.id())), open);
    }
}
