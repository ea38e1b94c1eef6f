package app.avenant.governance.ui;

import static app.avenant.shared.ui.Tables.cell;

import app.avenant.change.ChangeRequestSummary;
import app.avenant.change.ui.ChangeNavigation;
import app.avenant.governance.ActionItemView;
import app.avenant.governance.MeetingPack;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.Tables;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** What is still open: change requests under negotiation, overdue actions of the contract, this comité's actions. */
class PackFollowUpSection extends Composite<Div> {

    PackFollowUpSection(MeetingPack pack) {
        Div root = getContent();
        root.addClassNames("av-pack-section", "av-pack-follow-up");
        root.add(new H3(t("governance.pack.changes.title")));
        if (pack.openChangeRequests().isEmpty()) {
            root.add(note(t("governance.pack.changes.empty")));
        } else {
            if (pack.openChangeRequestCount() > pack.openChangeRequests().size()) {
                root.add(note(getTranslation(
                        "governance.pack.changes.more",
                        pack.openChangeRequestCount(),
                        pack.openChangeRequests().size())));
            }
            root.add(changes(pack.openChangeRequests()));
        }
        root.add(new H3(t("governance.pack.actions.title")));
        root.add(new H4(t("governance.pack.actions.overdue")));
        root.add(
                pack.overdueActions().isEmpty()
                        ? note(t("governance.pack.actions.overdue.empty"))
                        : actions(pack.overdueActions()));
        root.add(new H4(t("governance.pack.actions.open")));
        root.add(
                pack.openActions().isEmpty()
                        ? note(t("governance.pack.actions.open.empty"))
                        : actions(pack.openActions()));
    }

    private NativeTable changes(List<ChangeRequestSummary> requests) {
        NativeTable table = Tables.table(
                t("governance.pack.changes.column.number"),
                t("governance.pack.changes.column.title"),
                t("governance.pack.changes.column.status"),
                t("governance.pack.changes.column.updated"));
        table.addClassName("av-pack-changes");
        for (ChangeRequestSummary cr : requests) {
            Span status =
                    new Span(t("governance.pack.changes.status." + cr.status().name()));
            status.addClassNames("av-gov-badge", "av-gov-badge-planned");
            table.getBody()
                    .addRow()
                    .add(
                            Tables.numeric(String.valueOf(cr.number())),
                            cell(ChangeNavigation.linkToRequest(cr.id(), cr.title())),
                            cell(status),
                            cell(new Span(Formats.dateTime(cr.updatedAt(), getLocale()))));
        }
        return table;
    }

    private NativeTable actions(List<ActionItemView> items) {
        NativeTable table = Tables.table(
                t("governance.pack.actions.column.description"),
                t("governance.pack.actions.column.owner"),
                t("governance.pack.actions.column.due"),
                t("governance.pack.actions.column.state"));
        table.addClassName("av-pack-actions");
        for (ActionItemView action : items) {
            table.getBody()
                    .addRow()
                    .add(
                            cell(new Span(action.description())),
                            cell(new Span(action.ownerName())),
                            cell(new Span(Formats.date(action.dueDate(), getLocale()))),
                            cell(ReviewLabels.actionState(this, action)));
        }
        return table;
    }

    private Paragraph note(String text) {
        Paragraph note = new Paragraph(text);
        note.addClassName("av-gov-note");
        return note;
    }

    private String t(String key) {
        return getTranslation(key);
    }
}
