package app.avenant.performance.ui;

import app.avenant.performance.MonthFigures;
import app.avenant.performance.PenaltyCap;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;

/**
 * Service credits of the period's last month, capped by that month's at-risk amount (the cap is shown), the
 * credits of the whole period, and the contract's overall penalty cap: how much of it is consumed, with an
 * alert once it is reached (a clause pénale stays visible).
 */
class IndicatorsCredits extends IndicatorsSection {

    IndicatorsCredits(MonthFigures last, IndicatorsSummary summary) {
        super("av-indicators-credits");
        heading(t("performance.indicators.credits.heading", monthName(last.month())));
        Div figures = new Div(
                line("uncapped", t("performance.indicators.credits.uncapped"), money(last.creditsUncapped())),
                line("at-risk", t("performance.indicators.credits.atRisk"), money(last.atRiskAmount())),
                line("due", t("performance.indicators.credits.due"), money(last.credits())),
                line("period", t("performance.indicators.credits.period"), money(summary.credits())));
        figures.addClassName("av-credit-lines");
        add(figures);
        if (last.creditsUncapped().compareTo(last.atRiskAmount()) > 0) {
            add(new Paragraph(t("performance.indicators.credits.capped")));
        }

        PenaltyCap cap = last.penaltyCap();
        Div penalty = new Div();
        penalty.addClassName("av-penalty-cap");
        Span title = new Span(t("performance.indicators.penalty.heading"));
        title.addClassName("av-credit-label");
        Span consumed = new Span(
                cap.cap() == null
                        ? t("performance.indicators.penalty.uncapped", money(cap.consumedToDate()))
                        : t("performance.indicators.penalty.consumed", money(cap.consumedToDate()), money(cap.cap())));
        consumed.addClassName("av-penalty-consumed");
        penalty.add(title, consumed, gauge(cap));
        add(penalty);
        if (cap.reached()) {
            Paragraph reached = new Paragraph(t("performance.indicators.penalty.reached"));
            reached.addClassName("av-alert");
            add(reached);
        }
    }

    private static Div line(String kind, String label, String value) {
        Span name = new Span(label);
        name.addClassName("av-credit-label");
        Span amount = new Span(value);
        amount.addClassName("av-num");
        Div line = new Div(name, amount);
        line.addClassNames("av-credit-line", "av-credit-" + kind);
        return line;
    }

    /** A bar filled to the consumed share; decorative, the text beside it says the same. */
    private static Div gauge(PenaltyCap cap) {
        BigDecimal limit = cap.cap();
        double share = limit == null ? 0 : Math.min(1, cap.consumedToDate().doubleValue() / limit.doubleValue());
        Div fill = new Div();
        fill.addClassName("av-gauge-fill");
        fill.getStyle().set("width", String.format(java.util.Locale.ROOT, "%.1f%%", share * 100));
        Div gauge = new Div(fill);
        gauge.addClassName("av-gauge");
        gauge.getElement().setAttribute("aria-hidden", "true");
        return gauge;
    }
}
