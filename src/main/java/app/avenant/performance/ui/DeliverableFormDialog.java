package app.avenant.performance.ui;

import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.terms.Deadline;
import app.avenant.contract.terms.ScopeItem;
import app.avenant.contract.ui.TermsText;
import app.avenant.performance.DeliverableInput;
import app.avenant.performance.DeliverableRow;
import app.avenant.performance.DeliverableSource;
import app.avenant.performance.DeliverableViolation;
import app.avenant.performance.Deliverables;
import app.avenant.performance.InvalidDeliverablesException;
import app.avenant.performance.QualityOutcome;
import app.avenant.shared.format.AmountParser;
import app.avenant.shared.format.UnreadableNumberException;
import app.avenant.shared.ui.DatePickers;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Ajouter un livrable" / "Modifier le livrable": the form way in. The form only checks what it needs to
 * build a deliverable (required values, an amount it can read); every business rule is the service's, and
 * each broken one is shown next to its field. Nothing is stored while one is broken.
 */
class DeliverableFormDialog extends Dialog {

    /** What the form edits; the service gets an immutable {@link DeliverableInput}. */
    static final class Form {
        private String reference = "";
        private @Nullable String scopeItem;
        private @Nullable LocalDate dueDate;
        private @Nullable LocalDate deliveredOn;
        private @Nullable Integer units;
        private @Nullable QualityOutcome quality;
        private @Nullable BigDecimal cost;

        String getReference() {
            return reference;
        }

        void setReference(String reference) {
            this.reference = reference;
        }

        @Nullable
        String getScopeItem() {
            return scopeItem;
        }

        void setScopeItem(@Nullable String scopeItem) {
            this.scopeItem = scopeItem;
        }

        @Nullable
        LocalDate getDueDate() {
            return dueDate;
        }

        void setDueDate(@Nullable LocalDate dueDate) {
            this.dueDate = dueDate;
        }

        @Nullable
        LocalDate getDeliveredOn() {
            return deliveredOn;
        }

        void setDeliveredOn(@Nullable LocalDate deliveredOn) {
            this.deliveredOn = deliveredOn;
        }

        @Nullable
        Integer getUnits() {
            return units;
        }

        void setUnits(@Nullable Integer units) {
            this.units = units;
        }

        @Nullable
        QualityOutcome getQuality() {
            return quality;
        }

        void setQuality(@Nullable QualityOutcome quality) {
            this.quality = quality;
        }

        @Nullable
        BigDecimal getCost() {
            return cost;
        }

        void setCost(@Nullable BigDecimal cost) {
            this.cost = cost;
        }
    }

    private final Deliverables deliverables;
    private final UUID contractId;
    private final @Nullable DeliverableRow editing;
    private final Runnable onSaved;
    private final DeliverableTexts texts = new DeliverableTexts(this);
    private final Binder<Form> binder = new Binder<>();
    private final Form form = new Form();

    final TextField reference = new TextField();
    final Select<String> scopeItem = new Select<>();
    final DatePicker dueDate = new DatePicker();
    final DatePicker deliveredOn = new DatePicker();
    /** When it was asked for: with a deadline on its scope item, the due date follows from it. */
    final DateTimePicker requestedAt = new DateTimePicker();
    /** The delivery's time, for a deadline counted in hours. */
    final TimePicker deliveredTime = new TimePicker();

    private final Map<String, Deadline> deadlines;
    /** Text read by the portal's number rule ("1 040"; "1.040" refused with a suggestion), not a browser number input. */
    final TextField units = new TextField();

    final Select<QualityOutcome> quality = new Select<>();
    final TextField cost = new TextField();
    final Span error = new Span();
    final Button save = new Button();

    /**
     * @param items   the scope items a deliverable may be recorded against (the current terms)
     * @param deadlines the deadline a service level sets on a scope item, by its key
     * @param editing the row corrected, or null to add one
     */
    DeliverableFormDialog(
            Deliverables deliverables,
            UUID contractId,
            List<ScopeItem> items,
            Map<String, Deadline> deadlines,
            @Nullable DeliverableRow editing,
            Runnable onSaved) {
        this.deadlines = deadlines;
        this.deliverables = deliverables;
        this.contractId = contractId;
        this.editing = editing;
        this.onSaved = onSaved;
        addClassName("av-deliverable-form");
        setWidth("min(44rem, 95vw)");
        setHeaderTitle(
                texts.t(editing == null ? "performance.deliverables.form.add" : "performance.deliverables.form.edit"));

        reference.setLabel(texts.t("performance.deliverables.form.reference"));
        reference.setHelperText(texts.t("performance.deliverables.form.reference.hint"));
        reference.setReadOnly(editing != null);

        Map<String, String> titles = new LinkedHashMap<>();
        items.forEach(item -> titles.put(item.key(), item.title()));
        if (editing != null) {
            // an item since removed from the terms still names the deliverable being corrected
            titles.putIfAbsent(editing.scopeItemKey(), editing.scopeItemTitle());
        }
        scopeItem.setLabel(texts.t("performance.deliverables.form.scopeItem"));
        scopeItem.setItems(new ArrayList<>(titles.keySet()));
        scopeItem.setItemLabelGenerator(key -> key == null ? "" : titles.getOrDefault(key, key) + " (" + key + ")");
        if (titles.size() == 1) {
            form.setScopeItem(titles.keySet().iterator().next());
        }

        dueDate.setLabel(texts.t("performance.deliverables.form.dueDate"));
        deliveredOn.setLabel(texts.t("performance.deliverables.form.deliveredOn"));
        deliveredOn.setHelperText(texts.t("performance.deliverables.form.deliveredOn.hint"));
        deliveredOn.setClearButtonVisible(true);
        for (DatePicker picker : List.of(dueDate, deliveredOn)) {
            DatePickers.localised(picker, texts.locale(), texts.t("performance.deliverables.form.date.invalid"));
            picker.setPlaceholder(texts.t("performance.deliverables.form.date.placeholder"));
        }

        requestedAt.setLabel(texts.t("performance.deliverables.form.requestedAt"));
        requestedAt.setHelperText(texts.t("performance.deliverables.form.requestedAt.hint"));
        requestedAt.setLocale(texts.locale());
        requestedAt.setDatePickerI18n(
                DatePickers.i18n(texts.locale(), texts.t("performance.deliverables.form.date.invalid")));
        requestedAt.setStep(Duration.ofMinutes(15));
        deliveredTime.setLabel(texts.t("performance.deliverables.form.deliveredTime"));
        deliveredTime.setLocale(texts.locale());
        deliveredTime.setClearButtonVisible(true);
        deliveredTime.setStep(Duration.ofMinutes(15));

        units.setLabel(texts.t("performance.deliverables.form.units"));
        units.getElement().setAttribute("inputmode", "numeric");

        quality.setLabel(texts.t("performance.deliverables.form.quality"));
        quality.setItems(QualityOutcome.values());
        quality.setItemLabelGenerator(texts::quality);

        cost.setLabel(texts.t("performance.deliverables.form.cost"));
        cost.setHelperText(texts.t("performance.deliverables.form.cost.hint"));
        cost.setSuffixComponent(new Span("€"));

        bind();
        if (editing != null) {
            form.setReference(editing.reference());
            form.setScopeItem(editing.scopeItemKey());
            form.setDueDate(editing.dueDate());
            form.setDeliveredOn(editing.deliveredOn());
            form.setUnits(editing.units() > Integer.MAX_VALUE ? null : (int) editing.units());
            form.setQuality(editing.quality());
            form.setCost(editing.cost());
            requestedAt.setValue(editing.requestedAt());
            deliveredTime.setValue(
                    editing.deliveredAt() == null ? null : editing.deliveredAt().toLocalTime());
        }
        binder.setBean(form);
        quality.setVisible(deliveredOn.getValue() != null);
        deliveredTime.setVisible(deliveredOn.getValue() != null);
        deliveredOn.addValueChangeListener(e -> {
            quality.setVisible(e.getValue() != null);
            deliveredTime.setVisible(e.getValue() != null);
            if (e.getValue() == null) {
                quality.clear();
                deliveredTime.clear();
            }
        });
        scopeItem.addValueChangeListener(e -> showDue());
        requestedAt.addValueChangeListener(e -> showDue());
        showDue();

        error.addClassName("av-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);

        FormLayout fields = new FormLayout(
                reference, scopeItem, requestedAt, dueDate, units, deliveredOn, deliveredTime, quality, cost);
        fields.setColspan(requestedAt, 2);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        add(fields, error);

        save.setText(texts.t(
                editing == null
                        ? "performance.deliverables.form.submit.add"
                        : "performance.deliverables.form.submit.edit"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        save.addClickShortcut(Key.ENTER).listenOn(this);
        Button cancel = new Button(texts.t("performance.deliverables.cancel"), e -> close());
        getFooter().add(cancel, save);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                (editing == null ? reference : scopeItem).focus();
            }
        });
    }

    /**
     * With a deadline on the chosen item and a request time, the due date is the deadline's, shown with how it was
     * counted and not typed; otherwise it is typed as before.
     */
    private void showDue() {
        String item = scopeItem.getValue();
        Deadline deadline = item == null ? null : deadlines.get(item);
        LocalDateTime requested = requestedAt.getValue();
        if (deadline == null || requested == null) {
            dueDate.setReadOnly(false);
            dueDate.setHelperText(
                    deadline == null
                            ? null
                            : texts.t(
                                    "performance.deliverables.form.dueDate.fromRequest",
                                    TermsText.deadlineTime(texts.locale(), deadline)));
            return;
        }
        LocalDateTime due = deadline.dueAt(requested);
        dueDate.setValue(due.toLocalDate());
        dueDate.setReadOnly(true);
        dueDate.setHelperText(texts.t(
                "performance.deliverables.form.dueDate.computed",
                TermsText.deadlineTime(texts.locale(), deadline),
                texts.dueMoment(due)));
    }

    private void bind() {
        binder.forField(reference)
                .asRequired(texts.t("performance.error.reference.required"))
                .withValidator(r -> !r.isBlank(), texts.t("performance.error.reference.required"))
                .bind(Form::getReference, Form::setReference);
        binder.forField(scopeItem)
                .asRequired(texts.t("performance.error.scopeItem.required"))
                .bind(Form::getScopeItem, Form::setScopeItem);
        binder.forField(dueDate)
                .asRequired(texts.t("performance.error.dueDate.required"))
                .bind(Form::getDueDate, Form::setDueDate);
        binder.forField(deliveredOn).bind(Form::getDeliveredOn, Form::setDeliveredOn);
        binder.forField(units)
                .asRequired(texts.t("performance.deliverables.form.units.required"))
                .withConverter(Converter.<String, @Nullable Integer>from(
                        this::toUnits,
                        count -> count == null ? "" : AmountParser.write(BigDecimal.valueOf(count), texts.locale())))
                .bind(Form::getUnits, Form::setUnits);
        binder.forField(quality).bind(Form::getQuality, Form::setQuality);
        binder.forField(cost)
                .withConverter(Converter.<String, @Nullable BigDecimal>from(
                        this::toAmount, amount -> amount == null ? "" : amountText(amount)))
                .bind(Form::getCost, Form::setCost);
    }

    /** Blank is no cost; anything else must read as an amount ({@code 12,50}, {@code 1 540 €}). */
    private Result<@Nullable BigDecimal> toAmount(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Result.ok(null);
        }
        try {
            return Result.ok(AmountParser.parse(text, texts.locale()));
        } catch (UnreadableNumberException e) {
            // "1.040" is refused with what to write instead (docs/decisions/0022)
            return Result.error(
                    e.suggestions().isEmpty()
                            ? texts.t("performance.deliverables.form.cost.invalid")
                            : texts.t(e.messageKey(), e.args(texts.locale())));
        }
    }

    /** A whole number of units under the one number rule; a negative one is the service's to refuse. */
    private Result<@Nullable Integer> toUnits(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Result.ok(null);
        }
        try {
            long count = AmountParser.parseWhole(text, texts.locale());
            return count < Integer.MIN_VALUE || count > Integer.MAX_VALUE
                    ? Result.error(texts.t("performance.deliverables.form.units.invalid"))
                    : Result.ok((int) count);
        } catch (UnreadableNumberException e) {
            return Result.error(
                    e.suggestions().isEmpty()
                            ? texts.t("performance.deliverables.form.units.invalid")
                            : texts.t(e.messageKey(), e.args(texts.locale())));
        }
    }

    /** Written as the number rule reads it back: an English "1,540.00" would be refused on saving. */
    private String amountText(BigDecimal amount) {
        BigDecimal shown = amount.scale() < 2 ? amount.setScale(2) : amount;
        return AmountParser.write(shown, texts.locale());
    }

    void save() {
        error.setVisible(false);
        if (!binder.validate().isOk()) {
            return;
        }
        Integer unitCount = form.getUnits();
        LocalDate due = form.getDueDate();
        String item = form.getScopeItem();
        if (unitCount == null || due == null || item == null) {
            return;
        }
        LocalDate delivered = form.getDeliveredOn();
        LocalTime time = deliveredTime.getValue();
        DeliverableInput input = new DeliverableInput(
                        form.getReference().strip(),
                        item,
                        due,
                        delivered,
                        unitCount,
                        delivered == null ? null : form.getQuality(),
                        form.getCost())
                .withTimes(requestedAt.getValue(), delivered == null || time == null ? null : delivered.atTime(time));
        try {
            if (editing == null) {
                deliverables.record(contractId, List.of(input), DeliverableSource.FORM);
            } else {
                deliverables.update(contractId, editing.id(), input);
            }
        } catch (InvalidDeliverablesException e) {
            show(e.violations());
            return;
        } catch (ContractNotFoundException | AccessDeniedException e) {
            showError(texts.t("performance.deliverables.error.denied"));
            return;
        }
        close();
        onSaved.run();
    }

    /** Each violation next to its field; those of no field (the batch, the contract) above the buttons. */
    private void show(List<DeliverableViolation> violations) {
        List<String> general = new ArrayList<>();
        for (DeliverableViolation violation : violations) {
            HasValidation field = switch (violation.field()) {
                case "reference" -> reference;
                case "scopeItem" -> scopeItem;
                case "dueDate" -> dueDate;
                case "requestedAt" -> requestedAt;
                case "deliveredOn" -> deliveredOn;
                case "units" -> units;
                case "quality" -> quality.isVisible() ? quality : deliveredOn;
                case "cost" -> cost;
                default -> null;
            };
            if ("performance.error.deliveredAt.beforeRequest".equals(violation.code())
                    && deliveredTime.getValue() != null) {
                // the day may be right and the time wrong: the time says it
                field = deliveredTime;
            }
            String message = texts.violation(violation);
            if (field == null) {
                general.add(message);
            } else if (field.isInvalid() && !field.getErrorMessage().isBlank()) {
                field.setErrorMessage(field.getErrorMessage() + " " + message);
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        }
        if (!general.isEmpty()) {
            showError(String.join(" ", general));
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
