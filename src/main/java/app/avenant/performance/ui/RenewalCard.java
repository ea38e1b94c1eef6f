package app.avenant.performance.ui;

import app.avenant.contract.terms.ContractHeader;
import app.avenant.shared.format.Formats;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * "Renouvellement et préavis": the end of the current term, the last day to give notice and the days left, in
 * words and in colour (amber within 90 days, red within 30), so nobody lets a contract renew by oversight.
 */
class RenewalCard extends Composite<Section> {

    RenewalCard(@Nullable ContractHeader header, LocalDate today) {
        Section card = getContent();
        card.setId("overview-renewal");
        card.addClassNames("av-card", "av-overview-card");
        card.add(new H3(getTranslation("performance.overview.renewal.title")));
        if (header == null) {
            Paragraph empty = new Paragraph(getTranslation("performance.overview.renewal.noTerms"));
            empty.addClassName("av-empty");
            card.add(empty);
            return;
        }
        RenewalOutlook outlook = RenewalOutlook.of(header, today);
        card.addClassName("av-overview-card--" + outlook.state().pillVariant());
        Span status = new Span(statusText(outlook));
        status.setId("overview-renewal-status");
        status.addClassNames("av-pill", "av-pill--" + outlook.state().pillVariant());
        card.add(new Paragraph(status));
        card.add(new Paragraph(getTranslation("performance.overview.renewal.termEnd", date(outlook.termEnd()))));
        if (outlook.tacit()) {
            card.add(new Paragraph(
                    getTranslation("performance.overview.renewal.deadline", date(outlook.noticeDeadline()))));
            card.add(hint(getTranslation(
                    "performance.overview.renewal.tacit", header.renewalTermMonths(), header.noticePeriodMonths())));
        } else {
            card.add(hint(getTranslation("performance.overview.renewal.express", date(outlook.termEnd()))));
        }
    }

    private String statusText(RenewalOutlook outlook) {
        if (outlook.state() == RenewalOutlook.State.PASSED) {
            return outlook.tacit()
                    ? getTranslation("performance.overview.renewal.passed", date(outlook.renewsOn()))
                    : getTranslation("performance.overview.renewal.ended", date(outlook.termEnd()));
        }
        String key =
                outlook.tacit() ? "performance.overview.renewal.daysLeft" : "performance.overview.renewal.daysToEnd";
        return getTranslation(key, outlook.daysLeft());
    }

    private Paragraph hint(String text) {
        Paragraph hint = new Paragraph(text);
        hint.addClassName("av-hint");
        return hint;
    }

    private String date(LocalDate date) {
        return Formats.date(date, getLocale());
    }
}
