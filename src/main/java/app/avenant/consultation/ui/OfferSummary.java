package app.avenant.consultation.ui;

import app.avenant.consultation.ConsultationDetail;
import app.avenant.consultation.OfferComparison;
import app.avenant.consultation.OfferView;
import app.avenant.consultation.SecurityAnswer;
import app.avenant.consultation.SecurityQuestion;
import app.avenant.contract.terms.BandPricing;
import app.avenant.contract.terms.BaselineChargePricing;
import app.avenant.contract.terms.ScopeItem;
import app.avenant.contract.terms.ServiceLevel;
import app.avenant.contract.terms.Terms;
import app.avenant.contract.terms.VolumeTerms;
import app.avenant.shared.format.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * A provider's offer as it was sent, read-only: what it keeps once the consultation is decided or its answer date has
 * passed (its prices, its commitments, its answers, its note and what it costs over the first year).
 */
class OfferSummary extends Div {

    OfferSummary(ConsultationDetail consultation, OfferView offer) {
        addClassName("av-offer-summary");
        setId("my-offer");
        Terms terms = offer.terms();
        if (terms == null) {
            return;
        }
        Locale l = getLocale();
        add(new H3(getTranslation("consultation.mine.sent")));
        BigDecimal yearly =
                OfferComparison.monthlyCost(consultation.need(), terms, OfferComparison.months(consultation.need()))
                        .stream()
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        add(new Paragraph(getTranslation("consultation.mine.yearly", Formats.money(yearly, l))));
        UnorderedList prices = new UnorderedList();
        for (ScopeItem item : terms.scopeItems()) {
            VolumeTerms volume = item.volume();
            if (volume == null) {
                continue;
            }
            String priced = switch (volume.pricing()) {
                case BandPricing bands ->
                    String.join(
                            " ; ",
                            bands.bands().stream()
                                    .map(b -> NeedPanel.band(b, l) + " : " + Formats.money(b.unitPrice(), l))
                                    .toList());
                case BaselineChargePricing fixed ->
                    getTranslation(
                            "consultation.mine.fixed",
                            Formats.money(fixed.fixedMonthlyCharge(), l),
                            Formats.money(fixed.arcRate(), l),
                            Formats.money(fixed.rrcRate(), l));
            };
            prices.add(new ListItem(item.title() + " — " + priced));
        }
        for (ServiceLevel level : terms.serviceLevels()) {
            prices.add(new ListItem(getTranslation(
                    "consultation.mine.level",
                    level.metric(),
                    Formats.percent(level.targetPercent(), l),
                    Formats.percent(level.minimumPercent(), l))));
        }
        add(prices);
        if (!offer.answers().isEmpty()) {
            UnorderedList answers = new UnorderedList();
            for (SecurityQuestion q : SecurityQuestion.values()) {
                SecurityAnswer answer = offer.answers().get(q);
                if (answer != null) {
                    com.vaadin.flow.component.html.Span level = new com.vaadin.flow.component.html.Span(
                            getTranslation(answer.level().labelKey()));
                    level.addClassName("av-answer-level");
                    ListItem line =
                            new ListItem(new com.vaadin.flow.component.html.Div(getTranslation(q.labelKey())), level);
                    if (!answer.comment().isBlank()) {
                        line.add(new com.vaadin.flow.component.html.Span(" — " + answer.comment()));
                    }
                    answers.add(line);
                }
            }
            add(answers);
        }
        if (!offer.note().isBlank()) {
            add(new Paragraph(getTranslation("consultation.mine.note", offer.note())));
        }
    }
}
