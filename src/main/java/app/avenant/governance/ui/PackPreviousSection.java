package app.avenant.governance.ui;

import app.avenant.governance.MeetingPack;
import app.avenant.governance.MeetingPack.PreviousReview;
import app.avenant.shared.format.Formats;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;

/** The last held comité's decisions, carried over, with those already followed by a change request. */
class PackPreviousSection extends Composite<Div> {

    PackPreviousSection(MeetingPack pack) {
        Div root = getContent();
        root.addClassNames("av-pack-section", "av-pack-previous");
        root.add(new H3(getTranslation("governance.pack.previous.title")));
        PreviousReview previous = pack.previous();
        if (previous == null) {
            root.add(note(getTranslation("governance.pack.previous.none")));
            return;
        }
        root.add(new H4(GovernanceNavigation.link(
                GovernanceNavigation.review(previous.id()),
                getTranslation(
                        "governance.pack.previous.heading", Formats.dateTime(previous.startsAt(), getLocale())))));
        if (previous.decisions().isBlank()) {
            root.add(note(getTranslation("governance.pack.previous.noDecision")));
        } else {
            Div decisions = new Div();
            decisions.setText(previous.decisions());
            decisions.addClassName("av-gov-pre");
            root.add(decisions);
        }
        root.add(new FollowedDecisionsList(previous.followed()));
    }

    private static Paragraph note(String text) {
        Paragraph note = new Paragraph(text);
        note.addClassName("av-gov-note");
        return note;
    }
}
