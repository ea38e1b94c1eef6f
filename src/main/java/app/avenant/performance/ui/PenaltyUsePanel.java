package app.avenant.performance.ui;

import app.avenant.performance.Indicators;
import app.avenant.performance.PenaltyUse;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.HomePanel;
import app.avenant.shared.ui.Routes;
import app.avenant.shared.ui.ShownThenLoaded;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * « Plafonds de pénalités » on the home: on each running contract whose terms cap the service credits, how much of the
 * cap is used, the most used first; four fifths and more are flagged. Hidden when no running contract sets a cap.
 * Read after the page is shown: each contract is priced from its start.
 */
class PenaltyUsePanel extends ShownThenLoaded {

    private final Indicators indicators;

    PenaltyUsePanel(Indicators indicators) {
        super("performance.home.penalty.loading");
        this.indicators = indicators;
        Section root = getContent();
        root.setId("penalty-use");
        root.addClassName("av-what-needs-me");
        root.add(new H3(getTranslation("performance.home.penalty.title")), body());
    }

    @Override
    protected void fill() {
        List<PenaltyUse> uses = indicators.penaltyUseOfMyContracts();
        if (uses.isEmpty()) {
            getContent().setVisible(false);
            return;
        }
        Locale l = getLocale();
        Paragraph hint = new Paragraph(getTranslation("performance.home.penalty.hint"));
        hint.addClassName("av-hint");
        UnorderedList list = new UnorderedList();
        for (PenaltyUse use : uses) {
            ListItem item = new ListItem(
                    Routes.link(
                            PerformanceNavigation.overview(use.contractId()), use.reference() + " — " + use.title()),
                    new Span(" · "
                            + getTranslation(
                                    "performance.home.penalty.line",
                                    Formats.money(use.consumed(), l),
                                    Formats.money(use.cap(), l),
                                    Formats.decimal(use.percent(), 1, l))));
            if (use.nearlyReached()) {
                Span flag = new Span(getTranslation("performance.home.penalty.near"));
                flag.addClassNames("av-pill", "av-pill--warning");
                item.add(new Span(" "), flag);
            }
            list.add(item);
        }
        body().add(hint, list);
    }

    /** Puts the panel on the home page, under « Ce qui m'attend ». */
    @Component
    @Order(15)
    static class OnTheHome implements HomePanel {

        private final Indicators indicators;

        OnTheHome(Indicators indicators) {
            this.indicators = indicators;
        }

        @Override
        public com.vaadin.flow.component.Component create() {
            return new PenaltyUsePanel(indicators);
        }
    }
}
