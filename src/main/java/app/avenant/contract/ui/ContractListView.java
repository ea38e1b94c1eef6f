package app.avenant.contract.ui;

import app.avenant.contract.ContractFilter;
import app.avenant.contract.ContractStatus;
import app.avenant.contract.ContractSummary;
import app.avenant.contract.Contracts;
import app.avenant.contract.RequestsAwaitingMe;
import app.avenant.identity.OrganisationKind;
import app.avenant.identity.OrganisationRef;
import app.avenant.identity.Users;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.HomePanel;
import app.avenant.shared.ui.NarrowScreens;
import app.avenant.shared.ui.Routes;
import app.avenant.shared.ui.ScreenLink;
import app.avenant.shared.ui.ScreenLinks;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * "Mes contrats": the contracts the caller is a member of, paged lazily from {@link Contracts}, filtered by
 * status and by text. A click, or Enter on the focused row, opens the contract's workspace.
 */
@Route("")
@PermitAll
@StyleSheet(ContractListView.STYLESHEET)
public class ContractListView extends VerticalLayout implements HasDynamicTitle {

    static final String STYLESHEET = "context://styles/contract.css";

    private final Contracts contracts;
    private final RequestsAwaitingMe awaitingMe;
    /** How many requests await the caller per contract, as of the last fetch (docs/decisions/0025, 0032). */
    private final Map<UUID, Long> awaiting = new HashMap<>();

    private final Select<ContractStatus> status = new Select<>();
    private final TextField search = new TextField();
    private final Select<OrganisationRef> counterparty = new Select<>();
    private final Grid<ContractSummary> grid = new Grid<>();
    private ContractFilter filter = ContractFilter.all();
    private @Nullable ContractSummary focused;

    public ContractListView(
            Contracts contracts,
            RequestsAwaitingMe awaitingMe,
            Users users,
            ScreenLinks screens,
            ObjectProvider<HomePanel> homePanels) {
        this.contracts = contracts;
        this.awaitingMe = awaitingMe;
        addClassName("av-contract-list");
        setSizeFull();

        status.setLabel(getTranslation("contract.list.status.label"));
        status.setItems(ContractStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("contract.list.status.all"));
        status.setItemLabelGenerator(
                s -> s == null ? getTranslation("contract.list.status.all") : Labels.status(this, s));
        status.addValueChangeListener(e -> refresh());

        search.setLabel(getTranslation("contract.list.search.label"));
        search.setPlaceholder(getTranslation("contract.list.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());

        // "Prestataire" for a PME, "Client" for a provider: the other party of each contract
        boolean provider = users.findCurrentUser()
                .map(me -> me.organisation().kind() == OrganisationKind.PROVIDER)
                .orElse(false);
        counterparty.setLabel(
                getTranslation(provider ? "contract.list.counterparty.client" : "contract.list.counterparty.provider"));
        counterparty.setItems(contracts.myCounterparties());
        counterparty.setEmptySelectionAllowed(true);
        counterparty.setEmptySelectionCaption(getTranslation("contract.list.counterparty.all"));
        counterparty.setItemLabelGenerator(
                o -> o == null ? getTranslation("contract.list.counterparty.all") : o.name());
        counterparty.setId("contract-counterparty");
        counterparty.addValueChangeListener(e -> refresh());

        HorizontalLayout toolbar = new HorizontalLayout(search, status, counterparty);
        toolbar.setWrap(true);
        Optional<String> newContract = screens.url(ScreenLink.Target.NEW_CONTRACT, null);
        if (mayCreateContracts(users) && newContract.isPresent()) {
            // drafting a contract's first terms is a change request: the change module hosts the form
            Anchor create = Routes.link(newContract.get(), getTranslation("contract.list.new"));
            create.getElement().setAttribute("theme", "primary");
            create.addClassName("av-new-contract");
            create.setId("new-contract");
            toolbar.add(create);
        }
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName("av-toolbar");

        configureGrid();
        add(new H2(getTranslation("contract.list.title")));
        // "what needs me?" across every contract, from the modules that know (notification: the bell's to-do,
        // overdue deliverables, notice deadlines); the contract module knows none of them
        homePanels.orderedStream().map(HomePanel::create).forEach(this::add);
        add(toolbar, grid);
        refresh();
    }

    /** Only an organisation admin of a PME opens contracts (the service refuses everyone else anyway). */
    private static boolean mayCreateContracts(Users users) {
        return users.findCurrentUser()
                .filter(me -> me.organisationAdmin() && me.organisation().kind() == OrganisationKind.CLIENT)
                .isPresent();
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("av-clickable-rows");
        grid.addColumn(ContractSummary::reference)
                .setHeader(getTranslation("contract.list.column.reference"))
                .setKey("reference")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ContractSummary::title)
                .setHeader(getTranslation("contract.list.column.title"))
                .setKey("title")
                .setFlexGrow(3);
        grid.addComponentColumn(this::awaitingCell)
                .setHeader(getTranslation("contract.list.column.mine"))
                .setKey("mine")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ContractSummary::counterpartyName)
                .setHeader(getTranslation("contract.list.column.counterparty"))
                .setKey("counterparty")
                .setFlexGrow(2);
        grid.addComponentColumn(c -> new Pill(Labels.status(this, c.status()), Pill.toneOf(c.status())))
                .setHeader(getTranslation("contract.list.column.status"))
                .setKey("status")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> Labels.version(this, c.currentVersion()))
                .setHeader(getTranslation("contract.list.column.version"))
                .setKey("version")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> Formats.dateTime(c.lastChangedAt(), getLocale()))
                .setHeader(getTranslation("contract.list.column.lastChanged"))
                .setKey("lastChanged")
                .setAutoWidth(true)
                .setFlexGrow(0);
        // a phone shows one column: reference and status, title, what awaits me, the other party
        NarrowScreens.stackOnPhones(grid, getTranslation("contract.list.column.stacked"), this::stackedCell);
        grid.setItems(query -> awaitingFirst(query.getOffset(), query.getLimit()).stream(), query ->
                (int) Math.min(Integer.MAX_VALUE, contracts.countMyContracts(filter)));
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.addCellFocusListener(e -> focused = e.getItem().orElse(null));
        Shortcuts.addShortcutListener(
                        grid,
                        () -> {
                            if (focused != null) {
                                open(focused);
                            }
                        },
                        Key.ENTER)
                .listenOn(grid);
        grid.setSizeFull();
    }

    /**
     * One page, the contracts where something awaits the caller first across the whole list (the query orders
     * them, docs/decisions/0032): what awaits the caller is counted over all their contracts in a few statements
     * (their roles, then one per distinct role), then the page is read.
     */
    List<ContractSummary> awaitingFirst(int offset, int limit) {
        Map<UUID, Long> counts = awaitingMe.countsForAllMyContracts();
        awaiting.clear();
        awaiting.putAll(counts);
        return contracts.myContractsPuttingFirst(filter, counts.keySet(), offset, limit);
    }

    Div stackedCell(ContractSummary contract) {
        Span reference = new Span(contract.reference());
        return NarrowScreens.stack(
                NarrowScreens.line(
                        reference, new Pill(Labels.status(this, contract.status()), Pill.toneOf(contract.status()))),
                NarrowScreens.line(contract.title()),
                awaitingCell(contract),
                NarrowScreens.line(contract.counterpartyName()));
    }

    Span awaitingCell(ContractSummary contract) {
        long count = awaiting.getOrDefault(contract.id(), 0L);
        Span cell = new Span(count == 0 ? "" : getTranslation("contract.list.mine", count));
        if (count > 0) {
            cell.addClassName("av-contract-mine");
        }
        return cell;
    }

    private void refresh() {
        OrganisationRef other = counterparty.getValue();
        filter = new ContractFilter(status.getValue(), search.getValue().strip(), other == null ? null : other.id());
        boolean filtered = filter.status() != null || !filter.text().isEmpty() || filter.counterparty() != null;
        grid.setEmptyStateText(getTranslation(filtered ? "contract.list.empty.filtered" : "contract.list.empty.none"));
        focused = null;
        grid.getDataProvider().refreshAll();
    }

    private void open(ContractSummary contract) {
        getUI().ifPresent(ui -> ui.navigate(
                ContractWorkspaceView.class,
                new RouteParameters(
                        ContractWorkspaceView.CONTRACT_ID, contract.id().toString())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contract.list.title");
    }
}
