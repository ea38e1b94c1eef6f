package app.avenant.governance.ui;

import app.avenant.governance.ActionItemView;
import app.avenant.governance.Cadence;
import app.avenant.governance.ReviewStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** Texts and badges shared by the governance screens. */
final class ReviewLabels {

    private ReviewLabels() {}

    static String cadence(Component owner, Cadence cadence) {
        return owner.getTranslation("governance.cadence." + cadence.name().toLowerCase(java.util.Locale.ROOT));
    }

    static Span status(Component owner, ReviewStatus status) {
        Span badge = new Span(
                owner.getTranslation("governance.status." + status.name().toLowerCase(java.util.Locale.ROOT)));
        badge.addClassNames("av-gov-badge", status == ReviewStatus.HELD ? "av-gov-badge-held" : "av-gov-badge-planned");
        return badge;
    }

    /** The first line of an agenda: what a list or a choice shows of it. */
    static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /** Colour alone never carries meaning: an overdue action also says "En retard". */
    static Span actionState(Component owner, ActionItemView action) {
        String key = action.done()
                ? "governance.action.state.done"
                : action.overdue() ? "governance.action.state.overdue" : "governance.action.state.open";
        Span badge = new Span(owner.getTranslation(key));
        badge.addClassNames(
                "av-gov-badge",
                action.done() ? "av-gov-badge-done" : action.overdue() ? "av-gov-overdue" : "av-gov-badge-planned");
        return badge;
    }
}
