package app.avenant.contract.ui;

import app.avenant.contract.VersionOrigin;
import app.avenant.shared.format.Formats;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Above the compare's table, the requests that made the versions in between, oldest first: number and title
 * (linked), the reason, who approved for each side and when, and the way to their discussion.
 */
class OriginsPanel extends Composite<Div> {

    OriginsPanel(List<VersionOrigin> requests, Origins origins) {
        Div root = getContent();
        root.addClassName("av-compare-origins");
        root.add(new H3(getTranslation("contract.compare.requests.title")));
        for (VersionOrigin request : requests) {
            Div card = new Div();
            card.addClassNames("av-card", "av-compare-origin");
            H4 title = new H4(origins.link(request, Origins.title(this, request)));
            Paragraph opened = new Paragraph(getTranslation(
                    "contract.compare.request.openedBy",
                    Labels.version(this, request.version()),
                    request.authorName(),
                    Labels.side(this, request.authorSide())));
            opened.addClassName("av-hint");
            Paragraph reason = new Paragraph(getTranslation("contract.compare.request.reason", request.reason()));
            card.add(title, opened, reason);
            if (!request.approvals().isEmpty()) {
                card.add(new Paragraph(getTranslation(
                        "contract.compare.request.approvedBy",
                        request.approvals().stream().map(this::approval).collect(Collectors.joining(", ")))));
            }
            origins.discussion(request).ifPresent(url -> {
                Anchor discussion = new Anchor(url, getTranslation("contract.compare.request.discussion"));
                discussion.addClassName("av-compare-discussion");
                card.add(discussion);
            });
            root.add(card);
        }
    }

    /** "Claire Martin (PME) le 05/12/2026 14:03". */
    private String approval(VersionOrigin.Approver approver) {
        return getTranslation(
                "contract.compare.request.approval",
                approver.name(),
                Labels.side(this, approver.side()),
                Formats.dateTime(approver.at(), getLocale()));
    }
}
