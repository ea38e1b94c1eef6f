package app.avenant.contract.ui;

import app.avenant.contract.ContractAccess;
import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.ContractRole;
import app.avenant.contract.ContractRuleException;
import app.avenant.contract.ContractStatus;
import app.avenant.contract.ContractWorkspace;
import app.avenant.contract.Contracts;
import app.avenant.contract.Member;
import app.avenant.contract.Side;
import app.avenant.identity.Users;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.Clicks;
import app.avenant.shared.ui.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * Tab "Équipe": the members of both sides, paged from {@link Contracts#members}. An organisation admin adds
 * people of their own organisation and names their side's contact person.
 */
class TeamTab extends Composite<Div> {

    private final Contracts contracts;
    private final ContractAccess access;
    private final ContractWorkspace workspace;
    private final Runnable onContactChanged;
    private final Grid<Member> grid = new Grid<>();

    TeamTab(
            Contracts contracts,
            ContractAccess access,
            Users users,
            ContractWorkspace workspace,
            Runnable onContactChanged) {
        this.contracts = contracts;
        this.access = access;
        this.workspace = workspace;
        this.onContactChanged = onContactChanged;
        UUID contractId = workspace.id();
        Side mySide = workspace.myRole().side();
        Div root = getContent();
        root.addClassName("av-tab");

        Div toolbar = new Div();
        toolbar.addClassName("av-toolbar");
        // an ended contract takes no new member (ContractAccess refuses it too)
        if (workspace.callerIsAdminOfParty() && workspace.status() != ContractStatus.TERMINATED) {
            Button add = new Button(getTranslation("contract.team.add"), VaadinIcon.PLUS.create());
            Clicks.on(
                    add,
                    () -> new AddMemberDialog(
                                    access, users, contractId, mySide, currentMembers(contractId), this::refresh)
                            .open());
            add.addThemeVariants(ButtonVariant.PRIMARY);
            add.setId("add-member");
            toolbar.add(add);
        }
        ContractRole myRole = workspace.myRole();
        if (myRole.isOwner()) {
            // the owners of both sides review who has access
            Anchor review =
                    Routes.link(ContractNavigation.accessReview(contractId), getTranslation("access.team.link"));
            review.addClassName("av-access-review-link");
            toolbar.add(review);
        }
        if (toolbar.getComponentCount() > 0) {
            root.add(toolbar);
        }

        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::name)
                .setHeader(getTranslation("contract.team.column.name"))
                .setKey("name")
                .setFlexGrow(2);
        grid.addColumn(Member::organisationName)
                .setHeader(getTranslation("contract.team.column.organisation"))
                .setKey("organisation")
                .setFlexGrow(2);
        grid.addColumn(m -> Labels.side(this, m.side()))
                .setHeader(getTranslation("contract.team.column.side"))
                .setKey("side")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(m -> Labels.role(this, m.role()))
                .setHeader(getTranslation("contract.team.column.role"))
                .setKey("role")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(m -> Formats.date(LocalDate.ofInstant(m.since(), Formats.PARIS), getLocale()))
                .setHeader(getTranslation("contract.team.column.since"))
                .setKey("since")
                .setAutoWidth(true)
                .setFlexGrow(0);
        if (workspace.callerIsAdminOfParty()) {
            grid.addComponentColumn(m -> actions(m, mySide))
                    .setHeader(getTranslation("contract.team.column.actions"))
                    .setKey("actions")
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.setItems(query -> contracts.members(contractId, query.getOffset(), query.getLimit()).stream(), query ->
                (int) Math.min(Integer.MAX_VALUE, contracts.countMembers(contractId)));
        grid.setAllRowsVisible(true);
        root.add(grid);
    }

    private Component name(Member member) {
        Div cell = new Div(new Span(member.displayName()));
        cell.addClassName("av-inline");
        if (member.contactPerson()) {
            cell.add(new Pill(getTranslation("contract.team.contact"), Pill.Tone.INFO));
        }
        return cell;
    }

    private Component actions(Member member, Side mySide) {
        if (member.side() != mySide || member.contactPerson() || workspace.status() == ContractStatus.TERMINATED) {
            return new Span();
        }
        Button name = new Button(getTranslation("contract.team.nameContact"));
        Clicks.on(name, () -> confirmContact(member));
        name.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        return name;
    }

    private void confirmContact(Member member) {
        String organisation = member.side() == Side.CLIENT
                ? workspace.client().organisationName()
                : workspace.provider().organisationName();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("contract.team.nameContact.confirm.title"));
        confirm.setText(getTranslation("contract.team.nameContact.confirm.text", member.displayName(), organisation));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("contract.team.cancel"));
        confirm.setConfirmText(getTranslation("contract.team.nameContact.confirm.ok"));
        confirm.addConfirmListener(e -> nameContact(member));
        confirm.open();
    }

    private void nameContact(Member member) {
        try {
            access.nameContactPerson(workspace.id(), member.userId());
        } catch (ContractRuleException e) {
            error(getTranslation(e.messageKey()));
            return;
        } catch (AccessDeniedException | ContractNotFoundException e) {
            error(getTranslation("contract.team.error.denied"));
            return;
        }
        Notification.show(getTranslation("contract.team.nameContact.done", member.displayName()))
                .addThemeVariants(NotificationVariant.SUCCESS);
        refresh();
        onContactChanged.run();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private static void error(String message) {
        Notification.show(message).addThemeVariants(NotificationVariant.ERROR);
    }

    /** Who is on the contract now: the dialog offers only the others. */
    private Set<UUID> currentMembers(UUID contractId) {
        int all = (int) Math.min(Integer.MAX_VALUE, contracts.countMembers(contractId));
        return contracts.members(contractId, 0, all).stream()
                .map(Member::userId)
                .collect(Collectors.toSet());
    }
}
