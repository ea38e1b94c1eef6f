package app.avenant.governance.ui;

import app.avenant.change.ui.ChangeNavigation;
import app.avenant.governance.FollowedDecision;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** "Décisions suivies : DM n°7 — …", each a link to its change request. */
class FollowedDecisionsList extends Composite<Div> {

    FollowedDecisionsList(List<FollowedDecision> followed) {
        Div root = getContent();
        root.addClassName("av-pack-followed");
        root.add(new Span(getTranslation("governance.pack.followed.title")));
        if (followed.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("governance.pack.followed.empty"));
            none.addClassName("av-gov-note");
            root.add(none);
            return;
        }
        UnorderedList list = new UnorderedList();
        for (FollowedDecision decision : followed) {
            list.add(new ListItem(ChangeNavigation.linkToRequest(
                    decision.changeRequestId(),
                    getTranslation(
                            "governance.pack.followed.line",
                            String.valueOf(decision.changeRequestNumber()),
                            decision.decision()))));
        }
        root.add(list);
    }
}
