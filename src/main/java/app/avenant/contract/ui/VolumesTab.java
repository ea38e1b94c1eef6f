package app.avenant.contract.ui;

import app.avenant.contract.terms.BandPricing;
import app.avenant.contract.terms.BaselineChargePricing;
import app.avenant.contract.terms.PriceBand;
import app.avenant.contract.terms.ScopeItem;
import app.avenant.contract.terms.VolumePricing;
import app.avenant.contract.terms.VolumePricing.FlexRange;
import app.avenant.contract.terms.VolumePricing.MonthProjection;
import app.avenant.contract.terms.VolumePricing.ProjectedCost;
import app.avenant.contract.terms.VolumeTerms;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.Tables;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.Month;
import java.util.List;
import java.util.Locale;

/**
 * Tab "Volumes": per volume-priced scope item, the baseline, flex range, seasonal profile, pricing mechanism
 * and the cost projected at baseline. Every amount comes from {@link VolumePricing}; this tab only formats.
 */
class VolumesTab extends Composite<Div> {

    private final Locale locale;
    private final ProposeChange propose;

    VolumesTab(List<ScopeItem> items, Month currentMonth, ProposeChange propose) {
        this.locale = getLocale();
        this.propose = propose;
        Div root = getContent();
        root.addClassName("av-tab");
        List<ScopeItem> priced = items.stream().filter(i -> i.volume() != null).toList();
        if (priced.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("contract.volumes.empty"));
            empty.addClassName("av-empty");
            root.add(empty);
            return;
        }
        Paragraph intro = new Paragraph(getTranslation("contract.volumes.intro"));
        intro.addClassName("av-hint");
        root.add(intro);
        BigDecimal totalMonthly = BigDecimal.ZERO;
        BigDecimal totalYearly = BigDecimal.ZERO;
        for (ScopeItem item : priced) {
            VolumeTerms volume = item.volume();
            ProjectedCost projection = VolumePricing.projectedAtBaseline(volume);
            totalMonthly = totalMonthly.add(projection.monthlyAtFlatBaseline());
            totalYearly = totalYearly.add(projection.yearly());
            root.add(item(item, volume, projection, currentMonth));
        }
        Div total = new Div(
                new H3(getTranslation("contract.volumes.total.title")),
                new Facts()
                        .add(getTranslation("contract.volumes.total.monthly"), money(totalMonthly))
                        .add(getTranslation("contract.volumes.total.yearly"), money(totalYearly)));
        total.addClassNames("av-card", "av-total");
        root.add(total);
    }

    private Component item(ScopeItem item, VolumeTerms volume, ProjectedCost projection, Month currentMonth) {
        Div card = new Div();
        card.addClassNames("av-card", "av-volume-item");
        card.add(new H3(item.title()));
        // a band price or the baseline changed from here opens the editor on this item's volumes
        propose.link("VOLUMES:" + item.key()).ifPresent(card::add);

        FlexRange range = VolumePricing.flexRange(volume, currentMonth);
        Span monthRange = new Span(getTranslation(
                "contract.volumes.flex.month",
                Labels.monthInSentence(currentMonth, locale),
                units(range.min()),
                units(range.max())));
        monthRange.addClassName("av-hint");
        card.add(new Facts()
                .add(
                        getTranslation("contract.volumes.unit"),
                        item.unitOfMeasure().isBlank()
                                ? getTranslation("contract.scope.missing")
                                : item.unitOfMeasure())
                .add(
                        getTranslation("contract.volumes.baseline"),
                        getTranslation("contract.volumes.baseline.value", units(volume.baselineMonthlyUnits())))
                .add(
                        getTranslation("contract.volumes.flex"),
                        new Span(getTranslation(
                                "contract.volumes.flex.value", Formats.percent(volume.flexRangePercent(), locale))),
                        new Div(monthRange)));

        card.add(new H4(getTranslation("contract.volumes.pricing")));
        card.add(
                switch (volume.pricing()) {
                    case BandPricing bands -> bands(item, bands);
                    case BaselineChargePricing charge -> baselineCharge(charge, volume.baselineMonthlyUnits());
                });

        card.add(new H4(getTranslation("contract.volumes.season.title")), season(volume, projection));
        card.add(new Facts()
                .add(getTranslation("contract.volumes.projection.monthly"), money(projection.monthlyAtFlatBaseline()))
                .add(getTranslation("contract.volumes.projection.yearly"), money(projection.yearly())));
        return card;
    }

    private Component bands(ScopeItem item, BandPricing pricing) {
        String mode = "contract.volumes.mode." + pricing.mode().name();
        Span hint = new Span(getTranslation(mode + ".hint"));
        hint.addClassName("av-hint");
        Facts facts =
                new Facts().add(getTranslation("contract.volumes.mode"), new Span(getTranslation(mode)), new Div(hint));
        boolean mayPropose = propose.link("VOLUMES:" + item.key()).isPresent();
        NativeTable table = mayPropose
                ? Tables.table(
                        getTranslation("contract.volumes.band.from"),
                        getTranslation("contract.volumes.band.to"),
                        getTranslation("contract.volumes.band.unitPrice"),
                        getTranslation("contract.volumes.band.propose.column"))
                : Tables.table(
                        getTranslation("contract.volumes.band.from"),
                        getTranslation("contract.volumes.band.to"),
                        getTranslation("contract.volumes.band.unitPrice"));
        table.addClassName("av-bands");
        for (PriceBand band : pricing.bands()) {
            NativeTableRow row = table.getBody().addRow();
            row.add(
                    Tables.numeric(units(band.fromUnits())),
                    Tables.numeric(
                            band.toUnits() == null
                                    ? getTranslation("contract.volumes.band.open")
                                    : units(band.toUnits())),
                    Tables.numeric(money(band.unitPrice())));
            // "every band has its own 'Proposer une modification'": the editor opens on this band, its price ready
            propose.link("VOLUMES:" + item.key() + ":band:" + band.fromUnits()).ifPresent(link -> {
                if (link instanceof Anchor anchor) {
                    anchor.setText(getTranslation("contract.volumes.band.propose"));
                    anchor.getElement()
                            .setAttribute(
                                    "aria-label",
                                    getTranslation(
                                            "contract.volumes.band.propose.aria",
                                            item.title(),
                                            units(band.fromUnits())));
                    anchor.addClassName("av-propose-band");
                }
                row.add(new NativeTableCell(link));
            });
        }
        return new Div(facts, table);
    }

    private Component baselineCharge(BaselineChargePricing pricing, long baselineUnits) {
        Span hint = new Span(getTranslation("contract.volumes.charge.hint"));
        hint.addClassName("av-hint");
        Facts facts = new Facts()
                .add(getTranslation("contract.volumes.mode"), getTranslation("contract.volumes.charge.title"))
                .add(
                        getTranslation("contract.volumes.charge.fixed"),
                        getTranslation(
                                "contract.volumes.charge.fixed.value",
                                money(pricing.fixedMonthlyCharge()),
                                units(baselineUnits)))
                .add(
                        getTranslation("contract.volumes.charge.arc"),
                        getTranslation("contract.volumes.charge.perUnit", money(pricing.arcRate())))
                .add(
                        getTranslation("contract.volumes.charge.rrc"),
                        getTranslation("contract.volumes.charge.perUnit", money(pricing.rrcRate())))
                .add(
                        getTranslation("contract.volumes.charge.deadband"),
                        new Span(getTranslation(
                                "contract.volumes.charge.deadband.value",
                                Formats.percent(pricing.deadbandPercent(), locale))),
                        new Div(hint));
        return facts;
    }

    private Component season(VolumeTerms volume, ProjectedCost projection) {
        NativeTable table = Tables.table(
                getTranslation("contract.volumes.season.month"),
                getTranslation("contract.volumes.season.coefficient"),
                getTranslation("contract.volumes.season.units"),
                getTranslation("contract.volumes.season.amount"));
        table.addClassName("av-season");
        for (MonthProjection month : projection.months()) {
            NativeTableRow row = table.getBody().addRow();
            row.add(
                    new NativeTableCell(Labels.month(month.month(), locale)),
                    Tables.numeric(
                            "×" + Formats.decimal(volume.seasonalProfile().coefficient(month.month()), 3, locale)),
                    Tables.numeric(units(month.units())),
                    Tables.numeric(money(month.amount())));
        }
        return table;
    }

    private String units(long units) {
        return Formats.units(units, locale);
    }

    private String money(BigDecimal amount) {
        return Formats.money(amount, locale);
    }
}
