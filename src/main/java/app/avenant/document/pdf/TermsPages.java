package app.avenant.document.pdf;

import app.avenant.contract.terms.BandPricing;
import app.avenant.contract.terms.BaselineChargePricing;
import app.avenant.contract.terms.ContractHeader;
import app.avenant.contract.terms.Deadline;
import app.avenant.contract.terms.Objective;
import app.avenant.contract.terms.PriceBand;
import app.avenant.contract.terms.ScopeItem;
import app.avenant.contract.terms.ServiceLevel;
import app.avenant.contract.terms.Terms;
import app.avenant.contract.terms.VolumePricing;
import app.avenant.contract.terms.VolumePricing.MonthProjection;
import app.avenant.contract.terms.VolumePricing.ProjectedCost;
import app.avenant.contract.terms.VolumeTerms;
import app.avenant.contract.ui.Labels;
import app.avenant.contract.ui.TermsText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole terms of one version, in the order and words of the contract's tabs: header clauses (term, renewal,
 * notice, at-risk amount, penalty cap), objectives, scope items with their acceptance criteria, volumes (baseline,
 * flexibility, bands or ARC/RRC, seasonal profile with the projected cost) and service levels.
 */
final class TermsPages {

    private final PdfLayout pdf;
    private final Words w;

    TermsPages(PdfLayout pdf, Words words) {
        this.pdf = pdf;
        this.w = words;
    }

    void write(Terms terms) {
        header(terms.header());
        objectives(terms.objectives());
        scope(terms.scopeItems());
        volumes(terms.scopeItems());
        serviceLevels(terms, terms.serviceLevels());
    }

    private void header(ContractHeader h) {
        pdf.heading(w.t("contract.header.frame"));
        List<String[]> facts = new ArrayList<>();
        facts.add(pair("contract.header.startDate", w.date(h.startDate())));
        facts.add(pair("contract.header.initialTerm", months(h.initialTermMonths())));
        facts.add(pair("contract.header.renewal", TermsText.enumLabel(w.locale(), h.renewal())));
        facts.add(pair("contract.header.renewalTerm", months(h.renewalTermMonths())));
        facts.add(pair("contract.header.noticePeriod", months(h.noticePeriodMonths())));
        pdf.facts(facts);
        pdf.subheading(w.t("contract.header.penalties"));
        pdf.facts(List.of(
                pair("contract.header.atRisk", w.t("contract.header.atRisk.value", w.percent(h.atRiskPercent()))),
                pair(
                        "contract.header.penaltyCap",
                        h.penaltyCapAmount() == null
                                ? w.t("contract.header.penaltyCap.none")
                                : w.money(h.penaltyCapAmount()))));
        pdf.note(w.t("contract.header.penaltyCap.hint"));
    }

    private void objectives(List<Objective> objectives) {
        pdf.heading(w.t("contract.tab.objectives"));
        if (objectives.isEmpty()) {
            pdf.text(w.t("contract.objectives.empty"));
            return;
        }
        List<List<String>> rows = objectives.stream()
                .map(o -> List.of(
                        TermsText.enumLabel(w.locale(), o.kind()),
                        o.description(),
                        o.indicator().isBlank() ? w.t("contract.objectives.indicator.none") : o.indicator()))
                .toList();
        pdf.table(
                new float[] {2, 5, 4},
                List.of(
                        w.t("terms.field.objective.kind"),
                        w.t("terms.field.objective.description"),
                        w.t("terms.field.objective.indicator")),
                rows);
    }

    private void scope(List<ScopeItem> items) {
        pdf.heading(w.t("contract.tab.scope"));
        if (items.isEmpty()) {
            pdf.text(w.t("contract.scope.empty"));
            return;
        }
        for (ScopeItem item : items) {
            pdf.subheading(item.title());
            List<String[]> facts = new ArrayList<>();
            facts.add(pair("contract.scope.description", orNone(item.description())));
            facts.add(pair("contract.scope.acceptance", orNone(item.acceptanceCriteria())));
            facts.add(pair("contract.scope.unit", orNone(item.unitOfMeasure())));
            facts.add(pair("contract.scope.documentation", orNone(item.documentationUrl())));
            if (!item.attachments().isEmpty()) {
                // the name and the start of each document's fingerprint: a paper copy says which file was meant
                facts.add(pair(
                        "terms.field.scope.attachments",
                        item.attachments().stream()
                                .map(a ->
                                        a.fileName() + " (SHA-256 " + a.sha256().substring(0, 16) + "…)")
                                .collect(java.util.stream.Collectors.joining("\n"))));
            }
            if (item.retainedDecision()) {
                facts.add(pair("contract.scope.retained", w.t("contract.scope.retained.hint")));
            }
            pdf.facts(facts);
        }
    }

    private void volumes(List<ScopeItem> items) {
        List<ScopeItem> priced = items.stream().filter(i -> i.volume() != null).toList();
        pdf.heading(w.t("contract.tab.volumes"));
        if (priced.isEmpty()) {
            pdf.text(w.t("contract.volumes.empty"));
            return;
        }
        BigDecimal totalMonthly = BigDecimal.ZERO;
        BigDecimal totalYearly = BigDecimal.ZERO;
        for (ScopeItem item : priced) {
            VolumeTerms volume = item.volume();
            ProjectedCost projection = VolumePricing.projectedAtBaseline(volume);
            totalMonthly = totalMonthly.add(projection.monthlyAtFlatBaseline());
            totalYearly = totalYearly.add(projection.yearly());
            volume(item, volume, projection);
        }
        pdf.subheading(w.t("contract.volumes.total.title"));
        pdf.facts(List.of(
                pair("contract.volumes.total.monthly", w.money(totalMonthly)),
                pair("contract.volumes.total.yearly", w.money(totalYearly))));
    }

    private void volume(ScopeItem item, VolumeTerms volume, ProjectedCost projection) {
        pdf.subheading(item.title());
        List<String[]> facts = new ArrayList<>();
        facts.add(pair("contract.volumes.unit", orNone(item.unitOfMeasure())));
        facts.add(pair(
                "contract.volumes.baseline",
                w.t("contract.volumes.baseline.value", w.units(volume.baselineMonthlyUnits()))));
        facts.add(pair(
                "contract.volumes.flex", w.t("contract.volumes.flex.value", w.percent(volume.flexRangePercent()))));
        switch (volume.pricing()) {
            case BandPricing bands -> {
                facts.add(pair("contract.volumes.pricing", w.t("terms.pricing.BANDS")));
                facts.add(pair(
                        "contract.volumes.mode",
                        w.t("contract.volumes.mode." + bands.mode().name())));
                pdf.facts(facts);
                bands(bands);
            }
            case BaselineChargePricing charge -> {
                facts.add(pair("contract.volumes.pricing", w.t("terms.pricing.BASELINE_CHARGE")));
                facts.add(pair(
                        "contract.volumes.charge.fixed",
                        w.t(
                                "contract.volumes.charge.fixed.value",
                                w.money(charge.fixedMonthlyCharge()),
                                w.units(volume.baselineMonthlyUnits()))));
                facts.add(pair(
                        "contract.volumes.charge.arc",
                        w.t("contract.volumes.charge.perUnit", w.money(charge.arcRate()))));
                facts.add(pair(
                        "contract.volumes.charge.rrc",
                        w.t("contract.volumes.charge.perUnit", w.money(charge.rrcRate()))));
                facts.add(pair(
                        "contract.volumes.charge.deadband",
                        w.t("contract.volumes.charge.deadband.value", w.percent(charge.deadbandPercent()))));
                pdf.facts(facts);
                pdf.note(w.t("contract.volumes.charge.hint"));
            }
        }
        season(volume, projection);
    }

    private void bands(BandPricing pricing) {
        List<List<String>> rows = new ArrayList<>();
        for (PriceBand band : pricing.bands()) {
            rows.add(List.of(
                    w.units(band.fromUnits()),
                    band.toUnits() == null ? w.t("contract.volumes.band.open") : w.units(band.toUnits()),
                    w.money(band.unitPrice())));
        }
        pdf.table(
                new float[] {3, 3, 3},
                List.of(
                        w.t("contract.volumes.band.from"),
                        w.t("contract.volumes.band.to"),
                        w.t("contract.volumes.band.unitPrice")),
                rows,
                0,
                1,
                2);
    }

    private void season(VolumeTerms volume, ProjectedCost projection) {
        List<List<String>> rows = new ArrayList<>();
        for (MonthProjection month : projection.months()) {
            rows.add(List.of(
                    Labels.month(month.month(), w.locale()),
                    "×"
                            + app.avenant.shared.format.Formats.decimal(
                                    volume.seasonalProfile().coefficient(month.month()), 3, w.locale()),
                    w.units(month.units()),
                    w.money(month.amount())));
        }
        pdf.table(
                new float[] {3, 2, 3, 3},
                List.of(
                        w.t("contract.volumes.season.month"),
                        w.t("contract.volumes.season.coefficient"),
                        w.t("contract.volumes.season.units"),
                        w.t("contract.volumes.season.amount")),
                rows,
                1,
                2,
                3);
        pdf.facts(List.of(
                pair("contract.volumes.projection.monthly", w.money(projection.monthlyAtFlatBaseline())),
                pair("contract.volumes.projection.yearly", w.money(projection.yearly()))));
    }

    private void serviceLevels(Terms terms, List<ServiceLevel> levels) {
        ContractHeader header = terms.header();
        pdf.heading(w.t("contract.tab.serviceLevels"));
        if (levels.isEmpty()) {
            pdf.text(w.t("contract.sla.empty"));
            return;
        }
        pdf.text(w.t("contract.sla.atRisk", w.percent(header.atRiskPercent())));
        List<List<String>> rows = new ArrayList<>();
        for (ServiceLevel level : levels) {
            rows.add(List.of(
                    level.metric(),
                    orNone(level.measurement()),
                    w.percent(level.targetPercent()),
                    w.percent(level.minimumPercent()),
                    TermsText.enumLabel(w.locale(), level.window()),
                    w.t(level.critical() ? "contract.sla.critical" : "contract.sla.indicator"),
                    level.critical() ? w.percent(level.atRiskSharePercent()) : w.t("changeui.none"),
                    level.critical()
                            ? w.percent(level.creditPercentOfMonth(header.atRiskPercent()))
                            : w.t("changeui.none")));
        }
        for (ServiceLevel level : levels) {
            if (level.earnBackTargetPercent() != null) {
                pdf.text(w.t("contract.sla.earnBack.line", level.metric(), w.percent(level.earnBackTargetPercent())));
            }
        }
        // a level measured from the deliverables says against which deadline, as the contract's clause does
        for (ServiceLevel level : levels) {
            Deadline deadline = level.deadline();
            if (deadline != null) {
                String item = terms.scopeItem(deadline.scopeItemKey())
                        .map(ScopeItem::title)
                        .orElse(deadline.scopeItemKey());
                pdf.text(w.t(
                        "contract.sla.deadline.line",
                        level.metric(),
                        TermsText.deadlineValue(w.locale(), deadline),
                        item));
            }
        }
        pdf.table(
                new float[] {3.2f, 3.6f, 1.7f, 2f, 2.2f, 2.1f, 2.1f, 2.2f},
                List.of(
                        w.t("contract.sla.column.metric"),
                        w.t("contract.sla.column.measurement"),
                        w.t("contract.sla.column.target"),
                        w.t("contract.sla.column.minimum"),
                        w.t("contract.sla.column.window"),
                        w.t("contract.sla.column.type"),
                        w.t("contract.sla.column.share"),
                        w.t("document.sla.credit")),
                rows,
                2,
                3,
                6,
                7);
        pdf.note(w.t("contract.sla.explanation"));
        pdf.note(w.t("document.sla.credit.hint"));
    }

    private String months(int months) {
        return w.t("contract.header.months", w.units(months));
    }

    private String orNone(String text) {
        return text == null || text.isBlank() ? w.t("contract.header.none") : text;
    }

    private String[] pair(String labelKey, String value) {
        return new String[] {w.t(labelKey), value};
    }
}
