package app.avenant.identity.ui;

import app.avenant.identity.LegalIdentities;
import app.avenant.identity.LegalIdentity;
import app.avenant.identity.LegalIdentityException;
import app.avenant.identity.LegalIdentityException.Problem;
import app.avenant.identity.LegalIdentityRules;
import app.avenant.identity.VatRegime;
import app.avenant.shared.format.AmountParser;
import app.avenant.shared.format.Formats;
import app.avenant.shared.format.UnreadableNumberException;
import app.avenant.shared.ui.Clicks;
import app.avenant.shared.ui.LeaveWithoutSaving;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * « Identité légale » (issue 16, point 1): what the organisation's invoices and contracts must say of it — SIREN,
 * SIRET, VAT number and regime, legal form, share capital, registry, address. Every member reads it; admins change
 * it. Every problem is said under its field at once, the first one comes into view, nothing is saved until all are
 * right. Leaving with unsaved changes asks first.
 */
@Route("admin/organisation")
@PermitAll
public class LegalIdentityView extends VerticalLayout implements HasDynamicTitle, BeforeLeaveObserver {

    private final LegalIdentities identities;
    private final TextField siren = new TextField();
    private final TextField siret = new TextField();
    private final TextField legalForm = new TextField();
    private final TextField shareCapital = new TextField();
    private final TextField rcsCity = new TextField();
    private final RadioButtonGroup<VatRegime> vatRegime = new RadioButtonGroup<>();
    private final TextField vatNumber = new TextField();
    private final TextField addressLine1 = new TextField();
    private final TextField addressLine2 = new TextField();
    private final TextField postcode = new TextField();
    private final TextField city = new TextField();
    private final ComboBox<String> country = new ComboBox<>();
    private final Map<String, Component> fieldsByName = new LinkedHashMap<>();
    private final Paragraph changed = new Paragraph();
    private @Nullable String suggestedVat;
    private long version;
    private boolean dirty;

    LegalIdentityView(LegalIdentities identities) {
        this.identities = identities;
        addClassName("av-legal-identity");
        setMaxWidth("60rem");
        LegalIdentities.Mine mine = identities.mine();
        version = mine.version();

        add(new H2(getTranslation("identity.legal.title")));
        add(new Paragraph(getTranslation("identity.legal.intro", mine.organisationName())));
        if (!mine.editable()) {
            Paragraph readOnly = new Paragraph(getTranslation("identity.legal.readOnly"));
            readOnly.addClassName("av-note");
            add(readOnly);
        }

        label();
        fill(mine.identity());
        add(section("identity.legal.section.registration", siren, siret, legalForm, shareCapital, rcsCity));
        add(section("identity.legal.section.vat", vatRegime, vatNumber));
        add(section("identity.legal.section.address", addressLine1, addressLine2, postcode, city, country));
        showChanged(mine);
        add(changed);

        for (Component required : List.of(siren, vatNumber, addressLine1, postcode, city)) {
            ((HasValue<?, ?>) required).setRequiredIndicatorVisible(mine.editable());
        }
        fieldsByName.forEach((name, field) -> {
            if (!mine.editable() && field instanceof TextField text) {
                text.setHelperText(null); // how to fill a field in is for whoever may
            }
            if (field instanceof HasValue<?, ?> value) {
                value.setReadOnly(!mine.editable());
                value.addValueChangeListener(e -> {
                    if (e.isFromClient() && !dirty) {
                        dirty = true;
                        getUI().ifPresent(ui -> LeaveWithoutSaving.guardUnload(ui, true));
                    }
                });
            }
        });
        if (mine.editable()) {
            Button save = new Button(getTranslation("identity.legal.save"));
            save.addThemeVariants(ButtonVariant.PRIMARY);
            Clicks.on(save, this::save);
            add(save);
            // a valid SIREN typed while the VAT number is empty gives the French VAT number it implies
            siren.addValueChangeListener(e -> suggestVatNumber(e.getOldValue()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.legal.title") + " — Avenant";
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty) {
            return;
        }
        LeaveWithoutSaving.ask(this, event, "identity.legal.leave", this::forgetChanges);
    }

    private void forgetChanges() {
        dirty = false;
        getUI().ifPresent(ui -> LeaveWithoutSaving.guardUnload(ui, false));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (dirty) {
            LeaveWithoutSaving.guardUnload(event.getUI(), false); // left through the confirmation
        }
        super.onDetach(event);
    }

    private void label() {
        field(LegalIdentityRules.SIREN, siren, "identity.legal.siren", "identity.legal.siren.help");
        siren.getElement().setAttribute("inputmode", "numeric");
        field(LegalIdentityRules.SIRET, siret, "identity.legal.siret", "identity.legal.siret.help");
        siret.getElement().setAttribute("inputmode", "numeric");
        field(LegalIdentityRules.LEGAL_FORM, legalForm, "identity.legal.legalForm", "identity.legal.legalForm.help");
        field(LegalIdentityRules.SHARE_CAPITAL, shareCapital, "identity.legal.capital", "identity.legal.capital.help");
        shareCapital.setSuffixComponent(new Div("€"));
        field(LegalIdentityRules.RCS_CITY, rcsCity, "identity.legal.rcs", "identity.legal.rcs.help");
        vatRegime.setLabel(getTranslation("identity.legal.regime"));
        vatRegime.setItems(VatRegime.values());
        vatRegime.setItemLabelGenerator(r -> getTranslation("identity.legal.regime." + r.name()));
        vatRegime.addThemeName("vertical");
        fieldsByName.put("vatRegime", vatRegime);
        field(LegalIdentityRules.VAT_NUMBER, vatNumber, "identity.legal.vat", "identity.legal.vat.help");
        field(LegalIdentityRules.ADDRESS_LINE1, addressLine1, "identity.legal.address1", null);
        field(LegalIdentityRules.ADDRESS_LINE2, addressLine2, "identity.legal.address2", null);
        field(LegalIdentityRules.POSTCODE, postcode, "identity.legal.postcode", null);
        field(LegalIdentityRules.CITY, city, "identity.legal.city", null);
        country.setLabel(getTranslation("identity.legal.country"));
        Locale locale = getLocale();
        List<String> codes = Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing((String code) -> !code.equals("FR"))
                        .thenComparing(code -> Locale.of("", code).getDisplayCountry(locale)))
                .toList();
        country.setItems(codes);
        country.setItemLabelGenerator(code -> Locale.of("", code).getDisplayCountry(locale));
        country.setAllowCustomValue(false);
        fieldsByName.put(LegalIdentityRules.COUNTRY, country);
    }

    private void field(String name, TextField field, String labelKey, @Nullable String helpKey) {
        field.setLabel(getTranslation(labelKey));
        if (helpKey != null) {
            field.setHelperText(getTranslation(helpKey));
        }
        field.addValueChangeListener(e -> field.setInvalid(false));
        fieldsByName.put(name, field);
    }

    private void fill(LegalIdentity identity) {
        siren.setValue(orEmpty(identity.sirenGrouped()));
        siret.setValue(orEmpty(identity.siretGrouped()));
        legalForm.setValue(orEmpty(identity.legalForm()));
        shareCapital.setValue(
                identity.shareCapital() == null ? "" : AmountParser.write(identity.shareCapital(), getLocale()));
        rcsCity.setValue(orEmpty(identity.rcsCity()));
        vatRegime.setValue(identity.vatRegime());
        vatNumber.setValue(orEmpty(identity.vatNumber()));
        addressLine1.setValue(orEmpty(identity.addressLine1()));
        addressLine2.setValue(orEmpty(identity.addressLine2()));
        postcode.setValue(orEmpty(identity.postcode()));
        city.setValue(orEmpty(identity.city()));
        country.setValue(identity.countryCode());
    }

    private Div section(String titleKey, Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        Div section = new Div(new H3(getTranslation(titleKey)), form);
        section.addClassName("av-legal-section");
        return section;
    }

    /**
     * Fills the VAT number in when it is empty or is the French one of the SIREN before (suggested, or saved with it):
     * a number typed for another country or another company is left as typed.
     */
    private void suggestVatNumber(String before) {
        String digits = digits(siren.getValue());
        String previous = digits(before);
        String vat = vatNumber.getValue().replaceAll("\\s", "");
        boolean untouched = vat.isBlank()
                || vat.equalsIgnoreCase(String.valueOf(suggestedVat))
                || (LegalIdentityRules.isSiren(previous)
                        && vat.equalsIgnoreCase(LegalIdentityRules.frenchVatNumber(previous)));
        if (untouched && LegalIdentityRules.isSiren(digits) && vatRegime.getValue() != VatRegime.FRANCHISE) {
            suggestedVat = LegalIdentityRules.frenchVatNumber(digits);
            vatNumber.setValue(suggestedVat);
        }
    }

    private static String digits(String typed) {
        return typed.replaceAll("[\\s.\\-]", "");
    }

    private void save() {
        fieldsByName.values().forEach(f -> {
            if (f instanceof TextField t) {
                t.setInvalid(false);
            }
        });
        BigDecimal capital = null;
        Problem unreadableCapital = null;
        if (!shareCapital.getValue().isBlank()) {
            try {
                capital = AmountParser.parse(shareCapital.getValue(), getLocale());
            } catch (UnreadableNumberException e) {
                unreadableCapital =
                        new Problem(LegalIdentityRules.SHARE_CAPITAL, e.messageKey(), List.of(e.args(getLocale())));
            }
        }
        LegalIdentity typed = new LegalIdentity(
                siren.getValue(),
                siret.getValue(),
                vatNumber.getValue(),
                legalForm.getValue(),
                capital,
                rcsCity.getValue(),
                addressLine1.getValue(),
                addressLine2.getValue(),
                postcode.getValue(),
                city.getValue(),
                country.getValue() == null ? "FR" : country.getValue(),
                vatRegime.getValue() == null ? VatRegime.RECEIPTS : vatRegime.getValue());
        if (unreadableCapital != null) {
            // every other field's problem is said too, so one correction round is enough; nothing is saved
            List<Problem> problems = new ArrayList<>(List.of(unreadableCapital));
            try {
                LegalIdentityRules.check(typed);
            } catch (LegalIdentityException refused) {
                problems.addAll(refused.problems());
            }
            showProblems(problems);
            return;
        }
        try {
            identities.saveMine(typed, version);
        } catch (LegalIdentityException refused) {
            showProblems(refused.problems());
            return;
        }
        LegalIdentities.Mine saved = identities.mine();
        version = saved.version();
        fill(saved.identity());
        showChanged(saved);
        forgetChanges();
        Notification.show(getTranslation("identity.legal.saved"), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.SUCCESS);
    }

    /** Each problem under its field (one without a field as a notification); the topmost wrong field comes into view. */
    private void showProblems(List<Problem> problems) {
        Set<Component> wrong = new HashSet<>();
        for (Problem problem : problems) {
            String message = getTranslation(problem.messageKey(), problem.args().toArray());
            Component field = fieldsByName.get(problem.field());
            if (field instanceof TextField text) {
                invalid(text, message);
            } else if (field instanceof ComboBox<?> box) {
                box.setErrorMessage(message);
                box.setInvalid(true);
            } else {
                Notification.show(message, 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.ERROR);
            }
            if (field != null) {
                wrong.add(field);
            }
        }
        fieldsByName.values().stream().filter(wrong::contains).findFirst().ifPresent(LegalIdentityView::scrollTo);
    }

    private static void invalid(TextField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private static void scrollTo(Component field) {
        field.getElement().executeJs("this.scrollIntoView({block: 'center'}); this.focus && this.focus()");
    }

    private void showChanged(LegalIdentities.Mine mine) {
        if (mine.changedAt() == null) {
            changed.setText(getTranslation("identity.legal.never"));
        } else {
            String when = Formats.dateTime(mine.changedAt(), getLocale());
            changed.setText(
                    mine.changedBy() == null
                            ? getTranslation("identity.legal.changed.nobody", when)
                            : getTranslation("identity.legal.changed", when, mine.changedBy()));
        }
        changed.addClassName("av-note");
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
