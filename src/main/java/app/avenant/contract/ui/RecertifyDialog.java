package app.avenant.contract.ui;

import app.avenant.contract.AccessEntry;
import app.avenant.contract.ContractAccess;
import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.ContractRuleException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Recertifier mon côté": one checkbox per member of the owner's side, checked by default. Unchecked people
 * lose their access once the owner confirms it a second time, naming them. Owners and the contact person
 * always stay (their boxes are checked and locked).
 */
class RecertifyDialog extends Dialog {

    /** A side of a PME's contract has a handful of people; the dialog lists them all at once. */
    static final int MAX_MEMBERS = 500;

    private final ContractAccess access;
    private final UUID contractId;
    private final Runnable onDone;
    final Map<AccessEntry, Checkbox> boxes = new LinkedHashMap<>();
    final Button submit = new Button();

    RecertifyDialog(ContractAccess access, UUID contractId, List<AccessEntry> mySide, Runnable onDone) {
        this.access = access;
        this.contractId = contractId;
        this.onDone = onDone;
        setHeaderTitle(getTranslation("access.recertify.title"));
        addClassName("av-recertify-dialog");
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.add(new Paragraph(getTranslation("access.recertify.intro")));
        for (AccessEntry entry : mySide) {
            Checkbox box = new Checkbox(entry.displayName() + " — "
                    + getTranslation("contract.role." + entry.role().name()));
            box.setValue(true);
            if (stays(entry)) {
                box.setEnabled(false);
                box.setHelperText(getTranslation("access.recertify.stays"));
            }
            boxes.put(entry, box);
            list.add(box);
        }
        add(list);
        submit.setText(getTranslation("access.recertify.submit"));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickListener(e -> submit());
        getFooter().add(new Button(getTranslation("access.cancel"), e -> close()), submit);
    }

    /** Owners and contact persons keep their access whatever the boxes say (the service keeps them too). */
    private static boolean stays(AccessEntry entry) {
        return entry.contactPerson() || entry.role().isOwner();
    }

    void submit() {
        List<AccessEntry> leaving = boxes.entrySet().stream()
                .filter(e -> !e.getValue().getValue() && !stays(e.getKey()))
                .map(Map.Entry::getKey)
                .toList();
        if (leaving.isEmpty()) {
            certify();
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("access.recertify.confirm.title"));
        confirm.setText(getTranslation(
                "access.recertify.confirm.text",
                leaving.size(),
                leaving.stream().map(AccessEntry::displayName).collect(Collectors.joining(", "))));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("access.cancel"));
        confirm.setConfirmText(getTranslation("access.recertify.confirm.ok"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> certify());
        confirm.open();
    }

    private void certify() {
        Set<UUID> kept = boxes.entrySet().stream()
                .filter(e -> e.getValue().getValue() || stays(e.getKey()))
                .map(e -> e.getKey().userId())
                .collect(Collectors.toSet());
        Set<UUID> letGo = boxes.keySet().stream()
                .map(AccessEntry::userId)
                .filter(id -> !kept.contains(id))
                .collect(Collectors.toSet());
        try {
            access.certifyAccess(contractId, kept, letGo);
        } catch (ContractRuleException e) {
            AccessReviewView.error(getTranslation(e.messageKey()));
            return;
        } catch (AccessDeniedException | ContractNotFoundException e) {
            AccessReviewView.error(getTranslation("access.error.denied"));
            return;
        }
        AccessReviewView.success(getTranslation("access.recertify.done"));
        close();
        onDone.run();
    }
}
