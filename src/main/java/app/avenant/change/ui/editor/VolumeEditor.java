package app.avenant.change.ui.editor;

import app.avenant.contract.terms.BandMode;
import app.avenant.contract.terms.BandPricing;
import app.avenant.contract.terms.BaselineChargePricing;
import app.avenant.contract.terms.PriceBand;
import app.avenant.contract.terms.Pricing;
import app.avenant.contract.terms.SeasonalProfile;
import app.avenant.contract.terms.VolumeTerms;
import app.avenant.shared.format.AmountParser;
import app.avenant.shared.ui.Help;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The volume terms of one scope item: "Tarifé au volume", baseline, flex range, the 12 seasonal coefficients
 * and one of the two pricing mechanisms (unit-price bands, or a fixed charge with ARC/RRC).
 */
class VolumeEditor extends Composite<Div> {

    enum Mechanism {
        BANDS,
        BASELINE_CHARGE
    }

    private final EditorContext ctx;
    private final H3 heading = new H3();
    final Checkbox priced;
    private final Div body = new Div();
    final TextField baseline;
    final TextField flex;
    final List<TextField> coefficients = new ArrayList<>(12);
    final RadioButtonGroup<Mechanism> mechanism = new RadioButtonGroup<>();
    private final Div bandsPanel = new Div();
    final RadioButtonGroup<BandMode> mode = new RadioButtonGroup<>();
    // assigned once, by pricing(...) during construction
    EditTable bandTable;
    private final Span bandsError = new Span();
    final List<BandRow> bands = new ArrayList<>();
    private final FormLayout chargePanel = new FormLayout();
    // assigned once, by pricing(...) during construction
    Button addBand;
    TextField fixedCharge;
    TextField arc;
    TextField rrc;
    TextField deadband;

    VolumeEditor(String title, @Nullable VolumeTerms volume, EditorContext ctx) {
        this.ctx = ctx;
        setTitle(title);
        Div card = getContent();
        card.addClassNames("av-card", "av-volume-item");

        priced = new Checkbox(ctx.t("changeeditor.volume.priced"), volume != null);
        ctx.watch(priced);
        priced.addValueChangeListener(e -> body.setVisible(e.getValue()));

        baseline = ctx.number(
                ctx.t("terms.field.volume.baselineMonthlyUnits"),
                volume == null ? "" : ctx.units(volume.baselineMonthlyUnits()),
                "12em");
        flex = ctx.number(
                ctx.t("changeeditor.volume.flex"),
                volume == null ? BigDecimal.valueOf(20) : volume.flexRangePercent(),
                ctx::percent,
                "10em");
        flex.setHelperText(ctx.t("changeeditor.volume.flex.hint"));
        baseline.setSuffixComponent(Help.icon(ctx.t("changeeditor.help.baseline")));
        flex.setSuffixComponent(Help.icon(ctx.t("changeeditor.help.flex")));
        FormLayout main = new FormLayout(baseline, flex);
        main.setAutoResponsive(true);
        // fields side by side as the width allows, not one per row down a narrow column (docs/decisions/0028)
        main.setAutoRows(true);

        body.add(
                main,
                new H4(new Span(ctx.t("changeeditor.volume.season")), Help.icon(ctx.t("changeeditor.help.season"))),
                season(volume),
                pricing(volume));
        body.setVisible(volume != null);
        card.add(heading, priced, body);
    }

    void setTitle(String title) {
        heading.setText(title.isBlank() ? ctx.t("changeeditor.scope.untitled") : title);
        if (bandTable != null) {
            bandTable.setCaption(ctx.t("changeeditor.volume.band.table", heading.getText()));
            addBand.setAriaLabel(ctx.t("changeeditor.volume.band.add.aria", heading.getText()));
        }
    }

    private Div season(@Nullable VolumeTerms volume) {
        Paragraph hint = new Paragraph(ctx.t("changeeditor.volume.season.hint"));
        hint.addClassName("av-hint");
        Div grid = new Div();
        grid.addClassName("av-season-grid");
        grid.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "repeat(auto-fill, minmax(5.5rem, 1fr))")
                .set("gap", "0 var(--lumo-space-s)");
        for (Month month : Month.values()) {
            BigDecimal coefficient = volume == null
                    ? BigDecimal.ONE
                    : volume.seasonalProfile().coefficients().get(month.ordinal());
            String name = month.getDisplayName(TextStyle.SHORT_STANDALONE, ctx.locale());
            name = name.substring(0, 1).toUpperCase(ctx.locale()) + name.substring(1);
            TextField field = ctx.number(name, coefficient, ctx::coefficient, "100%");
            field.setAriaLabel(ctx.t(
                    "changeeditor.volume.season.month", month.getDisplayName(TextStyle.FULL_STANDALONE, ctx.locale())));
            coefficients.add(field);
            grid.add(field);
        }
        return new Div(hint, grid);
    }

    private Div pricing(@Nullable VolumeTerms volume) {
        Pricing pricing = volume == null ? null : volume.pricing();
        mechanism.setLabel(ctx.t("terms.field.pricing.mechanism"));
        mechanism.setItems(Mechanism.values());
        mechanism.setItemLabelGenerator(m -> ctx.t("changeeditor.volume.mechanism." + m.name()));
        mechanism.setValue(pricing instanceof BaselineChargePricing ? Mechanism.BASELINE_CHARGE : Mechanism.BANDS);
        ctx.watch(mechanism);

        BandPricing bandPricing = pricing instanceof BandPricing b ? b : null;
        mode.setLabel(ctx.t("terms.field.pricing.bandMode"));
        mode.setItems(BandMode.values());
        mode.setItemLabelGenerator(m -> ctx.t("contract.volumes.mode." + m.name()) + " — "
                + ctx.t("contract.volumes.mode." + m.name() + ".hint"));
        mode.setValue(bandPricing == null ? BandMode.GRADUATED : bandPricing.mode());
        ctx.watch(mode);
        // one row per band, a column per field: a price is changed where it is read (issue 12, point 1)
        bandTable = new EditTable(
                "av-band-table",
                ctx.t("changeeditor.volume.band.table", heading.getText()),
                List.of(
                        new EditTable.Column(
                                ctx.t("contract.volumes.band.from"),
                                ctx.t("changeeditor.help.bandFrom"),
                                "minmax(7rem, 1fr)"),
                        new EditTable.Column(
                                ctx.t("contract.volumes.band.to"),
                                ctx.t("changeeditor.help.bandTo"),
                                "minmax(7rem, 1fr)"),
                        new EditTable.Column(ctx.t("changeeditor.volume.band.price"), null, "minmax(8rem, 1fr)"),
                        new EditTable.Column("", null, "2.75rem")));
        if (bandPricing == null) {
            addBandRow("0", "", null);
        } else {
            for (PriceBand band : bandPricing.bands()) {
                addBandRow(
                        ctx.units(band.fromUnits()),
                        band.toUnits() == null ? "" : ctx.units(band.toUnits()),
                        band.unitPrice());
            }
        }
        addBand = new Button(ctx.t("changeeditor.volume.band.add"), VaadinIcon.PLUS.create(), e -> addBandAfterLast());
        addBand.setAriaLabel(ctx.t("changeeditor.volume.band.add.aria", heading.getText()));
        Paragraph openHint = new Paragraph(ctx.t("changeeditor.volume.band.open.hint"));
        openHint.addClassName("av-hint");
        bandsPanel.add(mode, openHint, bandsError, bandTable, addBand);

        BaselineChargePricing charge = pricing instanceof BaselineChargePricing c ? c : null;
        fixedCharge = ctx.number(
                ctx.t("changeeditor.volume.charge.fixed"),
                charge == null ? null : charge.fixedMonthlyCharge(),
                ctx::amount,
                "12em");
        arc = ctx.number(
                ctx.t("changeeditor.volume.charge.arc"), charge == null ? null : charge.arcRate(), ctx::amount, "12em");
        rrc = ctx.number(
                ctx.t("changeeditor.volume.charge.rrc"), charge == null ? null : charge.rrcRate(), ctx::amount, "12em");
        deadband = ctx.number(
                ctx.t("changeeditor.volume.charge.deadband"),
                charge == null ? BigDecimal.valueOf(5) : charge.deadbandPercent(),
                ctx::percent,
                "10em");
        fixedCharge.setSuffixComponent(Help.icon(ctx.t("changeeditor.help.fixedCharge")));
        arc.setSuffixComponent(Help.icon(ctx.t("changeeditor.help.arc")));
        rrc.setSuffixComponent(Help.icon(ctx.t("changeeditor.help.rrc")));
        deadband.setSuffixComponent(Help.icon(ctx.t("changeeditor.help.deadband")));
        Paragraph chargeHint = new Paragraph(ctx.t("contract.volumes.charge.hint"));
        chargeHint.addClassName("av-hint");
        chargePanel.setAutoResponsive(true);
        // fields side by side as the width allows, not one per row down a narrow column (docs/decisions/0028)
        chargePanel.setAutoRows(true);
        chargePanel.add(fixedCharge, arc, rrc, deadband);
        Div charges = new Div(chargeHint, chargePanel);

        mechanism.addValueChangeListener(e -> showMechanism(e.getValue(), charges));
        showMechanism(mechanism.getValue(), charges);
        return new Div(new H4(ctx.t("contract.volumes.pricing")), mechanism, bandsPanel, charges);
    }

    private void showMechanism(@Nullable Mechanism selected, Div charges) {
        bandsPanel.setVisible(selected != Mechanism.BASELINE_CHARGE);
        charges.setVisible(selected == Mechanism.BASELINE_CHARGE);
    }

    /** "Ajouter une tranche": starts one unit after the previous band ends, when that end is known. */
    private void addBandAfterLast() {
        String from = "";
        if (!bands.isEmpty()) {
            String previousTo = bands.getLast().to.getValue().strip();
            try {
                from = previousTo.isEmpty()
                        ? ""
                        : ctx.units(AmountParser.parse(previousTo).longValueExact() + 1);
            } catch (IllegalArgumentException | ArithmeticException e) {
                from = "";
            }
        } else {
            from = "0";
        }
        BandRow row = addBandRow(from, "", null);
        ctx.markDirty();
        (from.isEmpty() ? row.from : row.to).focus();
    }

    private BandRow addBandRow(String from, String to, @Nullable BigDecimal price) {
        BandRow row = new BandRow(from, to, price);
        bands.add(row);
        bandTable.addRow(row);
        renumber();
        return row;
    }

    private void renumber() {
        for (int i = 0; i < bands.size(); i++) {
            bands.get(i).remove.setAriaLabel(ctx.t("changeeditor.volume.band.remove", i + 1));
            bands.get(i).getElement().setAttribute("aria-rowindex", String.valueOf(i + 2));
        }
    }

    /** The volume terms, or null when the item is not priced by volume (hidden fields are then ignored). */
    @Nullable
    VolumeTerms build(String itemPath) {
        if (!priced.getValue()) {
            return null;
        }
        String path = itemPath + ".volume";
        ctx.register(path + ".baselineMonthlyUnits", baseline);
        ctx.register(path + ".flexRangePercent", flex);
        for (int m = 1; m <= 12; m++) {
            ctx.register(path + ".seasonalProfile.coefficients[" + m + "]", coefficients.get(m - 1));
        }
        Long units = ctx.readWhole(baseline, true);
        BigDecimal flexPercent = ctx.readDecimal(flex, false);
        List<@Nullable BigDecimal> season = new ArrayList<>(12);
        for (TextField coefficient : coefficients) {
            season.add(ctx.readDecimal(coefficient, false));
        }
        Pricing pricing;
        String pricingPath = path + ".pricing";
        ctx.register(pricingPath, mechanism);
        if (mechanism.getValue() == Mechanism.BASELINE_CHARGE) {
            ctx.register(pricingPath + ".fixedMonthlyCharge", fixedCharge);
            ctx.register(pricingPath + ".arcRate", arc);
            ctx.register(pricingPath + ".rrcRate", rrc);
            ctx.register(pricingPath + ".deadbandPercent", deadband);
            pricing = new BaselineChargePricing(
                    ctx.readDecimal(fixedCharge, false),
                    ctx.readDecimal(arc, false),
                    ctx.readDecimal(rrc, false),
                    ctx.readDecimal(deadband, false));
        } else {
            ctx.register(pricingPath + ".mode", mode);
            ctx.register(pricingPath + ".bands", bandsError);
            List<PriceBand> built = new ArrayList<>(bands.size());
            for (int i = 0; i < bands.size(); i++) {
                BandRow row = bands.get(i);
                String bandPath = pricingPath + ".bands[" + (i + 1) + "]";
                ctx.register(bandPath + ".fromUnits", row.from);
                ctx.register(bandPath + ".toUnits", row.to);
                ctx.register(bandPath + ".unitPrice", row.price);
                Long from = ctx.readWhole(row.from, true);
                Long to = ctx.readWhole(row.to, false);
                BigDecimal price = ctx.readDecimal(row.price, false);
                built.add(new PriceBand(from == null ? 0 : from, to, price));
            }
            pricing = new BandPricing(mode.getValue(), built);
        }
        // unreadable numbers are reported by ctx and the terms are then not built: the zero is never used
        return new VolumeTerms(units == null ? 0 : units, new SeasonalProfile(season), flexPercent, pricing);
    }

    /** The field of a {@code FieldChange} code ({@code band.unitPrice} of the band starting at its detail…), or null. */
    @Nullable
    Component field(String code, @Nullable String detail) {
        return switch (code) {
            case "volume.baselineMonthlyUnits" -> baseline;
            case "volume.flexRangePercent" -> flex;
            case "volume.seasonalCoefficient" -> month(detail);
            case "pricing.mechanism" -> mechanism;
            case "pricing.bandMode" -> mode;
            case "band.unitPrice" -> band(detail) == null ? null : band(detail).price;
            case "band.toUnits" -> band(detail) == null ? null : band(detail).to;
            case "pricing.fixedMonthlyCharge" -> fixedCharge;
            case "pricing.arcRate" -> arc;
            case "pricing.rrcRate" -> rrc;
            case "pricing.deadbandPercent" -> deadband;
            default -> null;
        };
    }

    private @Nullable TextField month(@Nullable String detail) {
        try {
            int m = Integer.parseInt(String.valueOf(detail));
            return m >= 1 && m <= 12 ? coefficients.get(m - 1) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Marks and shows the band starting at {@code fromUnits} and puts the cursor on its price: the editor was opened
     * from that band's « Proposer une modification ». False when no band starts there (it changed meanwhile).
     */
    boolean focusBand(String fromUnits) {
        BandRow row = band(fromUnits);
        if (row == null) {
            return false;
        }
        row.getElement().getClassList().add("av-focused");
        // mid-screen: at the top, the row would sit under the navigation bar, its item's title out of sight
        row.getElement().executeJs("this.scrollIntoView({block: 'center'})");
        row.price.focus();
        return true;
    }

    /** The band row whose "de" reads as {@code fromUnits} (bands are matched on their first unit). */
    private @Nullable BandRow band(@Nullable String fromUnits) {
        for (BandRow row : bands) {
            try {
                if (String.valueOf(AmountParser.parseWhole(row.from.getValue().strip()))
                        .equals(fromUnits)) {
                    return row;
                }
            } catch (IllegalArgumentException e) {
                // an unreadable start matches no band
            }
        }
        return null;
    }

    /** One band of the table: "de", "à" (empty = and above), unit price, and its remove button. */
    final class BandRow extends Composite<Div> {

        final TextField from;
        final TextField to;
        final TextField price;
        final Button remove;

        BandRow(String fromValue, String toValue, @Nullable BigDecimal priceValue) {
            from = ctx.number(ctx.t("contract.volumes.band.from"), fromValue, "100%");
            to = ctx.number(ctx.t("contract.volumes.band.to"), toValue, "100%");
            to.setPlaceholder(ctx.t("contract.volumes.band.open"));
            price = ctx.number(ctx.t("changeeditor.volume.band.price"), priceValue, ctx::amount, "100%");
            remove = new Button(VaadinIcon.TRASH.create(), e -> {
                bands.remove(this);
                bandTable.removeRow(this);
                renumber();
                ctx.markDirty();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setTooltipText(ctx.t("changeeditor.volume.band.remove.tooltip"));
            Div row = getContent();
            bandTable.asRow(row, "av-band-row");
            row.add(EditTable.cell(from), EditTable.cell(to), EditTable.cell(price), EditTable.cell(remove));
        }
    }
}
