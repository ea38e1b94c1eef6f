package app.avenant.performance.ui;

import app.avenant.contract.terms.VolumePricing.ChargeLine;
import app.avenant.performance.ItemCharge;
import app.avenant.performance.ItemVolume;
import app.avenant.performance.MonthFigures;
import app.avenant.performance.VolumeStatus;
import app.avenant.shared.ui.Tables;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Per scope item: its billable units against the month's baseline and flex range, then the lines that price
 * them (bands, fixed charge, ARC, RRC) in words, as computed by the version named above. Only formats.
 */
class StatementChargesSection extends Composite<Section> {

    StatementChargesSection(MonthFigures figures) {
        Section root = getContent();
        root.setId("statement-charges");
        root.addClassName("av-statement-section");
        root.add(new H3(getTranslation("performance.statementui.items.title")));
        if (figures.volumes().isEmpty() && figures.charges().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("performance.statementui.items.empty"));
            empty.addClassName("av-empty");
            root.add(empty);
            return;
        }
        Map<String, ItemCharge> charges = figures.charges().stream()
                .collect(Collectors.toMap(ItemCharge::scopeItemKey, Function.identity(), (a, b) -> a));
        for (ItemVolume volume : figures.volumes()) {
            root.add(item(volume, charges.remove(volume.scopeItemKey())));
        }
        // a charge without a volume row (should not happen): still shown, nothing priced is hidden
        for (ItemCharge charge : charges.values()) {
            root.add(item(
                    new ItemVolume(
                            charge.scopeItemKey(),
                            charge.title(),
                            "",
                            charge.units(),
                            null,
                            null,
                            null,
                            VolumeStatus.NO_VOLUME_TERMS),
                    charge));
        }
    }

    private Div item(ItemVolume volume, @Nullable ItemCharge charge) {
        Div card = new Div();
        card.addClassNames("av-statement-item");
        card.add(new H4(volume.title()));
        String unit = volume.unitOfMeasure().isBlank()
                ? getTranslation("performance.statementui.items.unitsWord")
                : volume.unitOfMeasure();
        Div facts = new Div(new Span(getTranslation(
                "performance.statementui.items.units", StatementTexts.units(this, volume.units()), unit)));
        facts.addClassName("av-statement-facts");
        if (volume.monthBaseline() != null) {
            facts.add(new Span(getTranslation(
                    "performance.statementui.items.baseline", StatementTexts.units(this, volume.monthBaseline()))));
        }
        if (volume.flexMin() != null && volume.flexMax() != null) {
            facts.add(new Span(getTranslation(
                    "performance.statementui.items.flex",
                    StatementTexts.units(this, volume.flexMin()),
                    StatementTexts.units(this, volume.flexMax()))));
        }
        facts.add(new StatementPill(
                StatementTexts.volumeStatus(this, volume.status()),
                switch (volume.status()) {
                    case INSIDE -> StatementPill.Tone.SUCCESS;
                    case ABOVE, BELOW -> StatementPill.Tone.WARNING;
                    case NO_VOLUME_TERMS -> StatementPill.Tone.NEUTRAL;
                }));
        card.add(facts);
        if (charge != null) {
            card.add(lines(charge));
        }
        return card;
    }

    private NativeTable lines(ItemCharge charge) {
        NativeTable table = Tables.table(
                getTranslation("performance.statementui.items.line"),
                getTranslation("performance.statementui.items.amount"));
        table.addClassName("av-statement-lines");
        if (charge.charge().lines().isEmpty()) {
            NativeTableRow row = table.getBody().addRow();
            row.add(
                    new NativeTableCell(getTranslation("performance.statementui.items.noLine")),
                    Tables.numeric(StatementTexts.money(this, charge.charge().total())));
        }
        for (ChargeLine line : charge.charge().lines()) {
            NativeTableRow row = table.getBody().addRow();
            row.add(
                    new NativeTableCell(StatementTexts.chargeLine(this, line)),
                    Tables.numeric(StatementTexts.money(this, line.amount())));
        }
        NativeTableRow total = table.getFoot().addRow();
        total.addHeaderCell().setText(getTranslation("performance.statementui.items.total"));
        total.add(Tables.numeric(StatementTexts.money(this, charge.charge().total())));
        return table;
    }
}
