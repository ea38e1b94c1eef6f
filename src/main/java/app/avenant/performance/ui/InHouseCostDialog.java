package app.avenant.performance.ui;

import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.terms.ScopeItem;
import app.avenant.contract.terms.Terms;
import app.avenant.performance.InHouseCost;
import app.avenant.performance.InHouseCosts;
import app.avenant.performance.StatementRuleException;
import app.avenant.shared.format.AmountParser;
import app.avenant.shared.format.UnreadableNumberException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * « Coût interne avant externalisation »: people, their monthly cost, tools, hours and deliverables a month, and the
 * scope item it counts in. Amounts are read as a French accountant types them ({@code 2 400,50}); a refusal is
 * said next to its field and nothing is stored.
 */
class InHouseCostDialog extends Dialog {

    private static final String WHOLE_CONTRACT = "";

    private final UUID contractId;
    private final InHouseCosts inHouse;
    private final Runnable onSaved;
    final Select<String> item = new Select<>();
    final TextField people = new TextField();
    final TextField staff = new TextField();
    final TextField tools = new TextField();
    final TextField hours = new TextField();
    final TextField units = new TextField();
    final TextArea note = new TextArea();
    final Span error = new Span();
    final Button save = new Button();

    InHouseCostDialog(
            UUID contractId, Terms terms, @Nullable InHouseCost current, InHouseCosts inHouse, Runnable onSaved) {
        this.contractId = contractId;
        this.inHouse = inHouse;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation("performance.value.dialog.title"));
        setId("inhouse-dialog");

        List<String> keys = new ArrayList<>();
        keys.add(WHOLE_CONTRACT);
        terms.scopeItems().stream().map(ScopeItem::key).forEach(keys::add);
        item.setLabel(getTranslation("performance.value.dialog.item"));
        item.setItems(keys);
        item.setItemLabelGenerator(key -> key.isEmpty()
                ? getTranslation("performance.value.dialog.item.whole")
                : terms.scopeItem(key).map(ScopeItem::title).orElse(key));
        item.setValue(current == null || current.scopeItemKey() == null ? WHOLE_CONTRACT : current.scopeItemKey());

        people.setLabel(getTranslation("performance.value.dialog.people"));
        people.setHelperText(getTranslation("performance.value.dialog.people.hint"));
        staff.setLabel(getTranslation("performance.value.dialog.staff"));
        staff.setHelperText(getTranslation("performance.value.dialog.staff.hint"));
        staff.setSuffixComponent(new Span("€"));
        tools.setLabel(getTranslation("performance.value.dialog.tools"));
        tools.setSuffixComponent(new Span("€"));
        hours.setLabel(getTranslation("performance.value.dialog.hours"));
        units.setLabel(getTranslation("performance.value.dialog.units"));
        units.setRequiredIndicatorVisible(true);
        note.setLabel(getTranslation("performance.value.dialog.note"));
        note.setMaxLength(InHouseCost.NOTE_MAX);
        if (current != null) {
            people.setValue(plain(current.people()));
            staff.setValue(plain(current.staffMonthly()));
            tools.setValue(plain(current.toolsMonthly()));
            hours.setValue(String.valueOf(current.hoursMonthly()));
            units.setValue(String.valueOf(current.unitsMonthly()));
            note.setValue(current.note());
        }
        for (TextField field : List.of(people, staff, tools, hours, units)) {
            field.addValueChangeListener(e -> field.setInvalid(false));
        }

        error.addClassName("av-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);

        FormLayout form = new FormLayout(item, people, staff, tools, hours, units, note);
        form.setColspan(note, 2);
        add(new Paragraph(getTranslation("performance.value.dialog.text")), form, error);

        save.setText(getTranslation("performance.value.dialog.save"));
        save.setId("inhouse-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("contract.pilot.dialog.cancel"), e -> close()), save);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    void save() {
        error.setVisible(false);
        BigDecimal peopleValue = amount(people, false);
        BigDecimal staffValue = amount(staff, false);
        BigDecimal toolsValue = amount(tools, false);
        BigDecimal hoursValue = amount(hours, false);
        BigDecimal unitsValue = amount(units, true);
        if (peopleValue == null
                || staffValue == null
                || toolsValue == null
                || hoursValue == null
                || unitsValue == null) {
            return;
        }
        if (unitsValue.signum() <= 0 || unitsValue.stripTrailingZeros().scale() > 0) {
            invalid(units, "performance.inhouse.error.units");
            return;
        }
        if (hoursValue.stripTrailingZeros().scale() > 0 || hoursValue.signum() < 0) {
            invalid(hours, "performance.inhouse.error.negative");
            return;
        }
        InHouseCost cost = new InHouseCost(
                item.getValue() == null || item.getValue().isEmpty() ? null : item.getValue(),
                peopleValue,
                staffValue,
                toolsValue,
                hoursValue.intValueExact(),
                unitsValue.longValueExact(),
                note.getValue());
        try {
            inHouse.save(contractId, cost);
        } catch (StatementRuleException e) {
            switch (e.code()) {
                case "performance.inhouse.error.units" -> invalid(units, e.code());
                case "performance.inhouse.error.negative" -> showError(getTranslation(e.code()));
                default -> showError(getTranslation(e.code()));
            }
            return;
        } catch (AccessDeniedException | ContractNotFoundException e) {
            showError(getTranslation("performance.inhouse.error.denied"));
            return;
        }
        close();
        Notification.show(getTranslation("performance.value.dialog.done"))
                .addThemeVariants(NotificationVariant.SUCCESS);
        onSaved.run();
    }

    /** The typed number, 0 when left empty (unless required); null after saying what is wrong next to the field. */
    private @Nullable BigDecimal amount(TextField field, boolean required) {
        String text = field.getValue().strip();
        if (text.isEmpty()) {
            if (required) {
                invalid(field, "performance.inhouse.error.units");
                return null;
            }
            return BigDecimal.ZERO;
        }
        try {
            BigDecimal value = AmountParser.parse(text, getLocale());
            if (value.signum() < 0) {
                invalid(field, "performance.inhouse.error.negative");
                return null;
            }
            return value.setScale(Math.min(2, Math.max(0, value.scale())), java.math.RoundingMode.HALF_UP);
        } catch (UnreadableNumberException e) {
            invalid(field, "performance.inhouse.error.number");
            return null;
        }
    }

    private void invalid(TextField field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
