package app.avenant.contract.ui;

import app.avenant.contract.ContractAccess;
import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.ContractRole;
import app.avenant.contract.ContractRuleException;
import app.avenant.contract.Side;
import app.avenant.identity.UserRef;
import app.avenant.identity.Users;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Ajouter un membre": a person of the caller's organisation not on the contract yet and a role of the caller's side,
 * the least privileged one preselected. Enter submits; refusals are shown inside the dialog.
 */
class AddMemberDialog extends Dialog {

    private final ContractAccess access;
    private final Users users;
    private final UUID contractId;
    private final Runnable onAdded;
    final ComboBox<UserRef> user = new ComboBox<>();
    final Select<ContractRole> role = new Select<>();
    final Span error = new Span();
    final Button submit = new Button();
    private final Set<UUID> members;

    AddMemberDialog(
            ContractAccess access, Users users, UUID contractId, Side side, Set<UUID> members, Runnable onAdded) {
        this.access = access;
        this.members = Set.copyOf(members);
        this.users = users;
        this.contractId = contractId;
        this.onAdded = onAdded;
        setHeaderTitle(getTranslation("contract.team.dialog.title"));
        addClassName("av-add-member");
        // wide enough for its labels ("Personne de votre organisation" was cut), never wider than a phone
        setWidth("min(30rem, 95vw)");

        user.setLabel(getTranslation("contract.team.dialog.user"));
        user.setItemLabelGenerator(u -> u.displayName() + " (" + u.username() + ")");
        user.setItems(
                query -> matching(query.getFilter().orElse(""), query.getOffset(), query.getLimit()),
                query -> countMatching(query.getFilter().orElse("")));
        boolean nobodyToAdd = countMatching("") == 0;
        if (nobodyToAdd) {
            user.setHelperText(getTranslation("contract.team.dialog.user.none"));
        }
        user.setRequiredIndicatorVisible(true);
        user.setWidthFull();
        user.addValueChangeListener(e -> clearError());

        role.setLabel(getTranslation("contract.team.dialog.role"));
        role.setItems(Arrays.stream(ContractRole.values())
                .filter(r -> r.side() == side)
                .toList());
        role.setItemLabelGenerator(r -> Labels.role(this, r));
        role.setValue(ContractRole.defaultFor(side));
        role.setHelperText(getTranslation("contract.team.dialog.role.hint"));
        role.setWidthFull();

        error.addClassName("av-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);

        VerticalLayout form = new VerticalLayout(user, role, error);
        form.setPadding(false);
        add(form);

        submit.setText(getTranslation("contract.team.dialog.submit"));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickListener(e -> submit());
        submit.addClickShortcut(Key.ENTER).listenOn(this);
        submit.setEnabled(!nobodyToAdd);
        Button cancel = new Button(getTranslation("contract.team.cancel"), e -> close());
        getFooter().add(cancel, submit);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                user.focus();
            }
        });
    }

    void submit() {
        UserRef chosen = user.getValue();
        if (chosen == null) {
            user.setInvalid(true);
            user.setErrorMessage(getTranslation("contract.team.dialog.user.required"));
            return;
        }
        ContractRole chosenRole = role.getValue() != null
                ? role.getValue()
                : role.getListDataView().getItem(0);
        try {
            access.addMember(contractId, chosen.id(), chosenRole);
        } catch (ContractRuleException e) {
            showError(getTranslation(e.messageKey()));
            return;
        } catch (AccessDeniedException | ContractNotFoundException e) {
            showError(getTranslation("contract.team.error.denied"));
            return;
        }
        close();
        Notification.show(getTranslation(
                        "contract.team.dialog.done", chosen.displayName(), Labels.role(this, chosenRole)))
                .addThemeVariants(NotificationVariant.SUCCESS);
        onAdded.run();
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private void clearError() {
        user.setInvalid(false);
        error.setVisible(false);
    }

    /**
     * The people of the caller's organisation not on the contract yet, by name or username: a PME's organisation
     * is small, so it is read whole and filtered here (Users has no name filter). Members already on the contract
     * are not offered: adding them again could only fail.
     */
    private Stream<UserRef> matching(String filter, int offset, int limit) {
        return filtered(filter).stream().skip(offset).limit(limit);
    }

    private int countMatching(String filter) {
        return filtered(filter).size();
    }

    private List<UserRef> filtered(String filter) {
        String needle = filter.strip().toLowerCase(Locale.ROOT);
        int all = (int) Math.min(Integer.MAX_VALUE, users.countUsersOfMyOrganisation());
        return users.usersOfMyOrganisation(0, all).stream()
                .filter(u -> !members.contains(u.id()))
                .filter(u -> u.displayName().toLowerCase(Locale.ROOT).contains(needle)
                        || u.username().toLowerCase(Locale.ROOT).contains(needle))
                .toList();
    }
}
