package app.avenant.performance.ui;

import app.avenant.performance.EarnBack;
import app.avenant.performance.MonthFigures;
import app.avenant.performance.PenaltyCap;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * From charges to the total due: charges, ARC, RRC, charges before credits, the at-risk amount that caps the
 * credits, the credits, any earlier credit paid back (earn-back), the contract's penalty cap (kept visible: a clause
 * pénale) and the total.
 */
class StatementTotalsSection extends Composite<Section> {

    StatementTotalsSection(MonthFigures figures) {
        Section root = getContent();
        root.setId("statement-totals");
        root.addClassName("av-statement-section");
        root.add(new H3(getTranslation("performance.statementui.totals.title")));
        if (figures.penaltyCap().reached()) {
            root.add(penaltyCapAlert(this, figures.penaltyCap()));
        }
        DescriptionList list = new DescriptionList();
        list.addClassNames("av-facts", "av-statement-totals");
        add(list, "performance.statementui.totals.baseCharges", money(figures.baseCharges()), null);
        if (figures.recordedCosts().signum() != 0) {
            add(list, "performance.statementui.totals.recordedCosts", money(figures.recordedCosts()), null);
        }
        if (figures.arc().signum() != 0) {
            add(list, "performance.statementui.totals.arc", money(figures.arc()), null);
        }
        if (figures.rrc().signum() != 0) {
            add(list, "performance.statementui.totals.rrc", money(figures.rrc().negate()), null);
        }
        add(list, "performance.statementui.totals.beforeCredits", money(figures.chargesBeforeCredits()), null);
        add(list, "performance.statementui.totals.atRisk", money(figures.atRiskAmount()), null);
        Span cappedBy = new Span(
                getTranslation("performance.statementui.totals.credits.capped", money(figures.atRiskAmount())));
        cappedBy.addClassName("av-hint");
        Div creditsDetail = new Div(cappedBy);
        if (figures.creditsUncapped().compareTo(figures.credits()) != 0) {
            Span uncapped = new Span(getTranslation(
                    "performance.statementui.totals.credits.uncapped", money(figures.creditsUncapped())));
            uncapped.addClassName("av-hint");
            creditsDetail.add(new Div(uncapped));
        }
        add(
                list,
                "performance.statementui.totals.credits",
                money(figures.credits().negate()),
                creditsDetail);
        for (EarnBack paid : figures.earnBacks()) {
            Span why = new Span(getTranslation(
                    "performance.statementui.totals.earnBack.detail",
                    StatementTexts.month(this, paid.missedMonth()),
                    paid.metric(),
                    StatementTexts.percent(this, paid.averagePercent()),
                    StatementTexts.percent(this, paid.targetPercent())));
            why.addClassName("av-hint");
            add(list, "performance.statementui.totals.earnBack", money(paid.amount()), new Div(why));
        }
        add(list, "performance.statementui.totals.penaltyCap", penaltyCapText(this, figures.penaltyCap()), null);
        Span total = new Span(money(figures.totalDue()));
        total.setId("statement-total-due");
        total.addClassName("av-total-due");
        list.add(new Term(getTranslation("performance.statementui.totals.totalDue")), new Description(total));
        root.add(list);
    }

    private void add(DescriptionList list, String key, String value, @Nullable Component detail) {
        Description description = new Description(new Span(value));
        if (detail != null) {
            description.add(detail);
        }
        list.add(new Term(getTranslation(key)), description);
    }

    private String money(BigDecimal amount) {
        return StatementTexts.money(this, amount);
    }

    /** "1 234,00 € consommés sur 5 000,00 €". */
    static String penaltyCapText(Component c, PenaltyCap cap) {
        if (!cap.isSet()) {
            return c.getTranslation(
                    "performance.statementui.penaltyCap.none", StatementTexts.money(c, cap.consumedToDate()));
        }
        return c.getTranslation(
                "performance.statementui.penaltyCap.value",
                StatementTexts.money(c, cap.consumedToDate()),
                StatementTexts.money(c, cap.cap()));
    }

    /** The alert banner once the contract's credits have reached the cap: further credits are not due. */
    static Div penaltyCapAlert(Component c, PenaltyCap cap) {
        Icon icon = VaadinIcon.EXCLAMATION_CIRCLE.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        Div alert = new Div(
                icon,
                new Span(c.getTranslation(
                        "performance.statementui.penaltyCap.reached", StatementTexts.money(c, cap.cap()))));
        alert.addClassNames("av-alert", "av-alert--danger", "av-penalty-cap-alert");
        alert.getElement().setAttribute("role", "alert");
        return alert;
    }
}
