package app.avenant.consultation.ui;

import app.avenant.consultation.ConsultationRuleException;
import app.avenant.consultation.Consultations;
import app.avenant.consultation.NewConsultation;
import app.avenant.consultation.SecurityQuestion;
import app.avenant.contract.Activity;
import app.avenant.contract.ContractRuleException;
import app.avenant.contract.ContractTemplates;
import app.avenant.contract.terms.InvalidTermsException;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.contract.terms.ScopeItem;
import app.avenant.contract.terms.ServiceLevel;
import app.avenant.contract.terms.Terms;
import app.avenant.contract.terms.VolumeTerms;
import app.avenant.identity.OrganisationRef;
import app.avenant.identity.Users;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.DatePickers;
import app.avenant.shared.ui.Routes;
import app.avenant.shared.ui.TextLimit;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Nouvelle consultation", for a PME's admin: what is outsourced, the template its need starts from, the volumes
 * expected and the levels wanted (adjusted here), the security questions, the answer date and one to three providers.
 * Launching it tells the providers.
 */
@Route("consultations/new")
@PermitAll
@StyleSheet(ConsultationView.CONTRACT_STYLESHEET)
@StyleSheet(ConsultationView.STYLESHEET)
public class NewConsultationView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

    private static final int DEFAULT_ANSWER_DAYS = 14;

    private final Consultations consultations;
    private final ContractTemplates templates;
    private final Users users;
    private final Clock clock;
    final TextField title = new TextField();
    final Select<Activity> activity = new Select<>();
    final Select<ContractTemplates.TemplateChoice> template = new Select<>();
    final Select<ObjectiveKind> serves = new Select<>();
    final Div need = new Div();
    final DatePicker answerBy = new DatePicker();
    final CheckboxGroup<SecurityQuestion> questions = new CheckboxGroup<>();
    final MultiSelectComboBox<OrganisationRef> providers = new MultiSelectComboBox<>();
    final Span error = new Span();
    final Button launch = new Button();
    private @Nullable Terms templateTerms;
    /** Per scope item key: whether it is asked, and its expected monthly units (volume items). */
    private final Map<String, Checkbox> itemIncluded = new LinkedHashMap<>();

    private final Map<String, TextField> itemUnits = new LinkedHashMap<>();
    private final Map<String, Checkbox> levelIncluded = new LinkedHashMap<>();
    private final Map<String, TextField> levelTargets = new LinkedHashMap<>();

    public NewConsultationView(Consultations consultations, ContractTemplates templates, Users users, Clock clock) {
        this.consultations = consultations;
        this.templates = templates;
        this.users = users;
        this.clock = clock;
        getContent().addClassNames("av-new-consultation", "av-contract-list");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        getContent().removeAll();
        List<OrganisationRef> known;
        try {
            known = users.providerOrganisations();
        } catch (AccessDeniedException e) {
            getContent()
                    .add(
                            new H2(getTranslation("consultation.new.title")),
                            new Paragraph(getTranslation("consultation.new.denied")),
                            backLink());
            return;
        }
        build(known);
    }

    private Anchor backLink() {
        Anchor back = Routes.link(ConsultationListView.ROUTE, "← " + getTranslation("consultation.back"));
        back.addClassName("av-back");
        return back;
    }

    private void build(List<OrganisationRef> known) {
        Paragraph intro = new Paragraph(getTranslation("consultation.new.intro"));
        intro.addClassName("av-hint");
        title.setLabel(getTranslation("consultation.new.field.title"));
        title.setId("consultation-title");
        TextLimit.attach(title, NewConsultation.TITLE_MAX, getTranslation("consultation.new.field.title.hint"));
        serves.setLabel(getTranslation("consultation.new.field.serves"));
        serves.setItems(ObjectiveKind.values());
        serves.setItemLabelGenerator(k -> k == null ? "" : getTranslation("terms.objectiveKind." + k.name()));
        serves.setValue(ObjectiveKind.COST);

        List<ContractTemplates.TemplateChoice> choices = templates.available();
        activity.setLabel(getTranslation("consultation.new.field.activity"));
        activity.setItems(List.of(Activity.values()).stream()
                .filter(a -> a != Activity.AUTRE || choices.stream().anyMatch(c -> c.activity() == a))
                .toList());
        activity.setItemLabelGenerator(a -> a == null ? "" : getTranslation(a.labelKey()));
        activity.setId("consultation-activity");
        template.setLabel(getTranslation("consultation.new.field.template"));
        template.setItemLabelGenerator(t -> t == null ? "" : t.name());
        template.setId("consultation-template");
        activity.addValueChangeListener(e -> {
            List<ContractTemplates.TemplateChoice> forActivity =
                    choices.stream().filter(t -> t.activity() == e.getValue()).toList();
            template.setItems(forActivity);
            template.setValue(forActivity.isEmpty() ? null : forActivity.getFirst());
            // the activity names the consultation until the gérante writes her own subject
            boolean untouched = title.getValue().isBlank()
                    || (e.getOldValue() != null
                            && title.getValue()
                                    .equals(getTranslation(e.getOldValue().labelKey())));
            if (untouched && e.getValue() != null) {
                title.setValue(getTranslation(e.getValue().labelKey()));
            }
        });
        template.addValueChangeListener(e -> showNeed(e.getValue()));

        answerBy.setLabel(getTranslation("consultation.new.field.answerBy"));
        DatePickers.localised(answerBy, getLocale());
        LocalDate today = LocalDate.now(clock);
        answerBy.setMin(today.plusDays(1));
        answerBy.setValue(today.plusDays(DEFAULT_ANSWER_DAYS));
        answerBy.setHelperText(getTranslation("consultation.new.field.answerBy.hint"));

        providers.setLabel(getTranslation("consultation.new.field.providers"));
        providers.setItems(known);
        providers.setItemLabelGenerator(OrganisationRef::name);
        providers.setHelperText(getTranslation(
                known.isEmpty() ? "consultation.new.field.providers.none" : "consultation.new.field.providers.hint"));
        providers.setId("consultation-providers");
        providers.addValueChangeListener(e -> providers.setInvalid(false));

        questions.setLabel(getTranslation("consultation.new.field.questions"));
        questions.setItems(SecurityQuestion.values());
        questions.setItemLabelGenerator(q -> getTranslation(q.labelKey()));
        questions.setValue(EnumSet.allOf(SecurityQuestion.class));
        questions.addClassName("av-questions");

        FormLayout fields = new FormLayout(title, serves, activity, template, answerBy, providers);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        fields.setColspan(title, 2);
        fields.setColspan(providers, 2);
        fields.setMaxWidth("52rem");

        need.addClassName("av-need");
        error.addClassName("av-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        launch.setText(getTranslation("consultation.new.launch"));
        launch.setId("consultation-launch");
        launch.addThemeVariants(ButtonVariant.PRIMARY);
        launch.addClickListener(e -> launch());
        launch.setDisableOnClick(true);
        HorizontalLayout actions = new HorizontalLayout(
                Routes.link(ConsultationListView.ROUTE, getTranslation("consultation.cancel")), launch);
        actions.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        actions.addClassName("av-toolbar");
        getContent()
                .add(
                        backLink(),
                        new H2(getTranslation("consultation.new.title")),
                        intro,
                        fields,
                        need,
                        new H3(getTranslation("consultation.new.questions.title")),
                        questions,
                        error,
                        actions);
        activity.setValue(Activity.SAISIE_COMPTABLE);
        title.focus();
    }

    /** The template's scope items and levels, each with what the PME adjusts. */
    private void showNeed(ContractTemplates.@Nullable TemplateChoice choice) {
        need.removeAll();
        itemIncluded.clear();
        itemUnits.clear();
        levelIncluded.clear();
        levelTargets.clear();
        templateTerms = null;
        if (choice == null) {
            Paragraph none = new Paragraph(getTranslation("consultation.new.need.none"));
            none.addClassName("av-hint");
            need.add(none);
            return;
        }
        Terms terms = templates.startingTerms(choice.id());
        templateTerms = terms;
        // the objective the template's terms serve first, unless the gérante chose another since
        if (!terms.objectives().isEmpty()) {
            serves.setValue(terms.objectives().getFirst().kind());
        }
        H3 scopeTitle = new H3(getTranslation("consultation.new.need.scope"));
        Paragraph scopeHint = new Paragraph(getTranslation(
                "consultation.new.need.scope.hint", Formats.date(terms.header().startDate(), getLocale())));
        scopeHint.addClassName("av-hint");
        need.add(scopeTitle, scopeHint);
        for (ScopeItem item : terms.scopeItems()) {
            Checkbox included = new Checkbox(item.title(), true);
            itemIncluded.put(item.key(), included);
            Div row = new Div(included);
            row.addClassName("av-need-item");
            Paragraph description = new Paragraph(item.description());
            description.addClassName("av-hint");
            row.add(description);
            VolumeTerms volume = item.volume();
            if (volume != null) {
                TextField units = Numbers.field(
                        getTranslation("consultation.new.need.units", item.unitOfMeasure()),
                        BigDecimal.valueOf(volume.baselineMonthlyUnits()),
                        getLocale());
                units.setHelperText(getTranslation("consultation.new.need.units.hint"));
                units.setId("units-" + item.key());
                units.addClassName("av-wide-num");
                itemUnits.put(item.key(), units);
                included.addValueChangeListener(e -> units.setEnabled(e.getValue()));
                row.add(units);
            }
            need.add(row);
        }
        if (!terms.serviceLevels().isEmpty()) {
            need.add(new H3(getTranslation("consultation.new.need.levels")));
            for (ServiceLevel level : terms.serviceLevels()) {
                Checkbox included = new Checkbox(level.metric(), true);
                levelIncluded.put(level.key(), included);
                TextField target = Numbers.field(
                        getTranslation("consultation.new.need.target"), level.targetPercent(), getLocale());
                target.setSuffixComponent(new Span("%"));
                target.setId("target-" + level.key());
                levelTargets.put(level.key(), target);
                included.addValueChangeListener(e -> target.setEnabled(e.getValue()));
                Div row = new Div(included, target);
                row.addClassName("av-need-item");
                need.add(row);
            }
        }
    }

    void launch() {
        launch.setEnabled(true);
        error.setVisible(false);
        boolean ok = true;
        if (title.getValue().isBlank()) {
            title.setErrorMessage(getTranslation("consultation.error.title"));
            title.setInvalid(true);
            ok = false;
        }
        if (providers.getValue().isEmpty() || providers.getValue().size() > NewConsultation.MAX_PROVIDERS) {
            providers.setErrorMessage(getTranslation("consultation.error.providers"));
            providers.setInvalid(true);
            ok = false;
        }
        if (answerBy.getValue() == null) {
            answerBy.setErrorMessage(getTranslation("consultation.error.answerBy"));
            answerBy.setInvalid(true);
            ok = false;
        }
        Terms needTerms = needTerms();
        if (!ok || needTerms == null || serves.getValue() == null || activity.getValue() == null) {
            if (needTerms == null && templateTerms == null) {
                showError(getTranslation("consultation.error.need.noVolume"));
            }
            scrollToFirstInvalid();
            return;
        }
        UUID id;
        try {
            id = consultations.launch(new NewConsultation(
                    title.getValue(),
                    activity.getValue(),
                    serves.getValue(),
                    needTerms,
                    answerBy.getValue(),
                    questions.getValue(),
                    providers.getValue().stream().map(OrganisationRef::id).toList()));
        } catch (ConsultationRuleException e) {
            String message = getTranslation(e.messageKey());
            switch (e.messageKey()) {
                case "consultation.error.title" -> fieldError(title, message);
                case "consultation.error.providers" -> {
                    providers.setErrorMessage(message);
                    providers.setInvalid(true);
                }
                case "consultation.error.answerBy" -> {
                    answerBy.setErrorMessage(message);
                    answerBy.setInvalid(true);
                }
                default -> showError(message);
            }
            return;
        } catch (AccessDeniedException e) {
            showError(getTranslation("consultation.new.denied"));
            return;
        }
        com.vaadin.flow.component.notification.Notification.show(getTranslation(
                        "consultation.new.launched", providers.getValue().size()))
                .addThemeVariants(com.vaadin.flow.component.notification.NotificationVariant.SUCCESS);
        Routes.navigate(getUI().orElseThrow(), ConsultationView.url(id));
    }

    /** The template's terms with what the PME kept and adjusted; null (and said under the field) when unreadable. */
    private @Nullable Terms needTerms() {
        Terms terms = templateTerms;
        if (terms == null) {
            return null;
        }
        List<ScopeItem> items = new ArrayList<>();
        boolean readable = true;
        for (ScopeItem item : terms.scopeItems()) {
            if (!itemIncluded.get(item.key()).getValue()) {
                continue;
            }
            VolumeTerms volume = item.volume();
            TextField unitsField = itemUnits.get(item.key());
            if (volume == null || unitsField == null) {
                items.add(item);
                continue;
            }
            Long units = Numbers.readWhole(unitsField, getLocale());
            if (units == null || units < 0) {
                if (units != null) {
                    fieldError(unitsField, getTranslation("consultation.error.need.units"));
                }
                readable = false;
                continue;
            }
            items.add(item.withVolume(
                    new VolumeTerms(units, volume.seasonalProfile(), volume.flexRangePercent(), volume.pricing())));
        }
        List<ServiceLevel> levels = new ArrayList<>();
        for (ServiceLevel level : terms.serviceLevels()) {
            if (!levelIncluded.get(level.key()).getValue()) {
                continue;
            }
            TextField targetField = levelTargets.get(level.key());
            BigDecimal target = Numbers.read(targetField, getLocale());
            if (target == null || target.signum() < 0 || target.compareTo(BigDecimal.valueOf(100)) > 0) {
                if (target != null) {
                    fieldError(targetField, getTranslation("consultation.error.need.target"));
                }
                readable = false;
                continue;
            }
            // the PME states the target it wants; the minimum follows it down, never above it
            levels.add(level.withTargets(target, level.minimumPercent().min(target)));
        }
        if (!readable) {
            return null;
        }
        if (items.stream().noneMatch(i -> i.volume() != null)) {
            showError(getTranslation("consultation.error.need.noVolume"));
            return null;
        }
        try {
            return new Terms(terms.header(), terms.objectives(), items, levels);
        } catch (InvalidTermsException | ContractRuleException e) {
            showError(getTranslation("consultation.error.need.invalid"));
            return null;
        }
    }

    /** The first field said wrong comes into view: its message says why. */
    private void scrollToFirstInvalid() {
        java.util.List<com.vaadin.flow.component.Component> invalid = new ArrayList<>();
        if (title.isInvalid()) {
            invalid.add(title);
        }
        if (answerBy.isInvalid()) {
            invalid.add(answerBy);
        }
        if (providers.isInvalid()) {
            invalid.add(providers);
        }
        itemUnits.values().stream().filter(TextField::isInvalid).forEach(invalid::add);
        levelTargets.values().stream().filter(TextField::isInvalid).forEach(invalid::add);
        com.vaadin.flow.component.Component first = invalid.isEmpty() ? error : invalid.getFirst();
        first.getElement().executeJs("this.scrollIntoView({block: 'center'})");
    }

    private void fieldError(TextField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consultation.new.title");
    }
}
