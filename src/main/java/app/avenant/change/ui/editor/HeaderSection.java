package app.avenant.change.ui.editor;

import app.avenant.contract.terms.ContractHeader;
import app.avenant.contract.terms.Renewal;
import app.avenant.shared.ui.DatePickers;
import app.avenant.shared.ui.Help;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** "Contrat": dates, renewal, notice, at-risk share and penalty cap. */
class HeaderSection extends Composite<FormLayout> {

    private static final String PATH = "header.";

    final DatePicker startDate;
    final TextField initialTerm;
    final Select<Renewal> renewal;
    final TextField renewalTerm;
    final TextField notice;
    final TextField atRisk;
    final TextField penaltyCap;

    HeaderSection(ContractHeader header, EditorContext ctx) {
        startDate = new DatePicker(ctx.t("terms.field.header.startDate"));
        DatePickers.localised(startDate, ctx.locale());
        startDate.setValue(header.startDate());
        startDate.setManualValidation(true);
        ctx.watch(startDate);

        initialTerm = ctx.number(
                ctx.t("changeeditor.header.initialTerm"), String.valueOf(header.initialTermMonths()), "10em");
        renewal = new Select<>();
        renewal.setLabel(ctx.t("terms.field.header.renewal"));
        renewal.setItems(Renewal.values());
        renewal.setItemLabelGenerator(r -> ctx.t("terms.renewal." + r.name()));
        renewal.setValue(header.renewal());
        ctx.watch(renewal);
        renewalTerm = ctx.number(
                ctx.t("changeeditor.header.renewalTerm"), String.valueOf(header.renewalTermMonths()), "10em");
        notice = ctx.number(ctx.t("changeeditor.header.notice"), String.valueOf(header.noticePeriodMonths()), "10em");
        atRisk = ctx.number(ctx.t("changeeditor.header.atRisk"), header.atRiskPercent(), ctx::percent, "10em");
        atRisk.setHelperText(ctx.t("changeeditor.header.atRisk.hint"));
        atRisk.setSuffixComponent(Help.icon(ctx.t("changeeditor.help.atRisk")));
        penaltyCap =
                ctx.number(ctx.t("changeeditor.header.penaltyCap"), header.penaltyCapAmount(), ctx::amount, "12em");
        penaltyCap.setHelperText(ctx.t("changeeditor.header.penaltyCap.hint"));
        penaltyCap.setPlaceholder(ctx.t("contract.header.penaltyCap.none"));
        penaltyCap.setSuffixComponent(Help.icon(ctx.t("changeeditor.help.penaltyCap")));
        notice.setSuffixComponent(Help.icon(ctx.t("changeeditor.help.notice")));

        FormLayout form = getContent();
        form.setAutoResponsive(true);
        // fields side by side as the width allows, not one per row down a narrow column (docs/decisions/0028)
        form.setAutoRows(true);
        form.add(startDate, initialTerm, renewal, renewalTerm, notice, atRisk, penaltyCap);
    }

    /** The field of a {@code FieldChange} code such as {@code header.noticePeriodMonths}, or null. */
    @Nullable
    Component field(String code) {
        return switch (code) {
            case "header.startDate" -> startDate;
            case "header.initialTermMonths" -> initialTerm;
            case "header.renewal" -> renewal;
            case "header.renewalTermMonths" -> renewalTerm;
            case "header.noticePeriodMonths" -> notice;
            case "header.atRiskPercent" -> atRisk;
            case "header.penaltyCapAmount" -> penaltyCap;
            default -> null;
        };
    }

    ContractHeader build(EditorContext ctx) {
        ctx.register(PATH + "startDate", startDate);
        ctx.register(PATH + "initialTermMonths", initialTerm);
        ctx.register(PATH + "renewal", renewal);
        ctx.register(PATH + "renewalTermMonths", renewalTerm);
        ctx.register(PATH + "noticePeriodMonths", notice);
        ctx.register(PATH + "atRiskPercent", atRisk);
        ctx.register(PATH + "penaltyCapAmount", penaltyCap);
        ctx.context("header", ctx.t("terms.section.HEADER"));
        // unreadable numbers are reported by ctx and the terms are then not built: the zeros are never used
        Integer initial = ctx.readInt(initialTerm, true);
        Integer renewalMonths = ctx.readInt(renewalTerm, true);
        Integer noticeMonths = ctx.readInt(notice, true);
        BigDecimal atRiskPercent = ctx.readDecimal(atRisk, false);
        BigDecimal cap = ctx.readDecimal(penaltyCap, false);
        return new ContractHeader(
                startDate.getValue(),
                orZero(initial),
                renewal.getValue(),
                orZero(renewalMonths),
                orZero(noticeMonths),
                atRiskPercent,
                cap);
    }

    private static int orZero(@Nullable Integer value) {
        return value == null ? 0 : value;
    }
}
