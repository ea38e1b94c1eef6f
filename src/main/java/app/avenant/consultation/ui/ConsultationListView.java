package app.avenant.consultation.ui;

import app.avenant.consultation.ConsultationSummary;
import app.avenant.consultation.Consultations;
import app.avenant.consultation.OfferStatus;
import app.avenant.identity.CurrentUser;
import app.avenant.identity.OrganisationKind;
import app.avenant.identity.Users;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.NarrowScreens;
import app.avenant.shared.ui.Routes;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * "Consultations": for a PME's admin, the consultations of their organisation and the way to start one; for a
 * provider's admin, the consultations their organisation is invited to, with their offer's status. Others read why
 * the page is empty for them.
 */
@Route(ConsultationListView.ROUTE)
@PermitAll
@StyleSheet(ConsultationView.CONTRACT_STYLESHEET)
@StyleSheet(ConsultationView.STYLESHEET)
public class ConsultationListView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "consultations";

    final Grid<ConsultationSummary> grid = new Grid<>();
    final Paragraph empty = new Paragraph();

    public ConsultationListView(Consultations consultations, Users users) {
        addClassNames("av-consultations", "av-contract-list");
        CurrentUser me = users.currentUser();
        boolean pme = me.organisation().kind() == OrganisationKind.CLIENT;
        add(new H2(getTranslation("consultation.list.title")));
        Paragraph intro =
                new Paragraph(getTranslation(pme ? "consultation.list.intro.pme" : "consultation.list.intro.provider"));
        intro.addClassName("av-hint");
        add(intro);
        if (!me.organisationAdmin()) {
            add(new Paragraph(getTranslation("consultation.list.adminsOnly")));
            return;
        }
        if (pme) {
            Button start = new Button(
                    getTranslation("consultation.list.new"),
                    e -> getUI().ifPresent(ui -> ui.navigate(NewConsultationView.class)));
            start.addThemeVariants(ButtonVariant.PRIMARY);
            start.setId("consultation-new");
            add(start);
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("av-clickable-rows");
        grid.setAllRowsVisible(true);
        grid.addColumn(ConsultationSummary::title)
                .setHeader(getTranslation("consultation.list.column.title"))
                .setFlexGrow(3);
        if (pme) {
            grid.addColumn(this::offersText)
                    .setHeader(getTranslation("consultation.list.column.offers"))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        } else {
            grid.addColumn(ConsultationSummary::clientName)
                    .setHeader(getTranslation("consultation.list.column.client"))
                    .setFlexGrow(2);
        }
        grid.addColumn(c -> Formats.date(c.answerBy(), getLocale()))
                .setHeader(getTranslation("consultation.list.column.answerBy"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::statusPill)
                .setHeader(getTranslation("consultation.list.column.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        NarrowScreens.stackOnPhones(
                grid,
                getTranslation("consultation.list.column.stacked"),
                c -> NarrowScreens.stack(
                        NarrowScreens.line(c.title()),
                        NarrowScreens.line(
                                pme
                                        ? getTranslation("consultation.list.offers.stacked", c.answered(), c.invited())
                                        : c.clientName(),
                                getTranslation("consultation.list.answerBy", Formats.date(c.answerBy(), getLocale()))),
                        statusPill(c)));
        grid.setItems(query -> consultations.mine(query.getOffset(), query.getLimit()).stream(), query ->
                (int) Math.min(Integer.MAX_VALUE, consultations.countMine()));
        grid.addItemClickListener(e -> Routes.navigate(
                getUI().orElseThrow(), ConsultationView.url(e.getItem().id())));
        empty.setText(getTranslation(pme ? "consultation.list.empty.pme" : "consultation.list.empty.provider"));
        empty.addClassName("av-empty");
        boolean none = consultations.countMine() == 0;
        empty.setVisible(none);
        grid.setVisible(!none);
        add(empty, grid);
    }

    private String offersText(ConsultationSummary c) {
        return getTranslation("consultation.list.offers", c.answered(), c.invited());
    }

    /** The consultation's status for the PME; the provider's own offer for a provider. */
    Span statusPill(ConsultationSummary c) {
        OfferStatus mine = c.myOffer();
        return mine != null
                ? StatusPills.of(new Span(getTranslation(mine.labelKey())), mine)
                : StatusPills.of(new Span(getTranslation(c.status().labelKey())), c.status());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consultation.list.title");
    }
}
