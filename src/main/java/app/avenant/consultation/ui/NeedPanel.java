package app.avenant.consultation.ui;

import app.avenant.consultation.ConsultationDetail;
import app.avenant.consultation.OfferComparison;
import app.avenant.consultation.SecurityQuestion;
import app.avenant.contract.terms.BandPricing;
import app.avenant.contract.terms.BaselineChargePricing;
import app.avenant.contract.terms.PriceBand;
import app.avenant.contract.terms.ScopeItem;
import app.avenant.contract.terms.ServiceLevel;
import app.avenant.contract.terms.Terms;
import app.avenant.contract.terms.VolumeTerms;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.Tables;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The need as both sides read it: the tasks and how each is accepted, the units expected month by month, how each is
 * priced (the bands or the deadband every offer fills in), the levels asked and the security questions. No price: the
 * template's suggested prices are the PME's placeholders, not a figure to show the providers.
 */
class NeedPanel extends Div {

    NeedPanel(ConsultationDetail c) {
        addClassName("av-need");
        Terms need = c.need();
        Locale l = getLocale();
        add(new H3(getTranslation("consultation.need.scope")));
        NativeTable scope = Tables.table(
                getTranslation("consultation.need.column.task"),
                getTranslation("consultation.need.column.description"),
                getTranslation("consultation.need.column.acceptance"),
                getTranslation("consultation.need.column.pricing"));
        for (ScopeItem item : need.scopeItems()) {
            NativeTableRow row = scope.getBody().addRow();
            row.addDataCell().setText(item.title());
            row.addDataCell().setText(item.description());
            row.addDataCell().setText(item.acceptanceCriteria());
            row.addDataCell().setText(mechanism(item, l));
        }
        add(scroll(scope));

        List<ScopeItem> volumeItems =
                need.scopeItems().stream().filter(i -> i.volume() != null).toList();
        add(new H3(getTranslation("consultation.need.volumes")));
        Paragraph hint = new Paragraph(getTranslation("consultation.need.volumes.hint"));
        hint.addClassName("av-hint");
        add(hint);
        List<String> headers = new ArrayList<>();
        headers.add(getTranslation("consultation.need.column.month"));
        volumeItems.forEach(i -> headers.add(i.title() + " (" + i.unitOfMeasure() + ")"));
        NativeTable volumes = Tables.table(headers.toArray(String[]::new));
        for (YearMonth month : OfferComparison.months(need)) {
            NativeTableRow row = volumes.getBody().addRow();
            row.addDataCell().setText(monthName(month, l));
            for (ScopeItem item : volumeItems) {
                VolumeTerms volume = item.volume();
                row.add(Tables.numeric(Formats.units(OfferComparison.expectedUnits(volume, month), l)));
            }
        }
        volumes.addClassName("av-volumes");
        add(scroll(volumes));

        if (!need.serviceLevels().isEmpty()) {
            add(new H3(getTranslation("consultation.need.levels")));
            NativeTable levels = Tables.table(
                    getTranslation("consultation.need.column.level"),
                    getTranslation("consultation.need.column.target"),
                    getTranslation("consultation.need.column.minimum"),
                    getTranslation("consultation.need.column.credit"));
            for (ServiceLevel level : need.serviceLevels()) {
                NativeTableRow row = levels.getBody().addRow();
                row.addDataCell().setText(level.metric());
                row.add(Tables.numeric(Formats.percent(level.targetPercent(), l)));
                row.add(Tables.numeric(Formats.percent(level.minimumPercent(), l)));
                row.addDataCell()
                        .setText(
                                level.critical()
                                        ? getTranslation(
                                                "consultation.need.credit",
                                                Formats.percent(
                                                        level.creditPercentOfMonth(
                                                                need.header().atRiskPercent()),
                                                        l))
                                        : getTranslation("consultation.need.credit.none"));
            }
            add(scroll(levels));
        }
        add(new H3(getTranslation("consultation.need.questions")));
        if (c.questions().isEmpty()) {
            add(new Paragraph(getTranslation("consultation.need.questions.none")));
        } else {
            UnorderedList list = new UnorderedList();
            for (SecurityQuestion q : SecurityQuestion.values()) {
                if (c.questions().contains(q)) {
                    list.add(new ListItem(getTranslation(q.labelKey())));
                }
            }
            add(list);
        }
    }

    /** "Par tranches : 0–500, 501–1 000, 1 001 et plus" or "Forfait mensuel, marge de ±5 %". */
    String mechanism(ScopeItem item, Locale l) {
        VolumeTerms volume = item.volume();
        if (volume == null) {
            return getTranslation("consultation.need.pricing.none");
        }
        return switch (volume.pricing()) {
            case BandPricing bands ->
                getTranslation(
                        bands.mode() == app.avenant.contract.terms.BandMode.VOLUME
                                ? "consultation.need.pricing.bands.VOLUME"
                                : "consultation.need.pricing.bands",
                        String.join(
                                ", ",
                                bands.bands().stream().map(b -> band(b, l)).toList()));
            case BaselineChargePricing baseline ->
                getTranslation("consultation.need.pricing.baseline", Formats.percent(baseline.deadbandPercent(), l));
        };
    }

    static String band(PriceBand band, Locale l) {
        return band.toUnits() == null
                ? Formats.units(band.fromUnits(), l) + " +"
                : Formats.units(band.fromUnits(), l) + "–" + Formats.units(band.toUnits(), l);
    }

    static String monthName(YearMonth month, Locale l) {
        String name = month.getMonth().getDisplayName(TextStyle.FULL, l);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1) + " " + month.getYear();
    }

    static Div scroll(NativeTable table) {
        Div wrapper = new Div(table);
        wrapper.addClassName("av-scroll");
        return wrapper;
    }
}
