package app.avenant.governance.ui;

import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.ContractRole;
import app.avenant.contract.ContractSummary;
import app.avenant.contract.Contracts;
import app.avenant.contract.ui.ContractNavigation;
import app.avenant.governance.Cadence;
import app.avenant.governance.ReviewSummary;
import app.avenant.governance.Reviews;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.Clicks;
import app.avenant.shared.ui.ContractPageFrame;
import app.avenant.shared.ui.NarrowScreens;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Comités de pilotage" of one contract: the cadence (owners and managers change it), "Planifier un
 * comité" for editors of either side, and the reviews, upcoming first, paged lazily from {@link Reviews}.
 */
@Route("contracts/:contractId/reviews")
@PermitAll
@StyleSheet(ReviewsView.CONTRACT_STYLESHEET)
@StyleSheet(ReviewsView.STYLESHEET)
public class ReviewsView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

    static final String CONTRACT_ID = "contractId";
    static final String CONTRACT_STYLESHEET = "context://styles/contract.css";
    static final String STYLESHEET = "context://styles/governance.css";

    private final Reviews reviews;
    private final Contracts contracts;
    private final Clock clock;
    final Select<Cadence> cadence = new Select<>();
    final Button plan = new Button();
    final Grid<ReviewSummary> grid = new Grid<>();
    final Anchor calendar = new Anchor("me/calendar", "");
    private @Nullable UUID contractId;
    private boolean showingCadence;
    private String pageTitle = "";

    public ReviewsView(Reviews reviews, Contracts contracts, Clock clock) {
        this.reviews = reviews;
        this.contracts = contracts;
        this.clock = clock;
        getContent().addClassNames("av-gov-reviews", "av-contract-list");

        cadence.setLabel(getTranslation("governance.cadence.label"));
        cadence.setItems(Cadence.values());
        cadence.setItemLabelGenerator(c -> ReviewLabels.cadence(this, c));
        cadence.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                changeCadence(e.getValue());
            }
        });

        plan.setText(getTranslation("governance.reviews.plan"));
        plan.setIcon(VaadinIcon.PLUS.create());
        plan.addThemeVariants(ButtonVariant.PRIMARY);
        Clicks.on(plan, this::openPlanDialog);

        calendar.setText(getTranslation("governance.reviews.calendar"));
        calendar.addClassName("av-gov-calendar-link");
        configureGrid();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        getContent().removeAll();
        contractId = null;
        Optional<Steering> steering = ContractPageFrame.load(
                event,
                CONTRACT_ID,
                id -> new Steering(contracts.myRole(id), contracts.summary(id), reviews.cadence(id)));
        if (steering.isEmpty()) {
            showNotFound();
            return;
        }
        Steering s = steering.get();
        contractId = s.summary().id();
        show(s.summary().id(), s.summary(), s.role(), s.cadence());
    }

    /** What the screen reads before showing anything, so a stranger sees nothing of it. */
    private record Steering(ContractRole role, ContractSummary summary, Cadence cadence) {}

    private void showNotFound() {
        pageTitle = getTranslation("governance.notFound.title");
        getContent().add(new GovernanceNotFound());
    }

    private void show(UUID id, ContractSummary summary, ContractRole role, Cadence current) {
        String reference = summary.reference() + " — " + summary.title();
        pageTitle = getTranslation("governance.reviews.title") + " — " + summary.reference();

        cadence.setValue(current);
        cadence.setReadOnly(!role.canApprove());
        cadence.setHelperText(role.canApprove() ? "" : getTranslation("governance.cadence.readOnly"));
        plan.setVisible(role.canEdit());

        Anchor register = GovernanceNavigation.link(
                GovernanceNavigation.register(id), getTranslation("governance.register.link"));
        register.addClassName("av-gov-register-link");
        HorizontalLayout toolbar = new HorizontalLayout(cadence, plan, register, calendar);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName("av-toolbar");

        grid.setItems(query -> reviews.list(id, query.getOffset(), query.getLimit()).stream(), query ->
                (int) Math.min(Integer.MAX_VALUE, reviews.count(id)));
        grid.setEmptyStateText(getTranslation("governance.reviews.empty"));
        getContent()
                .add(ContractPageFrame.header(
                        ContractNavigation.workspace(id),
                        getTranslation("governance.reviews.back"),
                        getTranslation("governance.reviews.title"),
                        summary.reference(),
                        summary.title()));
        getContent().add(toolbar, grid);
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("av-clickable-rows");
        grid.addColumn(r -> Formats.dateTime(r.startsAt(), getLocale()))
                .setHeader(getTranslation("governance.reviews.column.date"))
                .setKey("date")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> ReviewLabels.firstLine(r.agenda()))
                .setHeader(getTranslation("governance.reviews.column.agenda"))
                .setKey("agenda")
                .setFlexGrow(3);
        grid.addComponentColumn(r -> ReviewLabels.status(this, r.status()))
                .setHeader(getTranslation("governance.reviews.column.status"))
                .setKey("status")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actionsCell)
                .setHeader(getTranslation("governance.reviews.column.actions"))
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        // a phone shows one column: date and status, the agenda's first line, the open actions
        NarrowScreens.stackOnPhones(grid, getTranslation("governance.reviews.column.stacked"), this::stackedCell);
        grid.addItemClickListener(e -> GovernanceNavigation.toReview(e.getItem().id()));
        grid.setHeight("60vh");
    }

    Div stackedCell(ReviewSummary review) {
        return NarrowScreens.stack(
                NarrowScreens.line(
                        new Span(Formats.dateTime(review.startsAt(), getLocale())),
                        ReviewLabels.status(this, review.status())),
                NarrowScreens.line(ReviewLabels.firstLine(review.agenda())),
                actionsCell(review));
    }

    /** "2 ouvertes · 1 en retard": the overdue part in colour and in words. */
    Span actionsCell(ReviewSummary review) {
        Span cell = new Span(getTranslation("governance.reviews.openActions", review.openActions()));
        if (review.overdueActions() > 0) {
            Span overdue = new Span(getTranslation("governance.reviews.overdueActions", review.overdueActions()));
            overdue.addClassName("av-gov-overdue");
            cell.add(new Span(" · "), overdue);
        }
        return cell;
    }

    private void changeCadence(Cadence value) {
        UUID id = contractId;
        if (id == null) {
            return;
        }
        try {
            reviews.setCadence(id, value);
            Notification.show(getTranslation("governance.cadence.saved", ReviewLabels.cadence(this, value)))
                    .addThemeVariants(NotificationVariant.SUCCESS);
        } catch (AccessDeniedException | ContractNotFoundException e) {
            Notification.show(getTranslation("governance.error.denied")).addThemeVariants(NotificationVariant.ERROR);
        }
    }

    private void openPlanDialog() {
        UUID id = contractId;
        if (id != null) {
            new PlanReviewDialog(reviews, id, clock, GovernanceNavigation::toReview).open();
        }
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
