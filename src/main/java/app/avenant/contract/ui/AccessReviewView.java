package app.avenant.contract.ui;

import app.avenant.contract.AccessEntry;
import app.avenant.contract.AccessState;
import app.avenant.contract.ContractAccess;
import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.ContractRole;
import app.avenant.contract.ContractRuleException;
import app.avenant.contract.Contracts;
import app.avenant.contract.LastAccess;
import app.avenant.contract.RecertificationRound;
import app.avenant.contract.Side;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.Clicks;
import app.avenant.shared.ui.DatePickers;
import app.avenant.shared.ui.NarrowScreens;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Revue des accès" of one contract, for the owners of both sides (PME owner, provider manager): who has
 * access, since when, granted by whom, until when, certified by whom, when they last opened the contract
 * (from the audit trail, through {@link LastAccess}), and in which state. Per row: revoke (after a
 * confirmation naming the person), change the role, set a provider member's end date. "Recertifier mon côté"
 * confirms the caller's side in one go.
 * Other members read why they cannot see it; outsiders get "Contrat introuvable" like everywhere.
 */
@Route("contracts/:contractId/access")
@PermitAll
@StyleSheet("context://styles/contract.css")
@StyleSheet("context://styles/access.css")
public class AccessReviewView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

    static final String CONTRACT_ID = "contractId";
    private static final OwnerPage.Texts TEXTS =
            new OwnerPage.Texts("access.title", "access.back", "access.denied", "av-access-denied");

    private final Contracts contracts;
    private final ContractAccess access;
    private final LastAccess lastAccess;
    private final Clock clock;
    final Grid<AccessRow> grid = new Grid<>();
    final Button recertify = new Button();
    final Div banner = new Div();
    private String pageTitle = "";
    private @Nullable UUID contractId;
    private Side mySide = Side.CLIENT;

    /** An entry with the last time that person opened the contract (null: never, as far as the trail goes). */
    record AccessRow(AccessEntry entry, @Nullable Instant lastAccess) {}

    public AccessReviewView(Contracts contracts, ContractAccess access, LastAccess lastAccess, Clock clock) {
        this.contracts = contracts;
        this.access = access;
        this.lastAccess = lastAccess;
        this.clock = clock;
        getContent().addClassName("av-access-review");
        recertify.setText(getTranslation("access.recertify"));
        recertify.setIcon(VaadinIcon.CHECK_SQUARE_O.create());
        recertify.addThemeVariants(ButtonVariant.PRIMARY);
        Clicks.on(recertify, this::openRecertifyDialog);
        banner.addClassName("av-access-banner");
        banner.getElement().setAttribute("role", "status");
        configureGrid();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        contractId = null;
        pageTitle = OwnerPage.show(
                this,
                getContent(),
                event,
                contracts,
                TEXTS,
                contract -> {
                    ContractRole role = contracts.myRole(contract.id());
                    mySide = role.side();
                    return role.isOwner();
                },
                contract -> body(contract.id()));
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    private void body(UUID id) {
        contractId = id;
        grid.setItems(query -> page(id, query.getOffset(), query.getLimit()).stream(), query ->
                (int) Math.min(Integer.MAX_VALUE, access.countAccessReview(id)));
        Div toolbar = new Div(recertify);
        toolbar.addClassName("av-toolbar");
        getContent().add(new Paragraph(getTranslation("access.intro")), banner, toolbar, grid);
        refreshBanner();
    }

    /** One page of entries and, in one more query, when each of those people last opened the contract. */
    private List<AccessRow> page(UUID id, int offset, int limit) {
        List<AccessEntry> entries = access.accessReview(id, offset, limit);
        Map<UUID, Instant> last = entries.isEmpty()
                ? Map.of()
                : lastAccess.lastAccess(
                        id, entries.stream().map(AccessEntry::userId).toList());
        return entries.stream().map(e -> new AccessRow(e, last.get(e.userId()))).toList();
    }

    private void refreshBanner() {
        UUID id = contractId;
        banner.removeAll();
        banner.setVisible(false);
        if (id == null) {
            return;
        }
        Optional<RecertificationRound> round = access.recertificationRound(id);
        LocalDate today = LocalDate.now(clock);
        if (round.isEmpty()
                || (round.get().pendingOnMySide() == 0
                        && today.isAfter(round.get().due()))) {
            return;
        }
        RecertificationRound r = round.get();
        String text = getTranslation(
                "access.round.banner",
                Formats.date(LocalDate.ofInstant(r.from(), Formats.PARIS), getLocale()),
                Formats.date(r.due(), getLocale()));
        String pending = r.pendingOnMySide() == 0
                ? getTranslation("access.round.done")
                : getTranslation("access.round.pending", r.pendingOnMySide());
        banner.add(new Span(text + " " + pending));
        banner.setVisible(true);
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
        refreshBanner();
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // five columns, so that a 1366 px screen shows them all with the actions (nine scrolled 288 px sideways):
        // the state and the last access go under the name, when and by whom it was granted and confirmed share one
        grid.addComponentColumn(this::name)
                .setHeader(getTranslation("access.column.name"))
                .setKey("name")
                .setFlexGrow(2)
                .setAutoWidth(true);
        grid.addComponentColumn(this::role)
                .setHeader(getTranslation("access.column.role"))
                .setKey("role")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::grantedAndConfirmed)
                .setHeader(getTranslation("access.column.granted"))
                .setKey("granted")
                .setWidth("12rem")
                .setFlexGrow(1);
        grid.addComponentColumn(this::expiry)
                .setHeader(getTranslation("access.column.expiresOn"))
                .setKey("expiresOn")
                .setAutoWidth(true)
                .setFlexGrow(0);
        // the actions stay in view at 1366 px: the other columns scroll under them rather than push them out
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("access.column.actions"))
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozenToEnd(true);
        // a phone shows the person, state, role and end of access one under the other, beside the actions
        NarrowScreens.stackOnPhones(
                grid, getTranslation("access.column.stacked"), this::stackedCell, grid.getColumnByKey("actions"));
        grid.setEmptyStateText(getTranslation("access.empty"));
        grid.setAllRowsVisible(true);
    }

    private Component stackedCell(AccessRow row) {
        AccessEntry entry = row.entry();
        Component role = entry.mayChangeRole()
                ? labelled(role(row), "access.column.role")
                : NarrowScreens.line(getTranslation("access.stacked.role", roleLabel(entry.role())));
        Component expiry;
        if (entry.maySetExpiry()) {
            expiry = labelled(expiry(row), "access.column.expiresOn");
        } else if (entry.expiresOn() != null) {
            expiry = NarrowScreens.line(
                    getTranslation("access.stacked.expiresOn", Formats.date(entry.expiresOn(), getLocale())));
        } else {
            expiry = NarrowScreens.line(getTranslation("access.stacked.noExpiry"));
        }
        String grantedBy = grantedBy(entry);
        String lastAccess = lastAccess(row);
        Div person = NarrowScreens.line(new Span(entry.displayName()));
        if (entry.contactPerson()) {
            person.add(pill(getTranslation("access.contact"), "info"));
        }
        person.add(state(entry.state()));
        return NarrowScreens.stack(
                person,
                NarrowScreens.line(entry.organisationName()),
                role,
                expiry,
                NarrowScreens.line(getTranslation("access.stacked.since", date(entry.since()), grantedBy)),
                NarrowScreens.line(getTranslation("access.stacked.certified", certified(row))),
                NarrowScreens.line(getTranslation("access.stacked.lastAccess", lastAccess)));
    }

    /** A field in a stacked cell says what it is: no column header above it there. */
    private Component labelled(Component field, String labelKey) {
        if (field instanceof HasLabel labelled) {
            labelled.setLabel(getTranslation(labelKey));
        }
        return field;
    }

    private Component name(AccessRow row) {
        // the organisation, the state and the last access under the name: the actions stay in view on a laptop
        Span organisation = new Span(row.entry().organisationName());
        organisation.addClassName("av-access-organisation");
        Div cell = new Div(new Span(row.entry().displayName()));
        cell.addClassName("av-inline");
        if (row.entry().contactPerson()) {
            cell.add(pill(getTranslation("access.contact"), "info"));
        }
        cell.add(state(row.entry().state()));
        Span lastAccess = new Span(getTranslation("access.stacked.lastAccess", lastAccess(row)));
        lastAccess.addClassName("av-access-last");
        return new Div(cell, organisation, new Div(lastAccess));
    }

    private String lastAccess(AccessRow row) {
        return row.lastAccess() != null
                ? Formats.dateTime(row.lastAccess(), getLocale())
                : getTranslation("access.never");
    }

    private String grantedBy(AccessEntry entry) {
        return entry.grantedByName() != null ? entry.grantedByName() : getTranslation("access.application");
    }

    /** When and by whom the access was granted, then when and by whom it was last confirmed. */
    private Component grantedAndConfirmed(AccessRow row) {
        AccessEntry entry = row.entry();
        return new Div(
                new Div(new Span(getTranslation("access.stacked.since", date(entry.since()), grantedBy(entry)))),
                new Div(new Span(getTranslation("access.stacked.certified", certified(row)))));
    }

    private Component role(AccessRow row) {
        AccessEntry entry = row.entry();
        if (!entry.mayChangeRole()) {
            return new Span(roleLabel(entry.role()));
        }
        Select<ContractRole> select = new Select<>();
        select.setItems(Arrays.stream(ContractRole.values())
                .filter(r -> r.side() == entry.side())
                .toList());
        select.setItemLabelGenerator(this::roleLabel);
        select.setValue(entry.role());
        select.setAriaLabel(getTranslation("access.role.aria", entry.displayName()));
        select.setWidth("11rem");
        select.addValueChangeListener(e -> {
            if (e.getValue() == null || e.getValue() == entry.role()) {
                return;
            }
            changeRole(entry, select, e.getValue());
        });
        return select;
    }

    private void changeRole(AccessEntry entry, Select<ContractRole> select, ContractRole role) {
        try {
            access.changeRole(requireId(), entry.userId(), role);
        } catch (ContractRuleException e) {
            select.setInvalid(true);
            select.setErrorMessage(getTranslation(e.messageKey()));
            return;
        } catch (AccessDeniedException | ContractNotFoundException e) {
            error(getTranslation("access.error.denied"));
            return;
        }
        success(getTranslation("access.role.done", entry.displayName(), roleLabel(role)));
        refresh();
    }

    private Component expiry(AccessRow row) {
        AccessEntry entry = row.entry();
        if (!entry.maySetExpiry()) {
            return new Span(entry.expiresOn() != null ? Formats.date(entry.expiresOn(), getLocale()) : "—");
        }
        DatePicker picker = new DatePicker();
        DatePickers.localised(picker, getLocale(), getTranslation("access.expiry.invalid"));
        picker.setPlaceholder(getTranslation("access.expiry.none"));
        picker.setClearButtonVisible(true);
        picker.setMin(LocalDate.now(clock).plusDays(1));
        picker.setValue(entry.expiresOn());
        picker.setAriaLabel(getTranslation("access.expiry.aria", entry.displayName()));
        picker.setWidth("10rem");
        picker.addValueChangeListener(e -> {
            if (java.util.Objects.equals(e.getValue(), entry.expiresOn())) {
                return;
            }
            setExpiry(entry, picker, e.getValue());
        });
        return picker;
    }

    private void setExpiry(AccessEntry entry, DatePicker picker, @Nullable LocalDate day) {
        try {
            access.setAccessExpiry(requireId(), entry.userId(), day);
        } catch (ContractRuleException e) {
            picker.setInvalid(true);
            picker.setErrorMessage(getTranslation(e.messageKey()));
            return;
        } catch (AccessDeniedException | ContractNotFoundException e) {
            error(getTranslation("access.error.denied"));
            return;
        }
        success(
                day == null
                        ? getTranslation("access.expiry.cleared", entry.displayName())
                        : getTranslation("access.expiry.done", entry.displayName(), Formats.date(day, getLocale())));
        refresh();
    }

    private String certified(AccessRow row) {
        Instant at = row.entry().certifiedAt();
        if (at == null) {
            return getTranslation("access.certified.never");
        }
        String by = row.entry().certifiedByName();
        return getTranslation(
                "access.certified.value", date(at), by != null ? by : getTranslation("access.application"));
    }

    private Component state(AccessState state) {
        String tone = switch (state) {
            case ACTIVE -> "success";
            case TO_RECERTIFY -> "warning";
            case EXPIRED, LAPSED -> "danger";
        };
        return pill(getTranslation("access.state." + state.name()), tone);
    }

    private Component actions(AccessRow row) {
        AccessEntry entry = row.entry();
        if (!entry.mayRevoke()) {
            return new Span();
        }
        Button revoke = new Button(getTranslation("access.revoke"), VaadinIcon.BAN.create());
        Clicks.on(revoke, () -> confirmRevoke(entry));
        revoke.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL, ButtonVariant.ERROR);
        revoke.setAriaLabel(getTranslation("access.revoke.aria", entry.displayName()));
        return revoke;
    }

    private void confirmRevoke(AccessEntry entry) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("access.revoke.confirm.title", entry.displayName()));
        confirm.setText(getTranslation("access.revoke.confirm.text", entry.displayName(), entry.organisationName()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("access.cancel"));
        confirm.setConfirmText(getTranslation("access.revoke.confirm.ok"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> revoke(entry));
        confirm.open();
    }

    private void revoke(AccessEntry entry) {
        try {
            access.revokeAccess(requireId(), entry.userId());
        } catch (ContractRuleException e) {
            error(getTranslation(e.messageKey()));
            return;
        } catch (AccessDeniedException | ContractNotFoundException e) {
            error(getTranslation("access.error.denied"));
            return;
        }
        success(getTranslation("access.revoke.done", entry.displayName()));
        refresh();
    }

    private void openRecertifyDialog() {
        UUID id = requireId();
        List<AccessEntry> mine = access.accessReview(id, 0, RecertifyDialog.MAX_MEMBERS).stream()
                .filter(e -> e.side() == mySide)
                .toList();
        new RecertifyDialog(access, id, mine, this::refresh).open();
    }

    private UUID requireId() {
        UUID id = contractId;
        if (id == null) {
            throw new ContractNotFoundException(new UUID(0, 0));
        }
        return id;
    }

    String roleLabel(ContractRole role) {
        return getTranslation("contract.role." + role.name());
    }

    private String date(Instant instant) {
        return Formats.date(LocalDate.ofInstant(instant, Formats.PARIS), getLocale());
    }

    static Span pill(String text, String tone) {
        Span pill = new Span(text);
        pill.addClassNames("av-pill", "av-pill--" + tone.toLowerCase(Locale.ROOT));
        return pill;
    }

    static void success(String message) {
        Notification.show(message).addThemeVariants(NotificationVariant.SUCCESS);
    }

    static void error(String message) {
        Notification.show(message).addThemeVariants(NotificationVariant.ERROR);
    }
}
