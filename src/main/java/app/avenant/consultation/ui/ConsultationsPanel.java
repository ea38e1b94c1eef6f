package app.avenant.consultation.ui;

import app.avenant.consultation.ConsultationSummary;
import app.avenant.consultation.Consultations;
import app.avenant.consultation.OfferStatus;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.HomePanel;
import app.avenant.shared.ui.Routes;
import app.avenant.shared.ui.ShownThenLoaded;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The consultations that need the reader, on the home page: for a PME's admin, offers to compare (or an answer date
 * passed); for a provider's admin, an offer to send before its date, or a decision of the last 30 days. Hidden when
 * there is none. Loaded after the page is shown, as the home's other panel.
 */
class ConsultationsPanel extends ShownThenLoaded {

    private final Consultations consultations;

    ConsultationsPanel(Consultations consultations) {
        super("consultation.home.loading");
        this.consultations = consultations;
        Section root = getContent();
        root.setId("consultations-needing-me");
        root.addClassName("av-what-needs-me");
        root.add(new H3(getTranslation("consultation.home.title")), body());
    }

    @Override
    protected void fill() {
        List<ConsultationSummary> needing = consultations.needingMe();
        if (needing.isEmpty()) {
            getContent().setVisible(false);
            return;
        }
        UnorderedList list = new UnorderedList();
        for (ConsultationSummary c : needing) {
            list.add(new ListItem(Routes.link(ConsultationView.url(c.id()), line(c))));
        }
        body().add(list);
    }

    private String line(ConsultationSummary c) {
        String date = Formats.date(c.answerBy(), getLocale());
        OfferStatus mine = c.myOffer();
        if (mine == null) {
            return getTranslation("consultation.home.pme", c.title(), c.answered(), c.invited(), date);
        }
        return switch (mine) {
            case INVITED -> getTranslation("consultation.home.invited", c.clientName(), c.title(), date);
            case CHOSEN -> getTranslation("consultation.home.chosen", c.clientName(), c.title());
            default ->
                getTranslation(
                        c.status() == app.avenant.consultation.ConsultationStatus.CLOSED
                                ? "consultation.home.closed"
                                : "consultation.home.notChosen",
                        c.clientName(),
                        c.title());
        };
    }

    /** Puts the panel on the home page, under « Ce qui m'attend ». */
    @Component
    @Order(20)
    static class OnTheHome implements HomePanel {

        private final Consultations consultations;

        OnTheHome(Consultations consultations) {
            this.consultations = consultations;
        }

        @Override
        public com.vaadin.flow.component.Component create() {
            return new ConsultationsPanel(consultations);
        }
    }
}
