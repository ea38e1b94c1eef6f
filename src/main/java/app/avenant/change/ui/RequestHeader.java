package app.avenant.change.ui;

import app.avenant.change.ChangeRequestDetail;
import app.avenant.change.ChangeRequests;
import app.avenant.contract.ui.Labels;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.Help;
import app.avenant.shared.ui.OfferedButton;
import app.avenant.shared.ui.StaticHtml;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/**
 * The top of a change request: title, number, status, author, base version, revision, objective served, reason,
 * and the wording's history. A live update changes only the texts that differ (a counter-proposal changes the
 * revision number and little else): rebuilding the whole header sent its help tooltips to the browser again at
 * every revision (docs/decisions/0029).
 */
class RequestHeader extends Composite<Div> {

    private final ChangeRequests changeRequests;
    private final OfferedButton reword;
    private final H2 title = new H2();
    private final Div line = new Div();
    private final Text base = new Text("");
    private final Text revision = new Text("");
    private final Text serves = new Text("");
    private final Paragraph reason = new Paragraph();
    /** The status pill, words only: one element of HTML (decision 0055), replaced when the status changes. */
    private Component status;

    private @Nullable WordingHistory wordingHistory;
    private ChangeRequestDetail shown;

    RequestHeader(ChangeRequests changeRequests, ChangeRequestDetail detail, OfferedButton reword) {
        this.changeRequests = changeRequests;
        this.reword = reword;
        this.shown = detail;
        Span number = new Span(ChangeLabels.number(this, detail.number()));
        number.addClassName("av-reference");
        status = StaticHtml.of(Badge.status(detail.status()));
        line.add(
                StaticHtml.of(number),
                status,
                StaticHtml.of(new Span(getTranslation(
                        "changeui.detail.author",
                        detail.authorName(),
                        Labels.side(this, detail.authorSide()),
                        Formats.dateTime(detail.createdAt(), getLocale())))),
                new Span(base, Help.icon(getTranslation("changeui.help.base"))),
                new Span(revision, Help.icon(getTranslation("changeui.help.revision"))));
        line.addClassName("av-header-line");
        Paragraph servesLine = new Paragraph(serves, Help.icon(getTranslation("changeui.help.serves")));
        servesLine.addClassName("av-cr-serves");
        reason.addClassNames("av-multiline", "av-cr-reason");
        Div root = getContent();
        root.add(title, line, servesLine, reason);
        root.addClassNames("av-workspace-header", "av-cr-header");
        title.setText(detail.title());
        reason.setText(detail.reason());
        base.setText(baseText(detail));
        revision.setText(revisionText(detail));
        serves.setText(servesText(detail));
        showRewording(detail);
    }

    /** Takes {@code detail}'s reading, touching only what differs from what is shown. */
    void update(ChangeRequestDetail detail) {
        ChangeRequestDetail before = shown;
        shown = detail;
        if (!before.title().equals(detail.title())) {
            title.setText(detail.title());
        }
        if (!before.reason().equals(detail.reason())) {
            reason.setText(detail.reason());
        }
        if (before.status() != detail.status()) {
            Component fresh = StaticHtml.of(Badge.status(detail.status()));
            line.replace(status, fresh);
            status = fresh;
        }
        if (before.latest().baseVersion() != detail.latest().baseVersion()) {
            base.setText(baseText(detail));
        }
        if (before.latest().number() != detail.latest().number()) {
            revision.setText(revisionText(detail));
        }
        if (before.serves() != detail.serves()) {
            serves.setText(servesText(detail));
        }
        if (before.wordingEdits() != detail.wordingEdits() && wordingHistory != null) {
            // its count and its pages read on opening: a fresh one, built below
            getContent().remove(wordingHistory);
            wordingHistory = null;
        }
        showRewording(detail);
    }

    private void showRewording(ChangeRequestDetail detail) {
        // under the reason it changes, above the wording's history
        reword.offer(
                detail.can().reword(),
                button -> getContent().addComponentAtIndex(getContent().indexOf(reason) + 1, button));
        if (detail.wordingEdits() > 0 && wordingHistory == null) {
            wordingHistory = new WordingHistory(changeRequests, detail.id(), detail.wordingEdits());
            getContent().add(wordingHistory);
        }
    }

    private String baseText(ChangeRequestDetail detail) {
        return getTranslation(
                "changeui.detail.base", Labels.version(this, detail.latest().baseVersion()));
    }

    private String revisionText(ChangeRequestDetail detail) {
        return getTranslation(
                "changeui.detail.revision", String.valueOf(detail.latest().number()));
    }

    private String servesText(ChangeRequestDetail detail) {
        return getTranslation("changeui.detail.serves", Labels.objective(this, detail.serves()));
    }
}
