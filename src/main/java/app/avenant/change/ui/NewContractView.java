package app.avenant.change.ui;

import app.avenant.change.ChangeRequests;
import app.avenant.change.ChangeRuleException;
import app.avenant.change.NewChangeRequest;
import app.avenant.contract.Activity;
import app.avenant.contract.ContractLifecycle;
import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.ContractRuleException;
import app.avenant.contract.ContractTemplates;
import app.avenant.contract.NewContractRequest;
import app.avenant.contract.terms.InvalidTermsException;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.contract.ui.ContractNavigation;
import app.avenant.contract.ui.Labels;
import app.avenant.identity.OrganisationRef;
import app.avenant.identity.Users;
import app.avenant.shared.ui.TextLimit;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Nouveau contrat", for an organisation admin of a PME: reference, title, provider and the objective the
 * first terms serve. Creating the contract opens its first change request ("Conditions initiales", against
 * the empty terms of version 0) and lands in its editor: the first terms are drafted and approved like any
 * amendment. It lives in the change module because it orchestrates both modules (contract cannot depend on
 * change); "Mes contrats" links here by route.
 */
@Route("contracts/new")
@PermitAll
@StyleSheet(ChangeRequestListView.CONTRACT_STYLESHEET)
@StyleSheet(ChangeRequestListView.STYLESHEET)
public class NewContractView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

    /** What the form edits; the services get immutable requests. */
    static final class Form {
        private String reference = "";
        private String title = "";
        private @Nullable OrganisationRef provider;
        private @Nullable ObjectiveKind serves;

        String getReference() {
            return reference;
        }

        void setReference(String reference) {
            this.reference = reference;
        }

        String getTitle() {
            return title;
        }

        void setTitle(String title) {
            this.title = title;
        }

        @Nullable
        OrganisationRef getProvider() {
            return provider;
        }

        void setProvider(@Nullable OrganisationRef provider) {
            this.provider = provider;
        }

        @Nullable
        ObjectiveKind getServes() {
            return serves;
        }

        void setServes(@Nullable ObjectiveKind serves) {
            this.serves = serves;
        }
    }

    private final ContractLifecycle lifecycle;
    private final ChangeRequests changeRequests;
    private final ContractTemplates templates;
    private final Users users;
    private final Binder<Form> binder = new Binder<>();
    private final Form form = new Form();
    final TextField reference = new TextField();
    final TextField title = new TextField();
    final ComboBox<OrganisationRef> provider = new ComboBox<>();
    final Select<ObjectiveKind> serves = new Select<>();
    final Select<Activity> activity = new Select<>();
    final Select<ContractTemplates.TemplateChoice> template = new Select<>();
    final Paragraph templateSummary = new Paragraph();
    final Span error = new Span();
    final Button submit = new Button();

    public NewContractView(
            ContractLifecycle lifecycle, ChangeRequests changeRequests, ContractTemplates templates, Users users) {
        this.lifecycle = lifecycle;
        this.changeRequests = changeRequests;
        this.templates = templates;
        this.users = users;
        getContent().addClassNames("av-new-contract", "av-contract-list");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        getContent().removeAll();
        List<OrganisationRef> providers;
        try {
            providers = users.providerOrganisations();
        } catch (AccessDeniedException e) {
            getContent()
                    .add(
                            new H2(getTranslation("changeui.newContract.title")),
                            new Paragraph(getTranslation("changeui.newContract.denied")),
                            ContractNavigation.linkToContracts("← " + getTranslation("contract.workspace.back")));
            return;
        }
        build(providers);
    }

    private void build(List<OrganisationRef> providers) {
        var back = ContractNavigation.linkToContracts("← " + getTranslation("contract.workspace.back"));
        back.addClassName("av-back");
        Paragraph intro = new Paragraph(getTranslation("changeui.newContract.intro"));
        intro.addClassName("av-hint");

        reference.setLabel(getTranslation("changeui.newContract.field.reference"));
        // counters rather than the browser's maxlength, which cuts a paste silently (docs/decisions/0022)
        TextLimit.attach(
                reference,
                NewContractRequest.REFERENCE_MAX,
                getTranslation("changeui.newContract.field.reference.hint"));
        title.setLabel(getTranslation("changeui.newContract.field.title"));
        TextLimit.attach(title, NewContractRequest.TITLE_MAX, "");
        provider.setLabel(getTranslation("changeui.newContract.field.provider"));
        provider.setItems(providers);
        provider.setItemLabelGenerator(OrganisationRef::name);
        if (providers.isEmpty()) {
            provider.setHelperText(getTranslation("changeui.newContract.field.provider.none"));
        }
        serves.setLabel(getTranslation("changeui.newContract.field.serves"));
        serves.setHelperText(getTranslation("changeui.newContract.field.serves.hint"));
        serves.setItems(ObjectiveKind.values());
        serves.setItemLabelGenerator(k -> k == null ? "" : Labels.objective(this, k));

        binder.forField(reference)
                .asRequired(getTranslation("changeui.newContract.error.reference.required"))
                .withValidator(
                        r -> NewContractRequest.REFERENCE_PATTERN
                                .matcher(r.strip())
                                .matches(),
                        getTranslation("contract.error.reference.invalid"))
                .bind(Form::getReference, Form::setReference);
        binder.forField(title)
                .asRequired(getTranslation("changeui.newContract.error.title.required"))
                .withValidator(t -> !t.isBlank(), getTranslation("changeui.newContract.error.title.required"))
                .withValidator(new StringLengthValidator(
                        getTranslation("contract.error.title.invalid"), 0, NewContractRequest.TITLE_MAX))
                .bind(Form::getTitle, Form::setTitle);
        binder.forField(provider)
                .asRequired(getTranslation("changeui.newContract.error.provider.required"))
                .bind(Form::getProvider, Form::setProvider);
        binder.forField(serves)
                .asRequired(getTranslation("changeui.newContract.error.serves.required"))
                .bind(Form::getServes, Form::setServes);
        binder.setBean(form);

        // activity → template: the first terms start from ready-made scope items, volumes and service levels
        List<ContractTemplates.TemplateChoice> choices = templates.available();
        activity.setLabel(getTranslation("changeui.newContract.field.activity"));
        activity.setItems(Activity.values());
        activity.setItemLabelGenerator(a -> a == null ? "" : getTranslation(a.labelKey()));
        activity.setId("new-contract-activity");
        template.setLabel(getTranslation("changeui.newContract.field.template"));
        template.setEmptySelectionAllowed(true);
        template.setEmptySelectionCaption(getTranslation("changeui.newContract.template.empty"));
        template.setItemLabelGenerator(t -> t == null
                ? getTranslation("changeui.newContract.template.empty")
                : t.builtIn() ? t.name() : getTranslation("changeui.newContract.template.own", t.name()));
        template.setId("new-contract-template");
        template.setItems(List.of());
        activity.addValueChangeListener(e -> {
            List<ContractTemplates.TemplateChoice> forActivity =
                    choices.stream().filter(t -> t.activity() == e.getValue()).toList();
            template.setItems(forActivity);
            template.setValue(forActivity.stream()
                    .filter(ContractTemplates.TemplateChoice::builtIn)
                    .findFirst()
                    .orElse(forActivity.isEmpty() ? null : forActivity.getFirst()));
        });
        templateSummary.addClassName("av-hint");
        template.addValueChangeListener(e -> templateSummary.setText(getTranslation(
                e.getValue() == null ? "changeui.newContract.template.none" : "changeui.newContract.template.some")));
        templateSummary.setText(getTranslation("changeui.newContract.template.none"));

        FormLayout fields = new FormLayout(reference, title, provider, serves, activity, template);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        fields.setColspan(title, 2);
        fields.setMaxWidth("48rem");

        error.addClassName("av-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);

        submit.setText(getTranslation("changeui.newContract.submit"));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickListener(e -> submit());
        submit.addClickShortcut(Key.ENTER).listenOn(getContent());
        HorizontalLayout actions =
                new HorizontalLayout(ContractNavigation.linkToContracts(getTranslation("changeui.cancel")), submit);
        actions.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        actions.addClassName("av-toolbar");

        getContent()
                .add(
                        back,
                        new H2(getTranslation("changeui.newContract.title")),
                        intro,
                        fields,
                        templateSummary,
                        error,
                        actions);
        reference.focus();
    }

    /** Validates, creates the contract, opens its first change request and goes to its editor. */
    void submit() {
        error.setVisible(false);
        if (!binder.validate().isOk() || form.getProvider() == null || form.getServes() == null) {
            return;
        }
        UUID contractId;
        try {
            contractId = lifecycle.createContract(new NewContractRequest(
                    form.getReference().strip(),
                    form.getTitle().strip(),
                    form.getProvider().id()));
        } catch (ContractRuleException e) {
            showServiceError(e.messageKey());
            return;
        } catch (AccessDeniedException e) {
            showError(getTranslation("changeui.newContract.denied"));
            return;
        }
        UUID initial;
        try {
            initial = changeRequests.propose(
                    contractId,
                    new NewChangeRequest(
                            getTranslation("changeui.newContract.initial.title"),
                            getTranslation("changeui.newContract.initial.reason"),
                            form.getServes()));
        } catch (ChangeRuleException | ContractNotFoundException | AccessDeniedException e) {
            // the contract exists: its change requests screen lets the owner open the first one again
            ChangeNavigation.toRequests(contractId);
            return;
        }
        ContractTemplates.TemplateChoice chosen = template.getValue();
        if (chosen != null) {
            try {
                // the first draft starts from the template; the gérante adjusts it in the editor she lands in
                changeRequests.revise(
                        initial,
                        changeRequests.detail(initial).version(),
                        templates.termsFor(contractId, chosen.id()),
                        getTranslation("changeui.newContract.template.note", chosen.name()));
            } catch (ChangeRuleException | ContractRuleException | InvalidTermsException e) {
                // the contract and its empty draft exist: the editor opens on them, and says the template did not apply
                com.vaadin.flow.component.notification.Notification.show(
                        getTranslation("changeui.newContract.template.failed"));
            }
        }
        ChangeNavigation.toEditor(initial);
    }

    /** A refusal of the service, shown next to the field it concerns. */
    private void showServiceError(String key) {
        String message = Labels.translatedOr(this, key, getTranslation("changeui.error.refused"));
        @Nullable
        HasValidation field = key.startsWith("contract.error.reference")
                ? reference
                : key.startsWith("contract.error.title")
                        ? title
                        : key.startsWith("contract.error.provider") ? provider : null;
        if (field == null) {
            showError(message);
            return;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("changeui.newContract.title");
    }
}
