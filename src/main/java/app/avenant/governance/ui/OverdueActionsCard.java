package app.avenant.governance.ui;

import app.avenant.governance.ActionItemView;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.Tables;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * "Actions en retard": the open action items of the contract's reviews past their due date, most late first as
 * the service returns them, each leading to its review, or a reassuring empty state.
 */
class OverdueActionsCard extends Composite<Section> {

    OverdueActionsCard(List<ActionItemView> overdue, LocalDate today) {
        Section card = getContent();
        card.setId("overview-overdue-actions");
        card.addClassNames("av-card", "av-overview-card");
        card.add(new H3(getTranslation("governance.overview.overdue.title")));
        Span count = new Span(
                overdue.isEmpty()
                        ? getTranslation("governance.overview.overdue.none")
                        : getTranslation("governance.overview.overdue.count", overdue.size()));
        count.setId("overview-overdue-actions-count");
        count.addClassNames("av-pill", overdue.isEmpty() ? "av-pill--success" : "av-pill--danger");
        card.add(new Paragraph(count));
        if (overdue.isEmpty()) {
            return;
        }
        card.addClassName("av-overview-card--danger");
        NativeTable table = Tables.table(
                getTranslation("governance.overview.overdue.description"),
                getTranslation("governance.overview.overdue.owner"),
                getTranslation("governance.overview.overdue.due"),
                getTranslation("governance.overview.overdue.late"));
        table.addClassName("av-overview-overdue-actions");
        for (ActionItemView action : overdue) {
            Anchor review =
                    GovernanceNavigation.link(GovernanceNavigation.review(action.reviewId()), action.description());
            NativeTableRow row = table.getBody().addRow();
            row.add(
                    Tables.cell(review),
                    new NativeTableCell(action.ownerName()),
                    Tables.numeric(Formats.date(action.dueDate(), getLocale())),
                    Tables.numeric(getTranslation(
                            "governance.overview.overdue.days", ChronoUnit.DAYS.between(action.dueDate(), today))));
        }
        card.add(table);
    }
}
