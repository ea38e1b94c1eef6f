package app.avenant.contract.ui;

import app.avenant.contract.ContractLifecycle;
import app.avenant.contract.Contracts;
import app.avenant.contract.StatusChange;
import app.avenant.contract.VersionOrigin;
import app.avenant.contract.VersionSummary;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.Clicks;
import app.avenant.shared.ui.DocumentLinks;
import app.avenant.shared.ui.NarrowScreens;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Tab "Historique": the versions, newest first, paged from {@link Contracts#versions}, each linked to the change
 * request that produced it (through {@link Origins}, one call per page); and "compare two".
 */
class HistoryTab extends Composite<Div> {

    final Grid<VersionSummary> grid = new Grid<>();
    final Select<Integer> from = new Select<>();
    final Select<Integer> to = new Select<>();
    final Button compare = new Button();
    final Grid<StatusChange> statusGrid = new Grid<>();
    /** The requests behind the versions shown, by version number (both immutable: pages only add to it). */
    private final Map<Integer, VersionOrigin> requests = new HashMap<>();

    HistoryTab(Contracts contracts, ContractLifecycle lifecycle, Origins origins, UUID contractId, int currentVersion) {
        Div root = getContent();
        root.addClassName("av-tab");

        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(v -> Labels.version(this, v.number()))
                .setHeader(getTranslation("contract.history.column.number"))
                .setKey("number")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(v -> Formats.dateTime(v.adoptedAt(), getLocale()))
                .setHeader(getTranslation("contract.history.column.date"))
                .setKey("date")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(v -> documents(contractId, v))
                .setHeader(getTranslation("contract.history.column.documents"))
                .setKey("documents")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(VersionSummary::summary)
                .setHeader(getTranslation("contract.history.column.summary"))
                .setKey("summary")
                .setFlexGrow(3);
        grid.addComponentColumn(v -> request(origins, v))
                .setHeader(getTranslation("contract.history.column.request"))
                .setKey("request")
                .setFlexGrow(2);
        grid.addColumn(VersionSummary::clientApprover)
                .setHeader(getTranslation("contract.history.column.clientApprover"))
                .setKey("clientApprover")
                .setFlexGrow(1);
        grid.addColumn(VersionSummary::providerApprover)
                .setHeader(getTranslation("contract.history.column.providerApprover"))
                .setKey("providerApprover")
                .setFlexGrow(1);
        // a phone shows one column: version and date, the summary, the request, the approvers, then the PDFs
        NarrowScreens.stackOnPhones(
                grid,
                getTranslation("contract.history.column.stacked"),
                v -> NarrowScreens.stack(
                        NarrowScreens.line(Labels.version(this, v.number()) + " — "
                                + Formats.dateTime(v.adoptedAt(), getLocale())),
                        NarrowScreens.line(v.summary()),
                        request(origins, v),
                        NarrowScreens.line(getTranslation(
                                "contract.history.stacked.approvers", v.clientApprover(), v.providerApprover())),
                        documents(contractId, v)));
        grid.setItems(
                query -> page(contracts, origins, contractId, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, contracts.countVersions(contractId)));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("contract.history.empty"));
        configureStatusGrid(lifecycle, contractId);
        if (currentVersion == 0) {
            // nothing adopted yet: no versions to list, nothing to compare
            Paragraph none = new Paragraph(getTranslation("contract.history.empty"));
            none.addClassName("av-empty");
            root.add(none);
            addStatusChanges(root);
            return;
        }
        root.add(grid);
        addStatusChanges(root);

        root.add(new H3(getTranslation("contract.history.compare.title")));
        if (currentVersion < 2) {
            Paragraph single = new Paragraph(getTranslation("contract.history.compare.single"));
            single.addClassName("av-hint");
            root.add(single);
            return;
        }
        configure(from, "contract.history.compare.from", currentVersion, currentVersion - 1);
        configure(to, "contract.history.compare.to", currentVersion, currentVersion);
        compare.setText(getTranslation("contract.history.compare.submit"));
        compare.addThemeVariants(ButtonVariant.PRIMARY);
        Clicks.on(compare, () -> ContractNavigation.toCompare(contractId, from.getValue(), to.getValue()));
        from.addValueChangeListener(e -> updateCompareState());
        to.addValueChangeListener(e -> updateCompareState());
        HorizontalLayout form = new HorizontalLayout(from, to, compare);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.addClassName("av-toolbar");
        root.add(form);
    }

    private List<VersionSummary> page(Contracts contracts, Origins origins, UUID contractId, int offset, int limit) {
        List<VersionSummary> page = contracts.versions(contractId, offset, limit);
        if (!page.isEmpty()) {
            int low = page.stream().mapToInt(VersionSummary::number).min().orElseThrow();
            int high = page.stream().mapToInt(VersionSummary::number).max().orElseThrow();
            origins.of(contractId, low, high).forEach(o -> requests.put(o.version(), o));
        }
        return page;
    }

    /**
     * The version's PDF; the amendment's too for a version a change request made out of the one before (version 1
     * is the contract itself).
     */
    private Component documents(UUID contractId, VersionSummary version) {
        Div links = new Div();
        links.addClassNames("av-pdf-links", "av-pdf-links--stacked");
        links.add(DocumentLinks.download(
                DocumentLinks.versionUrl(contractId, version.number()),
                getTranslation("document.link.version.short"),
                getTranslation("document.link.version", String.valueOf(version.number()))));
        if (version.number() > 1 && requests.containsKey(version.number())) {
            links.add(DocumentLinks.download(
                    DocumentLinks.amendmentUrl(contractId, version.number()),
                    getTranslation("document.link.amendment.numbered", String.valueOf(version.number() - 1)),
                    getTranslation(
                            "document.link.amendment",
                            String.valueOf(version.number() - 1),
                            String.valueOf(version.number()))));
        }
        return links;
    }

    /** "Demande n° 7 — titre", linked to the request; nothing for a version adopted without one. */
    private Component request(Origins origins, VersionSummary version) {
        VersionOrigin origin = requests.get(version.number());
        return origin == null ? new Div() : origins.link(origin, Origins.title(this, origin));
    }

    /** Status moves, pilot start and contact persons named, newest first, paged from {@link ContractLifecycle#statusChanges}. */
    private void configureStatusGrid(ContractLifecycle lifecycle, UUID contractId) {
        statusGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        statusGrid
                .addColumn(s -> Formats.dateTime(s.at(), getLocale()))
                .setHeader(getTranslation("access.history.column.date"))
                .setKey("date")
                .setAutoWidth(true)
                .setFlexGrow(0);
        statusGrid
                .addColumn(this::describe)
                .setHeader(getTranslation("access.history.column.change"))
                .setKey("change")
                .setFlexGrow(3);
        statusGrid
                .addColumn(s -> s.byName() != null ? s.byName() : getTranslation("access.application"))
                .setHeader(getTranslation("access.history.column.by"))
                .setKey("by")
                .setFlexGrow(1);
        // a contract has a few status changes: the grid reads pages until one comes back short, without counting
        // them first (one statement fewer on Historique, issue 13, point 4)
        statusGrid.setItems(query -> lifecycle.statusChanges(contractId, query.getOffset(), query.getLimit()).stream());
        statusGrid.setAllRowsVisible(true);
        statusGrid.setEmptyStateText(getTranslation("access.history.empty"));
    }

    private void addStatusChanges(Div root) {
        root.add(new H3(getTranslation("access.history.title")), statusGrid);
    }

    /** "Brouillon → Actif (note)", "Phase pilote démarrée", "Interlocuteur PME : Claire Martin". */
    String describe(StatusChange change) {
        String text = switch (change.kind()) {
            case STATUS ->
                getTranslation(
                        "access.history.status",
                        change.from() != null ? Labels.status(this, change.from()) : "—",
                        change.to() != null ? Labels.status(this, change.to()) : "—");
            case PILOT_STARTED -> getTranslation("access.history.pilot");
            case PILOT_EXTENDED, NO_GO, SUSPENDED, RESUMED, ENDED_AT_TERM, ENDED_BY_NOTICE, EXIT_COMPLETED ->
                getTranslation(
                        "access.history." + change.kind().name(),
                        change.from() != null ? Labels.status(this, change.from()) : "—",
                        change.to() != null ? Labels.status(this, change.to()) : "—");
            case CONTACT_PERSON ->
                getTranslation(
                        "access.history.contact",
                        change.side() != null ? Labels.side(this, change.side()) : "—",
                        change.contactName() != null ? change.contactName() : "?");
        };
        if (change.pilotEndDate() != null && change.pilotVolumeCap() != null) {
            text = getTranslation(
                    "access.history.pilotTerms",
                    text,
                    Formats.date(change.pilotEndDate(), getLocale()),
                    Formats.units(change.pilotVolumeCap(), getLocale()));
        }
        String note = change.note();
        return note == null || note.isBlank() ? text : text + " — " + note;
    }

    private void configure(Select<Integer> select, String labelKey, int currentVersion, int value) {
        select.setLabel(getTranslation(labelKey));
        select.setItems(
                IntStream.rangeClosed(1, currentVersion).boxed().toList().reversed());
        select.setItemLabelGenerator(n -> Labels.version(this, n));
        select.setValue(value);
    }

    private void updateCompareState() {
        boolean valid = from.getValue() != null
                && to.getValue() != null
                && !from.getValue().equals(to.getValue());
        compare.setEnabled(valid);
        to.setInvalid(!valid);
        to.setErrorMessage(valid ? null : getTranslation("contract.history.compare.same"));
    }
}
