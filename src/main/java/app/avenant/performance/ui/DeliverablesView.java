package app.avenant.performance.ui;

import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.ContractRole;
import app.avenant.contract.ContractSummary;
import app.avenant.contract.Contracts;
import app.avenant.contract.terms.Deadline;
import app.avenant.contract.terms.ScopeItem;
import app.avenant.contract.terms.Terms;
import app.avenant.performance.DeliverableFilter;
import app.avenant.performance.DeliverableRow;
import app.avenant.performance.Deliverables;
import app.avenant.performance.InvalidDeliverablesException;
import app.avenant.performance.csv.DeliverableCsvTemplate;
import app.avenant.performance.domain.DueDates;
import app.avenant.shared.ui.Clicks;
import app.avenant.shared.ui.NarrowScreens;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Livrables" of one contract: every member sees them, lazily paged and filtered by month, scope item and
 * "pending only"; editors (either side) add one with a form, correct or delete one of a month not yet
 * locked, and import a CSV file (with a downloadable model). What the service refuses is shown where it
 * applies; nothing is stored then.
 */
@Route("contracts/:contractId/deliverables")
@PermitAll
@StyleSheet(PerformancePage.STYLESHEET)
@StyleSheet(DeliverablesView.STYLESHEET)
public class DeliverablesView extends PerformancePage {

    static final String STYLESHEET = "context://styles/performance-deliverables.css";

    /** How far back the month filter goes (the contract's start stops it earlier). */
    private static final int MONTHS_BACK = 36;
    /** Pending deliverables may be due a little ahead. */
    private static final int MONTHS_AHEAD = 2;

    private final Deliverables deliverables;
    private final Clock clock;
    private final DeliverableTexts texts = new DeliverableTexts(this);

    final Select<YearMonth> month = new Select<>();
    final Select<String> scopeItem = new Select<>();
    final Checkbox pendingOnly = new Checkbox();
    /** « En retard uniquement »: what the home's and the overview's count of overdue deliverables opens on. */
    final Checkbox lateOnly = new Checkbox();

    final Grid<DeliverableRow> grid = new Grid<>();
    final Button add = new Button();
    final Button importCsv = new Button();
    Anchor template = new Anchor();

    private @Nullable UUID contractId;
    private List<ScopeItem> items = List.of();
    /** The deadline a service level of the current terms sets on a scope item, by its key. */
    private Map<String, Deadline> deadlines = Map.of();

    private boolean canEdit;
    private Map<String, String> titles = Map.of();

    public DeliverablesView(Contracts contracts, Deliverables deliverables, Clock clock) {
        super(contracts, Page.DELIVERABLES);
        this.deliverables = deliverables;
        this.clock = clock;

        month.setLabel(texts.t("performance.deliverables.filter.month"));
        month.setEmptySelectionAllowed(true);
        month.setEmptySelectionCaption(texts.t("performance.deliverables.filter.month.all"));
        month.setItemLabelGenerator(
                m -> m == null ? texts.t("performance.deliverables.filter.month.all") : texts.month(m));
        month.addValueChangeListener(e -> refresh());

        scopeItem.setLabel(texts.t("performance.deliverables.filter.scopeItem"));
        scopeItem.setEmptySelectionAllowed(true);
        scopeItem.setEmptySelectionCaption(texts.t("performance.deliverables.filter.scopeItem.all"));
        scopeItem.setItemLabelGenerator(key ->
                key == null ? texts.t("performance.deliverables.filter.scopeItem.all") : titles.getOrDefault(key, key));
        scopeItem.addValueChangeListener(e -> refresh());

        pendingOnly.setLabel(texts.t("performance.deliverables.filter.pending"));
        pendingOnly.addValueChangeListener(e -> refresh());
        lateOnly.setLabel(texts.t("performance.deliverables.filter.late"));
        lateOnly.setId("deliverables-late-only");
        lateOnly.addValueChangeListener(e -> refresh());

        add.setText(texts.t("performance.deliverables.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        Clicks.on(add, () -> openForm(null));

        importCsv.setText(texts.t("performance.deliverables.import"));
        importCsv.setIcon(VaadinIcon.UPLOAD.create());
        Clicks.on(importCsv, this::openImport);

        configureGrid();
    }

    @Override
    protected Component body(ContractSummary contract, ContractRole role, BeforeEnterEvent event) {
        contractId = contract.id();
        canEdit = role.canEdit();
        Terms terms = contracts.currentTerms(contract.id()).terms();
        items = terms.scopeItems();
        Map<String, Deadline> byItem = new HashMap<>();
        for (ScopeItem item : items) {
            Deadline deadline = DueDates.deadlineOf(terms, item.key());
            if (deadline != null) {
                byItem.put(item.key(), deadline);
            }
        }
        deadlines = Map.copyOf(byItem);
        Map<String, String> byKey = new LinkedHashMap<>();
        items.forEach(item -> byKey.put(item.key(), item.title()));
        titles = byKey;

        month.setItems(months(terms.header().startDate()));
        month.setValue(null);
        scopeItem.setItems(new ArrayList<>(byKey.keySet()));
        scopeItem.setValue(null);
        pendingOnly.setValue(false);
        lateOnly.setValue(event.getLocation()
                .getQueryParameters()
                .getSingleParameter(PerformanceNavigation.LATE_PARAMETER)
                .isPresent());

        add.setVisible(canEdit);
        importCsv.setVisible(canEdit);
        add.setEnabled(!items.isEmpty());
        importCsv.setEnabled(!items.isEmpty());
        template = templateLink(byKey.keySet().stream().toList());
        template.setVisible(canEdit);
        grid.getColumnByKey("actions").setVisible(canEdit);

        HorizontalLayout filters = new HorizontalLayout(month, scopeItem, pendingOnly, lateOnly);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.addClassName("av-deliverables-filters");
        filters.setWrap(true);
        HorizontalLayout actions = new HorizontalLayout(add, importCsv, template);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        actions.addClassName("av-deliverables-actions");
        actions.setWrap(true);

        UUID id = contract.id();
        grid.setItems(query -> deliverables.list(id, filter(), query.getOffset(), query.getLimit()).stream(), query ->
                (int) Math.min(Integer.MAX_VALUE, deliverables.count(id, filter())));
        refresh();

        Div body = new Div();
        body.addClassName("av-deliverables");
        if (canEdit && items.isEmpty()) {
            Paragraph noTerms = new Paragraph(texts.t("performance.deliverables.noTerms"));
            noTerms.addClassName("av-deliverables-note");
            body.add(noTerms);
        }
        body.add(filters, actions, grid);
        return body;
    }

    /** Newest first: from a little ahead of today back to the contract's start (at most three years). */
    private List<YearMonth> months(LocalDate start) {
        YearMonth last = YearMonth.now(clock).plusMonths(MONTHS_AHEAD);
        YearMonth first = YearMonth.from(start);
        if (first.isBefore(last.minusMonths(MONTHS_BACK))) {
            first = last.minusMonths(MONTHS_BACK);
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = last; !m.isBefore(first); m = m.minusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    DeliverableFilter filter() {
        return new DeliverableFilter(
                month.getValue(),
                scopeItem.getValue(),
                pendingOnly.getValue(),
                lateOnly.getValue() ? LocalDate.now(clock) : null);
    }

    void refresh() {
        DeliverableFilter filter = filter();
        boolean filtered = filter.month() != null
                || filter.scopeItemKey() != null
                || filter.pendingOnly()
                || filter.lateOn() != null;
        grid.setEmptyStateText(texts.t(
                filtered
                        ? "performance.deliverables.empty.filtered"
                        : canEdit ? "performance.deliverables.empty.editor" : "performance.deliverables.empty.none"));
        grid.getDataProvider().refreshAll();
    }

    private void configureGrid() {
        // long titles wrap instead of being cut, so every column fits 1366 px with the actions in sight (issue 12)
        grid.addThemeVariants(
                GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("av-deliverables-grid");
        grid.addColumn(DeliverableRow::reference)
                .setKey("reference")
                .setHeader(texts.t("performance.deliverables.column.reference"))
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(DeliverableRow::scopeItemTitle)
                .setKey("scopeItem")
                .setHeader(texts.t("performance.deliverables.column.scopeItem"))
                // with "Qualité" at 5em, the columns fit 1366 px beside the frozen actions (they were 17 px over)
                .setWidth("8em")
                .setFlexGrow(2)
                .setTooltipGenerator(DeliverableRow::scopeItemTitle);
        grid.addColumn(row -> texts.withTime(row.dueDate(), row.dueAt()))
                .setKey("dueDate")
                .setHeader(texts.t("performance.deliverables.column.dueDate"))
                // a due date computed by a deadline says from which request
                .setTooltipGenerator(row -> row.requestedAt() == null
                        ? null
                        : texts.t("performance.deliverables.column.requested") + " : "
                                + texts.withTime(row.requestedAt().toLocalDate(), row.requestedAt()))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> row.deliveredOn() == null
                        ? notDelivered(row)
                        : texts.withTime(row.deliveredOn(), row.deliveredAt()))
                .setKey("deliveredOn")
                .setHeader(texts.t("performance.deliverables.column.deliveredOn"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> texts.units(row.units()))
                .setKey("units")
                .setHeader(texts.t("performance.deliverables.column.units"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> texts.quality(row.quality()))
                .setKey("quality")
                .setHeader(texts.t("performance.deliverables.column.quality"))
                .setWidth("5em")
                .setFlexGrow(1);
        grid.addComponentColumn(this::onTimeCell)
                .setKey("onTime")
                .setHeader(texts.t("performance.deliverables.column.onTime"))
                .setWidth("6em")
                .setFlexGrow(1);
        // fixed widths: auto widths are measured on the first page, which may hold no cost at all
        grid.addColumn(row -> texts.money(row.cost()))
                .setKey("cost")
                .setHeader(texts.t("performance.deliverables.column.cost"))
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("6em")
                .setFlexGrow(0);
        grid.addColumn(row -> texts.source(row.source()))
                .setKey("source")
                .setHeader(texts.t("performance.deliverables.column.source"))
                .setWidth("5em")
                .setFlexGrow(0);
        grid.addComponentColumn(this::lockedCell)
                .setKey("locked")
                .setHeader(texts.t("performance.deliverables.column.locked"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actionsCell)
                .setKey("actions")
                .setHeader(texts.t("performance.deliverables.column.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                // always in view, even when the columns scroll on a narrow screen
                .setFrozenToEnd(true);
        grid.setHeight("60vh");
        // a phone shows what names a deliverable, its dates and figures one under the other, beside the actions
        NarrowScreens.stackOnPhones(
                grid,
                texts.t("performance.deliverables.column.stacked"),
                this::stackedCell,
                grid.getColumnByKey("actions"));
    }

    Div stackedCell(DeliverableRow row) {
        String delivered = row.deliveredOn() == null
                ? notDelivered(row)
                : texts.t("performance.deliverables.stacked.delivered", texts.date(row.deliveredOn()));
        return NarrowScreens.stack(
                NarrowScreens.line(new Span(row.reference()), lockedCell(row)),
                NarrowScreens.line(row.scopeItemTitle()),
                NarrowScreens.line(
                        texts.t("performance.deliverables.stacked.due", texts.date(row.dueDate())), delivered),
                NarrowScreens.line(new Span(texts.units(row.units())), onTimeCell(row)),
                NarrowScreens.line(texts.quality(row.quality()), texts.money(row.cost()), texts.source(row.source())));
    }

    /** Due before today and still not delivered. */
    private boolean overdue(DeliverableRow row) {
        return row.deliveredOn() == null && row.dueDate().isBefore(java.time.LocalDate.now(clock));
    }

    private String notDelivered(DeliverableRow row) {
        return texts.t(overdue(row) ? "performance.deliverables.overdue" : "performance.deliverables.pending");
    }

    /** ✓/✗ with words, so the meaning does not rest on a symbol or a colour. */
    Span onTimeCell(DeliverableRow row) {
        Boolean onTime = row.onTime();
        if (onTime == null && overdue(row)) {
            // not delivered and past its due date: late already, as the overview counts it
            Span late = new Span(texts.t("performance.deliverables.onTime.overdue"));
            late.addClassName("av-deliverable-late");
            return late;
        }
        if (onTime == null) {
            Span pending = new Span(texts.t("performance.deliverables.onTime.pending"));
            pending.addClassName("av-deliverable-pending");
            return pending;
        }
        Span cell = new Span(
                texts.t(onTime ? "performance.deliverables.onTime.yes" : "performance.deliverables.onTime.no"));
        cell.addClassName(onTime ? "av-deliverable-on-time" : "av-deliverable-late");
        return cell;
    }

    Span lockedCell(DeliverableRow row) {
        Span cell = new Span();
        if (row.locked()) {
            cell.add(VaadinIcon.LOCK.create(), new Span(texts.t("performance.deliverables.locked")));
            cell.addClassName("av-deliverable-locked");
            cell.getElement().setAttribute("title", texts.t("performance.deliverables.locked.hint"));
        }
        return cell;
    }

    Component actionsCell(DeliverableRow row) {
        HorizontalLayout cell = new HorizontalLayout();
        cell.setSpacing(false);
        cell.addClassName("av-deliverable-actions");
        if (!canEdit || row.locked()) {
            return cell;
        }
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> openForm(row));
        edit.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        edit.setAriaLabel(texts.t("performance.deliverables.edit", row.reference()));
        edit.setTooltipText(texts.t("performance.deliverables.edit", row.reference()));
        edit.addClassName("av-deliverable-edit");
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(row));
        delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL, ButtonVariant.ERROR);
        delete.setAriaLabel(texts.t("performance.deliverables.delete", row.reference()));
        delete.setTooltipText(texts.t("performance.deliverables.delete", row.reference()));
        delete.addClassName("av-deliverable-delete");
        cell.add(edit, delete);
        return cell;
    }

    void openForm(@Nullable DeliverableRow row) {
        UUID id = contractId;
        if (id == null) {
            return;
        }
        new DeliverableFormDialog(deliverables, id, items, deadlines, row, () -> {
                    Notification.show(texts.t(
                                    row == null
                                            ? "performance.deliverables.saved.added"
                                            : "performance.deliverables.saved.edited"))
                            .addThemeVariants(NotificationVariant.SUCCESS);
                    refresh();
                })
                .open();
    }

    void openImport() {
        UUID id = contractId;
        if (id == null) {
            return;
        }
        new DeliverableImportDialog(
                        deliverables,
                        id,
                        items,
                        templateLink(titles.keySet().stream().toList()),
                        this::refresh)
                .open();
    }

    void confirmDelete(DeliverableRow row) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.addClassName("av-deliverable-delete-confirm");
        confirm.setHeader(texts.t("performance.deliverables.delete.title", row.reference()));
        confirm.setText(texts.t(
                "performance.deliverables.delete.text",
                row.reference(),
                row.scopeItemTitle(),
                texts.date(row.dueDate())));
        confirm.setCancelable(true);
        confirm.setCancelText(texts.t("performance.deliverables.cancel"));
        confirm.setConfirmText(texts.t("performance.deliverables.delete.confirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> delete(row));
        confirm.open();
    }

    private void delete(DeliverableRow row) {
        UUID id = contractId;
        if (id == null) {
            return;
        }
        try {
            deliverables.delete(id, row.id());
        } catch (InvalidDeliverablesException e) {
            error(String.join(" ", e.violations().stream().map(texts::violation).toList()));
            refresh();
            return;
        } catch (ContractNotFoundException | AccessDeniedException e) {
            error(texts.t("performance.deliverables.error.denied"));
            return;
        }
        Notification.show(texts.t("performance.deliverables.deleted", row.reference()))
                .addThemeVariants(NotificationVariant.SUCCESS);
        refresh();
    }

    private static void error(String message) {
        Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.ERROR);
    }

    /** "Télécharger le modèle CSV": built when clicked, with the contract's current scope items as examples. */
    private Anchor templateLink(List<String> keys) {
        Clock at = clock;
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = DeliverableCsvTemplate.content(keys, LocalDate.now(at));
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            DeliverableCsvTemplate.FILE_NAME,
                            DeliverableCsvTemplate.CONTENT_TYPE,
                            bytes.length);
                }),
                AttachmentType.DOWNLOAD,
                texts.t("performance.deliverables.template"));
        link.addClassName("av-deliverables-template");
        return link;
    }
}
