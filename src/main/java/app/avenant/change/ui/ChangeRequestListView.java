package app.avenant.change.ui;

import app.avenant.change.ChangeRequestEvent;
import app.avenant.change.ChangeRequestStatus;
import app.avenant.change.ChangeRequestSummary;
import app.avenant.change.ChangeRequests;
import app.avenant.change.live.ChangeFeed;
import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.ContractRole;
import app.avenant.contract.ContractSummary;
import app.avenant.contract.Contracts;
import app.avenant.contract.ui.ContractNavigation;
import app.avenant.contract.ui.Labels;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.Clicks;
import app.avenant.shared.ui.ContractPageFrame;
import app.avenant.shared.ui.NarrowScreens;
import app.avenant.shared.ui.NotFoundState;
import app.avenant.shared.ui.Routes;
import app.avenant.shared.ui.ScreenLink;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * "Demandes de modification" of one contract: lazily paged from {@link ChangeRequests}, those awaiting the
 * caller's approval first and marked "À approuver", filtered by status. Editors and owners of either side
 * open a new one. The grid refreshes by itself when anyone acts on a change request of this contract.
 */
@Route("contracts/:contractId/changes")
@PermitAll
@StyleSheet(ChangeRequestListView.CONTRACT_STYLESHEET)
@StyleSheet(ChangeRequestListView.STYLESHEET)
public class ChangeRequestListView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

    static final String CONTRACT_ID = ContractPageFrame.CONTRACT_ID;
    static final String CONTRACT_STYLESHEET = "context://styles/contract.css";
    static final String STYLESHEET = "context://styles/change.css";

    private final ChangeRequests changeRequests;
    private final Contracts contracts;
    private final ChangeFeed feed;
    final Select<Optional<ChangeRequestStatus>> status = new Select<>();
    final Grid<ChangeRequestSummary> grid = new Grid<>();
    final Button create = new Button();
    private @Nullable UUID contractId;

    @Nullable
    NewChangeRequestDialog proposing;

    private @Nullable Registration subscription;
    private String pageTitle = "";

    public ChangeRequestListView(ChangeRequests changeRequests, Contracts contracts, ChangeFeed feed) {
        this.changeRequests = changeRequests;
        this.contracts = contracts;
        this.feed = feed;
        getContent().addClassNames("av-cr-list", "av-contract-list");

        status.setLabel(getTranslation("changeui.list.filter"));
        status.setItems(filterOptions());
        status.setItemLabelGenerator(s -> s == null || s.isEmpty()
                ? getTranslation("changeui.list.filter.all")
                : ChangeLabels.status(this, s.get()));
        status.setValue(Optional.empty());
        status.addValueChangeListener(e -> refresh());

        create.setText(getTranslation("changeui.list.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        Clicks.on(create, () -> {
            UUID id = contractId;
            if (id != null) {
                new NewChangeRequestDialog(changeRequests, id, ChangeNavigation::toRequest).open();
            }
        });
        configureGrid();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        getContent().removeAll();
        unsubscribe();
        contractId = null;
        Optional<Opened> opened = ContractPageFrame.load(event, CONTRACT_ID, id -> {
            ContractRole role = contracts.myRole(id);
            String reference = reference(id);
            changeRequests.count(id, null);
            return new Opened(id, reference, role);
        });
        if (opened.isEmpty()) {
            showNotFound();
            return;
        }
        contractId = opened.get().id();
        show(opened.get().id(), opened.get().reference(), opened.get().role());
        subscribe();
        Optional<String> element =
                event.getLocation().getQueryParameters().getSingleParameter(ScreenLink.PROPOSE_PARAMETER);
        if (element.isPresent() && opened.get().role().canEdit()) {
            proposeAbout(opened.get().id(), element.get());
        }
    }

    private record Opened(UUID id, String reference, ContractRole role) {}

    /**
     * "Proposer une modification" from an element of the contract's screens: the new-request dialog says which
     * element, and the request, once created, opens in the editor on that element (docs/decisions/0028).
     */
    private void proposeAbout(UUID id, String element) {
        NewChangeRequestDialog dialog =
                new NewChangeRequestDialog(changeRequests, id, created -> ChangeNavigation.toEditor(created, element));
        ElementLabel.of(this, contracts.currentTerms(id).terms(), element)
                .ifPresent(label -> dialog.about(getTranslation("changeui.new.about", label)));
        // cancelled: back where "Proposer une modification" was clicked (the band, the service level), not this list
        dialog.onCancelled(() -> UI.getCurrent().getPage().getHistory().back());
        proposing = dialog;
        dialog.open();
    }

    /** "AV-2026-001 — Saisie comptable…", read without the contract's terms. */
    private String reference(UUID id) {
        ContractSummary contract = contracts.summary(id);
        return contract.reference() + " — " + contract.title();
    }

    private void showNotFound() {
        pageTitle = getTranslation("contract.notFound.title");
        getContent().add(new NotFoundState());
    }

    private void show(UUID id, String reference, ContractRole role) {
        pageTitle = getTranslation("changeui.list.title") + (reference.isEmpty() ? "" : " — " + reference);
        var back = Routes.link(ContractNavigation.workspace(id), "← " + getTranslation("changeui.list.back"));
        back.addClassName("av-back");
        Span contract = new Span(reference);
        contract.addClassName("av-reference");
        create.setVisible(role.canEdit());

        HorizontalLayout toolbar = new HorizontalLayout(status, create);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName("av-toolbar");

        grid.setItems(
                query -> changeRequests.list(id, selectedStatus(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, changeRequests.count(id, selectedStatus())));
        getContent().add(back, new H2(getTranslation("changeui.list.title")), contract, toolbar, grid);
        refresh();
    }

    private static java.util.List<Optional<ChangeRequestStatus>> filterOptions() {
        java.util.List<Optional<ChangeRequestStatus>> options = new java.util.ArrayList<>();
        options.add(Optional.empty());
        for (ChangeRequestStatus s : ChangeRequestStatus.values()) {
            options.add(Optional.of(s));
        }
        return options;
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("av-clickable-rows");
        grid.addColumn(c -> ChangeLabels.number(this, c.number()))
                .setHeader(getTranslation("changeui.list.column.number"))
                .setKey("number")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::titleCell)
                .setHeader(getTranslation("changeui.list.column.title"))
                .setKey("title")
                .setWidth("13rem")
                .setFlexGrow(3);
        grid.addComponentColumn(c -> Badge.status(c.status()))
                .setHeader(getTranslation("changeui.list.column.status"))
                .setKey("status")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::nextStepCell)
                .setHeader(getTranslation("changeui.list.column.next"))
                .setKey("next")
                .setWidth("10rem")
                .setFlexGrow(3);
        // who wrote it and for which side in one column: a title had room for three words at 1366 px
        grid.addColumn(c -> c.authorName() + " (" + Labels.side(this, c.authorSide()) + ")")
                .setHeader(getTranslation("changeui.list.column.author"))
                .setKey("author")
                .setWidth("9rem")
                .setFlexGrow(1);
        grid.addColumn(c -> Labels.version(this, c.baseVersion()))
                .setHeader(getTranslation("changeui.list.column.base"))
                .setKey("base")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> String.valueOf(c.latestRevision()))
                .setHeader(getTranslation("changeui.list.column.revision"))
                .setKey("revision")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> Formats.dateTime(c.updatedAt(), getLocale()))
                .setHeader(getTranslation("changeui.list.column.updated"))
                .setKey("updated")
                .setAutoWidth(true)
                .setFlexGrow(0);
        // a phone shows one column: number and status, title, whose turn it is, who wrote it and when
        NarrowScreens.stackOnPhones(grid, getTranslation("changeui.list.column.stacked"), this::stackedCell);
        grid.addItemClickListener(e -> ChangeNavigation.toRequest(e.getItem().id()));
        grid.setAllRowsVisible(false);
        grid.setHeight("60vh");
    }

    Div stackedCell(ChangeRequestSummary summary) {
        return NarrowScreens.stack(
                NarrowScreens.line(
                        new Span(ChangeLabels.number(this, summary.number())), Badge.status(summary.status())),
                titleCell(summary),
                nextStepCell(summary),
                NarrowScreens.line(
                        summary.authorName(),
                        Labels.side(this, summary.authorSide()),
                        Formats.dateTime(summary.updatedAt(), getLocale())));
    }

    Div titleCell(ChangeRequestSummary summary) {
        Div cell = new Div(new Span(summary.title()));
        cell.addClassName("av-cr-title-cell");
        if (summary.next().kind().isMine() && !summary.awaitingMyApproval()) {
            Badge mine = new Badge(getTranslation("changeui.list.mine"), Badge.Tone.WARNING);
            mine.addClassName("av-cr-mine");
            cell.add(mine);
        }
        if (summary.awaitingMyApproval()) {
            Badge awaiting = new Badge(getTranslation("changeui.list.awaiting"), Badge.Tone.WARNING);
            awaiting.addClassName("av-cr-awaiting");
            cell.add(awaiting);
        }
        return cell;
    }

    /** Whose turn it is, the sentence of the request's screen (docs/decisions/0025). */
    Span nextStepCell(ChangeRequestSummary summary) {
        Span next = new Span(NextStepText.of(this, summary.next()));
        next.addClassName(summary.next().kind().isMine() ? "av-cr-next-cell--mine" : "av-cr-next-cell");
        return next;
    }

    private @Nullable ChangeRequestStatus selectedStatus() {
        Optional<ChangeRequestStatus> value = status.getValue();
        return value == null ? null : value.orElse(null);
    }

    void refresh() {
        grid.setEmptyStateText(
                getTranslation(selectedStatus() == null ? "changeui.list.empty.none" : "changeui.list.empty.filtered"));
        grid.getDataProvider().refreshAll();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        subscribe();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        unsubscribe();
        super.onDetach(detachEvent);
    }

    /** Only once the service has shown this contract to the caller (a member). */
    private void subscribe() {
        UUID id = contractId;
        if (id == null || subscription != null || !isAttached()) {
            return;
        }
        UI ui = getUI().orElseThrow();
        subscription = feed.subscribe(id, event -> deliver(ui, event));
    }

    private void deliver(UI ui, ChangeRequestEvent event) {
        try {
            ui.access(this::refreshIfStillMember);
        } catch (UIDetachedException e) {
            // the screen closed meanwhile: its detach removes the subscription
        }
    }

    /** A change of the contract: the list re-reads its page, unless the person's access ended meanwhile. */
    private void refreshIfStillMember() {
        UUID id = contractId;
        if (id == null) {
            return;
        }
        try {
            contracts.myRole(id);
        } catch (ContractNotFoundException e) {
            unsubscribe();
            contractId = null;
            getContent().removeAll();
            showNotFound();
            return;
        }
        refresh();
    }

    private void unsubscribe() {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
