package app.avenant.consultation.ui;

import app.avenant.consultation.CommittedLevel;
import app.avenant.consultation.ConsultationDetail;
import app.avenant.consultation.ConsultationRuleException;
import app.avenant.consultation.Consultations;
import app.avenant.consultation.OfferInput;
import app.avenant.consultation.OfferView;
import app.avenant.consultation.SecurityAnswer;
import app.avenant.consultation.SecurityQuestion;
import app.avenant.contract.terms.BandPricing;
import app.avenant.contract.terms.BaselineChargePricing;
import app.avenant.contract.terms.InvalidTermsException;
import app.avenant.contract.terms.PriceBand;
import app.avenant.contract.terms.Pricing;
import app.avenant.contract.terms.ScopeItem;
import app.avenant.contract.terms.ServiceLevel;
import app.avenant.contract.terms.Terms;
import app.avenant.contract.terms.TermsViolation;
import app.avenant.contract.terms.VolumeTerms;
import app.avenant.shared.format.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A provider's offer: a price for each volume-priced task on the need's own mechanism, the level it commits to for
 * each level asked, an answer to each security question, a note. Sent again as often as needed while the
 * consultation is open; a refusal is said next to its field and nothing is stored.
 */
class OfferForm extends Div {

    private final Consultations consultations;
    private final ConsultationDetail consultation;
    private final Runnable onSent;
    /** Each field by the path the terms' validation names it with, so a refusal lands next to it. */
    private final Map<String, TextField> byPath = new java.util.LinkedHashMap<>();

    private final Map<String, List<TextField>> bandPrices = new HashMap<>();
    private final Map<String, TextField[]> baselinePrices = new HashMap<>();
    private final Map<String, TextField[]> levelFields = new HashMap<>();
    private final Map<SecurityQuestion, RadioButtonGroup<SecurityAnswer.Level>> answerLevels =
            new EnumMap<>(SecurityQuestion.class);
    private final Map<SecurityQuestion, TextField> answerComments = new EnumMap<>(SecurityQuestion.class);
    final TextArea note = new TextArea();
    final Span error = new Span();
    final Button send = new Button();
    /** The offer was sent before: sending again updates it. */
    private final boolean updating;

    OfferForm(Consultations consultations, ConsultationDetail consultation, Runnable onSent, Runnable onDecline) {
        this.consultations = consultations;
        this.consultation = consultation;
        this.onSent = onSent;
        addClassName("av-offer-form");
        setId("offer-form");
        Locale l = getLocale();
        OfferView mine = consultation.offers().getFirst();
        this.updating = mine.answered();
        @Nullable Terms previous = mine.terms();
        add(new H3(getTranslation("consultation.offer.form.title")));
        Paragraph hint =
                new Paragraph(getTranslation("consultation.offer.form.hint", Formats.date(consultation.answerBy(), l)));
        hint.addClassName("av-hint");
        add(hint);

        add(new H4(getTranslation("consultation.offer.form.prices")));
        for (ScopeItem item : consultation.need().scopeItems()) {
            VolumeTerms volume = item.volume();
            if (volume == null) {
                continue;
            }
            @Nullable
            Pricing before = previous == null
                    ? null
                    : previous.scopeItem(item.key())
                            .map(ScopeItem::volume)
                            .map(VolumeTerms::pricing)
                            .orElse(null);
            Div block = new Div(new Span(item.title() + " — "
                    + getTranslation(
                            "consultation.offer.form.expected",
                            Formats.units(volume.baselineMonthlyUnits(), l),
                            item.unitOfMeasure())));
            block.addClassName("av-offer-item");
            String base = "scopeItems[" + item.key() + "].volume.pricing.";
            switch (volume.pricing()) {
                case BandPricing bands -> {
                    List<TextField> prices = new ArrayList<>();
                    for (int i = 0; i < bands.bands().size(); i++) {
                        PriceBand band = bands.bands().get(i);
                        BigDecimal was =
                                before instanceof BandPricing b && b.bands().size() > i
                                        ? b.bands().get(i).unitPrice()
                                        : null;
                        TextField price = Numbers.field(
                                getTranslation(
                                        "consultation.offer.form.band", NeedPanel.band(band, l), item.unitOfMeasure()),
                                was,
                                l);
                        price.setSuffixComponent(new Span("€"));
                        price.addClassName("av-wide-num");
                        price.setId("price-" + item.key() + "-" + (i + 1));
                        byPath.put(base + "bands[" + (i + 1) + "].unitPrice", price);
                        prices.add(price);
                    }
                    bandPrices.put(item.key(), prices);
                    block.add(row(prices.toArray(TextField[]::new)));
                }
                case BaselineChargePricing asked -> {
                    BaselineChargePricing was = before instanceof BaselineChargePricing b ? b : null;
                    TextField fixed = Numbers.field(
                            getTranslation("consultation.offer.form.fixed"),
                            was == null ? null : was.fixedMonthlyCharge(),
                            l);
                    TextField arc = Numbers.field(
                            getTranslation("consultation.offer.form.arc", item.unitOfMeasure()),
                            was == null ? null : was.arcRate(),
                            l);
                    TextField rrc = Numbers.field(
                            getTranslation("consultation.offer.form.rrc", item.unitOfMeasure()),
                            was == null ? null : was.rrcRate(),
                            l);
                    for (TextField f : List.of(fixed, arc, rrc)) {
                        f.setSuffixComponent(new Span("€"));
                        f.addClassName("av-wide-num");
                    }
                    fixed.setId("fixed-" + item.key());
                    arc.setId("arc-" + item.key());
                    rrc.setId("rrc-" + item.key());
                    fixed.setHelperText(getTranslation(
                            "consultation.offer.form.deadband", Formats.percent(asked.deadbandPercent(), l)));
                    byPath.put(base + "fixedMonthlyCharge", fixed);
                    byPath.put(base + "arcRate", arc);
                    byPath.put(base + "rrcRate", rrc);
                    baselinePrices.put(item.key(), new TextField[] {fixed, arc, rrc});
                    block.add(row(fixed, arc, rrc));
                }
            }
            add(block);
        }

        if (!consultation.need().serviceLevels().isEmpty()) {
            add(new H4(getTranslation("consultation.offer.form.levels")));
            for (ServiceLevel level : consultation.need().serviceLevels()) {
                ServiceLevel was = previous == null
                        ? null
                        : previous.serviceLevel(level.key()).orElse(null);
                TextField target = Numbers.field(
                        getTranslation("consultation.offer.form.target"),
                        was == null ? level.targetPercent() : was.targetPercent(),
                        l);
                TextField minimum = Numbers.field(
                        getTranslation("consultation.offer.form.minimum"),
                        was == null ? level.minimumPercent() : was.minimumPercent(),
                        l);
                target.setSuffixComponent(new Span("%"));
                minimum.setSuffixComponent(new Span("%"));
                target.setId("target-" + level.key());
                target.setHelperText(
                        getTranslation("consultation.offer.form.asked", Formats.percent(level.targetPercent(), l)));
                byPath.put("serviceLevels[" + level.key() + "].targetPercent", target);
                byPath.put("serviceLevels[" + level.key() + "].minimumPercent", minimum);
                levelFields.put(level.key(), new TextField[] {target, minimum});
                Div block = new Div(new Span(level.metric()), row(target, minimum));
                block.addClassName("av-offer-item");
                add(block);
            }
        }

        if (!consultation.questions().isEmpty()) {
            add(new H4(getTranslation("consultation.offer.form.security")));
            for (SecurityQuestion q : SecurityQuestion.values()) {
                if (!consultation.questions().contains(q)) {
                    continue;
                }
                SecurityAnswer was = mine.answers().get(q);
                // the question in a paragraph of its own: a group's label stays on one line, cut on a phone
                Paragraph asked = new Paragraph(getTranslation(q.labelKey()));
                asked.addClassName("av-question");
                RadioButtonGroup<SecurityAnswer.Level> level = new RadioButtonGroup<>();
                level.setAriaLabel(getTranslation(q.labelKey()));
                level.setItems(SecurityAnswer.Level.values());
                level.setItemLabelGenerator(a -> getTranslation(a.labelKey()));
                level.setRequiredIndicatorVisible(true);
                level.setId("answer-" + q.name());
                level.addValueChangeListener(e -> level.setInvalid(false));
                TextField comment = new TextField(getTranslation("consultation.offer.form.comment"));
                comment.setMaxLength(SecurityAnswer.COMMENT_MAX);
                comment.setWidthFull();
                if (was != null) {
                    level.setValue(was.level());
                    comment.setValue(was.comment());
                }
                answerLevels.put(q, level);
                answerComments.put(q, comment);
                Div block = new Div(asked, level, comment);
                block.addClassName("av-offer-item");
                add(block);
            }
        }

        note.setLabel(getTranslation("consultation.offer.form.note"));
        note.setMaxLength(OfferInput.NOTE_MAX);
        note.setWidthFull();
        note.setValue(mine.note());
        error.addClassName("av-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        send.setText(
                getTranslation(mine.answered() ? "consultation.offer.form.resend" : "consultation.offer.form.send"));
        send.setId("offer-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClickListener(e -> send());
        Button decline = new Button(getTranslation("consultation.offer.decline"), e -> onDecline.run());
        decline.setId("offer-decline");
        decline.addThemeVariants(ButtonVariant.TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(send, decline);
        actions.addClassName("av-toolbar");
        add(note, error, actions);
    }

    private static HorizontalLayout row(TextField... fields) {
        HorizontalLayout row = new HorizontalLayout(fields);
        row.setWrap(true);
        return row;
    }

    void send() {
        error.setVisible(false);
        byPath.values().forEach(f -> f.setInvalid(false));
        Locale l = getLocale();
        boolean readable = true;
        Map<String, Pricing> prices = new HashMap<>();
        for (var entry : bandPrices.entrySet()) {
            List<PriceBand> bands = new ArrayList<>();
            for (TextField field : entry.getValue()) {
                BigDecimal price = Numbers.read(field, l);
                readable &= price != null;
                // the limits are the need's: only the price is read from the provider
                bands.add(new PriceBand(0, null, price == null ? BigDecimal.ZERO : price));
            }
            prices.put(entry.getKey(), new BandPricing(app.avenant.contract.terms.BandMode.GRADUATED, bands));
        }
        for (var entry : baselinePrices.entrySet()) {
            TextField[] f = entry.getValue();
            BigDecimal fixed = Numbers.read(f[0], l);
            BigDecimal arc = Numbers.read(f[1], l);
            BigDecimal rrc = Numbers.read(f[2], l);
            readable &= fixed != null && arc != null && rrc != null;
            prices.put(
                    entry.getKey(),
                    new BaselineChargePricing(orZero(fixed), orZero(arc), orZero(rrc), BigDecimal.ZERO));
        }
        Map<String, CommittedLevel> levels = new HashMap<>();
        for (var entry : levelFields.entrySet()) {
            BigDecimal target = Numbers.read(entry.getValue()[0], l);
            BigDecimal minimum = Numbers.read(entry.getValue()[1], l);
            readable &= target != null && minimum != null;
            levels.put(entry.getKey(), new CommittedLevel(orZero(target), orZero(minimum)));
        }
        Map<SecurityQuestion, SecurityAnswer> answers = new EnumMap<>(SecurityQuestion.class);
        for (var entry : answerLevels.entrySet()) {
            SecurityAnswer.Level level = entry.getValue().getValue();
            if (level == null) {
                entry.getValue().setErrorMessage(getTranslation("consultation.error.offer.answer"));
                entry.getValue().setInvalid(true);
                readable = false;
                continue;
            }
            answers.put(
                    entry.getKey(),
                    new SecurityAnswer(level, answerComments.get(entry.getKey()).getValue()));
        }
        if (!readable) {
            showError(getTranslation("consultation.offer.form.check"));
            scrollToFirstInvalid();
            return;
        }
        try {
            consultations.submitOffer(consultation.id(), new OfferInput(prices, levels, answers, note.getValue()));
        } catch (InvalidTermsException e) {
            for (TermsViolation v : e.violations()) {
                TextField field = byPath.get(v.path());
                String message =
                        getTranslation("terms.violation." + v.code(), v.args().toArray());
                if (field != null) {
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                }
            }
            showError(getTranslation("consultation.offer.form.check"));
            scrollToFirstInvalid();
            return;
        } catch (ConsultationRuleException e) {
            showError(getTranslation(e.messageKey()));
            return;
        }
        Notification.show(getTranslation(updating ? "consultation.offer.updated" : "consultation.offer.sent"))
                .addThemeVariants(NotificationVariant.SUCCESS);
        onSent.run();
    }

    /** The first field said wrong comes into view, and takes the focus: the message next to it says why. */
    private void scrollToFirstInvalid() {
        java.util.List<com.vaadin.flow.component.Component> fields = new ArrayList<>();
        // in the order of the form: prices, levels, then the answers
        byPath.values().stream().filter(TextField::isInvalid).forEach(fields::add);
        answerLevels.values().stream().filter(RadioButtonGroup::isInvalid).forEach(fields::add);
        if (!fields.isEmpty()) {
            fields.getFirst().getElement().executeJs("this.scrollIntoView({block: 'center'})");
            if (fields.getFirst() instanceof TextField text) {
                text.focus();
            }
        }
    }

    private static BigDecimal orZero(@Nullable BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
