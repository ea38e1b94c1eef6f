package app.avenant.governance.ui;

import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.ContractSummary;
import app.avenant.contract.Contracts;
import app.avenant.governance.AccessRegister;
import app.avenant.governance.Art28Item;
import app.avenant.governance.Art28Status;
import app.avenant.governance.ChecklistItemView;
import app.avenant.governance.GovernanceRuleException;
import app.avenant.governance.RegisterEntryView;
import app.avenant.governance.RegisterSummary;
import app.avenant.governance.Reviews;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.Clicks;
import app.avenant.shared.ui.ContractPageFrame;
import app.avenant.shared.ui.NarrowScreens;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Registre des accès et RGPD" of one contract: a banner saying how things stand (accesses open, personal
 * data, checklist, last review in comité), the register paged lazily (open accesses first), and the eight
 * article 28 items, each with its status and comment. Buttons and fields only for who may use them: the
 * service decides ({@link RegisterSummary}'s rights).
 */
@Route("contracts/:contractId/register")
@PermitAll
@StyleSheet(ReviewsView.CONTRACT_STYLESHEET)
@StyleSheet(ReviewsView.STYLESHEET)
@StyleSheet(AccessRegisterView.STYLESHEET)
public class AccessRegisterView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

    static final String STYLESHEET = "context://styles/register.css";

    private final AccessRegister register;
    private final Reviews reviews;
    private final Contracts contracts;
    private final Clock clock;
    final Div banner = new Div();
    final Span reviewStatus = new Span();
    final Button markReviewed = new Button();
    final Button add = new Button();
    final Grid<RegisterEntryView> entries = new Grid<>();
    final Paragraph checklistRequirement = new Paragraph();
    final Grid<ChecklistItemView> checklist = new Grid<>();
    private @Nullable UUID contractId;
    private @Nullable RegisterSummary summary;
    private String pageTitle = "";

    public AccessRegisterView(AccessRegister register, Reviews reviews, Contracts contracts, Clock clock) {
        this.register = register;
        this.reviews = reviews;
        this.contracts = contracts;
        this.clock = clock;
        getContent().addClassNames("av-register", "av-contract-list");

        markReviewed.setText(getTranslation("governance.register.markReviewed"));
        markReviewed.setIcon(VaadinIcon.CHECK.create());
        Clicks.on(markReviewed, this::openMarkReviewed);
        add.setText(getTranslation("governance.register.entry.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        Clicks.on(add, () -> openEntryDialog(null));
        banner.addClassName("av-register-banner");
        banner.getElement().setAttribute("role", "status");
        configureEntries();
        configureChecklist();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        getContent().removeAll();
        contractId = null;
        Optional<ContractSummary> contract = ContractPageFrame.load(event, ContractPageFrame.CONTRACT_ID, id -> {
            ContractSummary read = contracts.summary(id);
            summary = register.summary(id);
            return read;
        });
        if (contract.isEmpty()) {
            showNotFound();
            return;
        }
        contractId = contract.get().id();
        show(contract.get().id(), contract.get());
    }

    private void showNotFound() {
        pageTitle = getTranslation("governance.notFound.title");
        getContent().add(new GovernanceNotFound());
    }

    private void show(UUID id, ContractSummary contract) {
        pageTitle = getTranslation("governance.register.title") + " — " + contract.reference();

        entries.setItems(query -> register.entries(id, query.getOffset(), query.getLimit()).stream(), query ->
                (int) Math.min(Integer.MAX_VALUE, register.countEntries(id)));
        HorizontalLayout entriesHeader =
                new HorizontalLayout(new H3(getTranslation("governance.register.entries")), add);
        entriesHeader.setAlignItems(FlexComponent.Alignment.BASELINE);
        entriesHeader.setWrap(true); // at 390 px the button goes under the title instead of squeezing it

        H3 checklistTitle = new H3(getTranslation("governance.register.checklist"));
        checklistRequirement.addClassName("av-register-requirement");
        getContent()
                .add(ContractPageFrame.header(
                        GovernanceNavigation.reviews(id),
                        getTranslation("governance.register.back"),
                        getTranslation("governance.register.title"),
                        contract.reference(),
                        contract.title()));
        getContent().add(banner, entriesHeader, entries, checklistTitle, checklistRequirement, checklist);
        refreshSummary();
    }

    /** The banner, the rights-dependent buttons and the checklist, from a fresh summary. */
    private void refreshSummary() {
        UUID id = contractId;
        RegisterSummary s = summary;
        if (id == null || s == null) {
            return;
        }
        banner.removeAll();
        banner.add(new Span(RegisterTexts.entries(this, s)));
        Span personal = new Span(RegisterTexts.personalData(this, s));
        Span checks = new Span(RegisterTexts.checklist(this, s));
        reviewStatus.setText(RegisterTexts.reviewText(this, getLocale(), s));
        reviewStatus.setClassName("av-register-review");
        reviewStatus.addClassName(s.reviewOutdated() ? "av-register-outdated" : "av-register-uptodate");
        HorizontalLayout reviewLine = new HorizontalLayout(reviewStatus, markReviewed);
        reviewLine.setAlignItems(FlexComponent.Alignment.BASELINE);
        reviewLine.setWrap(true); // at 390 px the button goes under the status instead of out of the banner
        banner.add(personal, checks, reviewLine);

        markReviewed.setVisible(s.canMarkReviewed());
        add.setVisible(s.canAddEntry());
        entries.getColumnByKey("actions").setVisible(s.canEditEntries());
        checklistRequirement.setText(getTranslation(
                s.personalData()
                        ? "governance.register.checklist.required"
                        : "governance.register.checklist.optional"));
        checklistRequirement.setClassName("av-register-requirement");
        if (s.personalData()) {
            checklistRequirement.addClassName("av-register-required");
        }
        checklist.setItems(register.checklist(id));
    }

    private void configureEntries() {
        entries.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        entries.addColumn(RegisterEntryView::system)
                .setHeader(getTranslation("governance.register.column.system"))
                .setKey("system")
                .setFlexGrow(2);
        entries.addColumn(RegisterEntryView::dataCategories)
                .setHeader(getTranslation("governance.register.column.dataCategories"))
                .setKey("data")
                .setFlexGrow(3);
        entries.addColumn(e -> getTranslation(e.personalData() ? "governance.register.yes" : "governance.register.no"))
                .setHeader(getTranslation("governance.register.column.personalData"))
                .setKey("personal")
                .setAutoWidth(true)
                .setFlexGrow(0);
        entries.addColumn(e -> Formats.date(e.grantedOn(), getLocale()))
                .setHeader(getTranslation("governance.register.column.grantedOn"))
                .setKey("granted")
                .setAutoWidth(true)
                .setFlexGrow(0);
        entries.addComponentColumn(this::stateCell)
                .setHeader(getTranslation("governance.register.column.state"))
                .setKey("state")
                .setAutoWidth(true)
                .setFlexGrow(0);
        entries.addColumn(RegisterEntryView::note)
                .setHeader(getTranslation("governance.register.column.note"))
                .setKey("note")
                .setFlexGrow(2);
        entries.addComponentColumn(this::actionsCell)
                .setHeader(getTranslation("governance.register.column.actions"))
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozenToEnd(true);
        // a phone shows the system and its state, the data, when it was granted, the note, beside the actions
        NarrowScreens.stackOnPhones(
                entries,
                getTranslation("governance.register.column.stacked"),
                this::stackedEntry,
                entries.getColumnByKey("actions"));
        entries.setEmptyStateText(getTranslation("governance.register.empty"));
        entries.setHeight("40vh");
    }

    Div stackedEntry(RegisterEntryView entry) {
        return NarrowScreens.stack(
                NarrowScreens.line(new Span(entry.system()), stateCell(entry)),
                NarrowScreens.line(entry.dataCategories()),
                NarrowScreens.line(
                        getTranslation(
                                entry.personalData()
                                        ? "governance.register.stacked.personal"
                                        : "governance.register.stacked.notPersonal"),
                        getTranslation(
                                "governance.register.stacked.granted", Formats.date(entry.grantedOn(), getLocale()))),
                NarrowScreens.line(entry.note()));
    }

    /** On a phone: the requirement, its status and comment one under the other, the last change in small. */
    Div stackedChecklistItem(ChecklistItemView item) {
        Select<Art28Status> status = statusCell(item);
        TextField comment = commentCell(item);
        comment.setPlaceholder(getTranslation("governance.register.checklist.column.comment"));
        return NarrowScreens.stack(
                NarrowScreens.line(item.item().letter() + ") " + label(item.item())),
                status,
                comment,
                NarrowScreens.line(changedText(item)));
    }

    /** "Actif", "Révocation prévue le …" or "Révoqué le …": in words, the colour only underlines it. */
    Span stateCell(RegisterEntryView entry) {
        LocalDate revoked = entry.revokedOn();
        String text = revoked == null
                ? getTranslation("governance.register.state.active")
                : getTranslation(
                        entry.active() ? "governance.register.state.revoking" : "governance.register.state.revoked",
                        Formats.date(revoked, getLocale()));
        Span badge = new Span(text);
        badge.addClassNames("av-gov-badge", entry.active() ? "av-gov-badge-done" : "av-gov-badge-planned");
        return badge;
    }

    Component actionsCell(RegisterEntryView entry) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> openEntryDialog(entry));
        edit.addThemeVariants(ButtonVariant.TERTIARY);
        edit.setAriaLabel(getTranslation("governance.register.entry.edit.label", entry.system()));
        edit.setTooltipText(getTranslation("governance.register.entry.edit"));
        HorizontalLayout cell = new HorizontalLayout(edit);
        if (entry.revokedOn() == null) {
            Button revoke = new Button(getTranslation("governance.register.revoke"), e -> confirmRevoke(entry));
            revoke.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            revoke.setAriaLabel(getTranslation("governance.register.revoke.label", entry.system()));
            cell.add(revoke);
        }
        return cell;
    }

    private void configureChecklist() {
        checklist
                .addColumn(i -> i.item().letter() + ") " + label(i.item()))
                .setHeader(getTranslation("governance.register.checklist.column.item"))
                .setKey("item")
                .setFlexGrow(3);
        checklist
                .addComponentColumn(this::statusCell)
                .setHeader(getTranslation("governance.register.checklist.column.status"))
                .setKey("status")
                .setAutoWidth(true)
                .setFlexGrow(0);
        checklist
                .addComponentColumn(this::commentCell)
                .setHeader(getTranslation("governance.register.checklist.column.comment"))
                .setKey("comment")
                .setFlexGrow(2);
        checklist
                .addColumn(this::changedText)
                .setHeader(getTranslation("governance.register.checklist.column.changed"))
                .setKey("changed")
                .setAutoWidth(true)
                .setFlexGrow(0);
        NarrowScreens.stackOnPhones(
                checklist, getTranslation("governance.register.checklist.column.item"), this::stackedChecklistItem);
        checklist.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        checklist.setAllRowsVisible(true);
    }

    String label(Art28Item item) {
        return getTranslation("governance.register.art28." + item.name().toLowerCase(Locale.ROOT));
    }

    private String status(Art28Status status) {
        return getTranslation("governance.register.status." + status.name().toLowerCase(Locale.ROOT));
    }

    Select<Art28Status> statusCell(ChecklistItemView item) {
        Select<Art28Status> select = new Select<>();
        select.setItems(Art28Status.values());
        select.setItemLabelGenerator(this::status);
        select.setValue(item.status());
        select.setAriaLabel(getTranslation("governance.register.checklist.status.label", label(item.item())));
        select.setReadOnly(!canSetChecklist());
        select.addClassName("av-register-status-" + item.status().name().toLowerCase(Locale.ROOT));
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                setItem(item.item(), e.getValue(), item.comment(), select);
            }
        });
        return select;
    }

    TextField commentCell(ChecklistItemView item) {
        TextField comment = new TextField();
        comment.setValue(item.comment());
        comment.setMaxLength(500);
        comment.setWidthFull();
        comment.setAriaLabel(getTranslation("governance.register.checklist.comment.label", label(item.item())));
        comment.setReadOnly(!canSetChecklist());
        comment.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                setItem(item.item(), item.status(), e.getValue(), comment);
            }
        });
        return comment;
    }

    private String changedText(ChecklistItemView item) {
        Instant at = item.changedAt();
        return at == null
                ? ""
                : getTranslation(
                        "governance.register.checklist.changed",
                        Formats.date(LocalDate.ofInstant(at, Formats.PARIS), getLocale()),
                        item.changedBy());
    }

    private boolean canSetChecklist() {
        RegisterSummary s = summary;
        return s != null && s.canSetChecklist();
    }

    private void setItem(
            Art28Item item, Art28Status status, String comment, com.vaadin.flow.component.HasValidation field) {
        UUID id = contractId;
        if (id == null) {
            return;
        }
        try {
            register.setChecklistItem(id, item, status, comment);
            Notification.show(getTranslation("governance.register.checklist.saved", label(item)))
                    .addThemeVariants(NotificationVariant.SUCCESS);
            reload();
        } catch (GovernanceRuleException e) {
            field.setErrorMessage(getTranslation(e.messageKey()));
            field.setInvalid(true);
        } catch (AccessDeniedException | ContractNotFoundException e) {
            denied();
        }
    }

    private void openEntryDialog(@Nullable RegisterEntryView entry) {
        UUID id = contractId;
        if (id != null) {
            new RegisterEntryDialog(register, id, entry, clock, this::reload).open();
        }
    }

    private void confirmRevoke(RegisterEntryView entry) {
        DatePicker on = new DatePicker(getTranslation("governance.register.revoke.on"));
        Pickers.french(on, this, getLocale());
        on.setValue(LocalDate.ofInstant(clock.instant(), Formats.PARIS));
        on.setRequiredIndicatorVisible(true);
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("governance.register.revoke.confirm.title", entry.system()));
        confirm.setText(new Div(new Paragraph(getTranslation("governance.register.revoke.confirm.text")), on));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("shared.cancel"));
        confirm.setConfirmText(getTranslation("governance.register.revoke.confirm.ok"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCloseOnEsc(true);
        confirm.addConfirmListener(e -> revoke(entry, on.getValue()));
        confirm.open();
    }

    void revoke(RegisterEntryView entry, @Nullable LocalDate on) {
        try {
            register.revokeEntry(entry.id(), on);
            Notification.show(getTranslation("governance.register.revoked", entry.system()))
                    .addThemeVariants(NotificationVariant.SUCCESS);
        } catch (GovernanceRuleException e) {
            Notification.show(getTranslation(e.messageKey())).addThemeVariants(NotificationVariant.ERROR);
        } catch (AccessDeniedException | ContractNotFoundException e) {
            denied();
        }
        reload();
    }

    private void openMarkReviewed() {
        UUID id = contractId;
        if (id != null) {
            new MarkReviewedDialog(register, reviews, id, this::reload).open();
        }
    }

    private void denied() {
        Notification.show(getTranslation("governance.error.denied")).addThemeVariants(NotificationVariant.ERROR);
    }

    /** After a change: a fresh summary (and rights), the register page and the checklist. */
    void reload() {
        UUID id = contractId;
        if (id == null) {
            return;
        }
        try {
            summary = register.summary(id);
        } catch (ContractNotFoundException e) {
            getContent().removeAll();
            contractId = null;
            showNotFound();
            return;
        }
        entries.getDataProvider().refreshAll();
        refreshSummary();
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
