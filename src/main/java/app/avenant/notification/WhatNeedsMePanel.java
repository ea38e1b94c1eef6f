package app.avenant.notification;

import app.avenant.consultation.ConsultationStatus;
import app.avenant.consultation.ConsultationSummary;
import app.avenant.consultation.OfferStatus;
import app.avenant.consultation.ui.ConsultationNavigation;
import app.avenant.contract.NoticeDue;
import app.avenant.contract.terms.Renewal;
import app.avenant.contract.ui.ContractNavigation;
import app.avenant.performance.ui.PerformanceNavigation;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.HomePanel;
import app.avenant.shared.ui.Routes;
import app.avenant.shared.ui.ShownThenLoaded;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * « Ce qui m'attend », at the top of the home: what awaits the reader across all their contracts, each line a link to
 * the screen where it is done. Read in a round trip of its own once the page is shown (a "Chargement…" line until
 * then): the list of contracts opens as fast as before, and this answer follows.
 */
class WhatNeedsMePanel extends ShownThenLoaded {

    private final WhatNeedsMe whatNeedsMe;
    private final Clock clock;

    WhatNeedsMePanel(WhatNeedsMe whatNeedsMe, Clock clock) {
        super("notification.home.loading");
        this.whatNeedsMe = whatNeedsMe;
        this.clock = clock;
        Section root = getContent();
        root.setId("what-needs-me");
        root.addClassName("av-what-needs-me");
        root.add(new H3(getTranslation("notification.home.title")), body());
    }

    @Override
    protected void fill() {
        show(whatNeedsMe.forMe());
    }

    void show(WhatNeedsMe.Answer answer) {
        Locale locale = getLocale();
        if (answer.nothing()) {
            Paragraph none = new Paragraph(getTranslation("notification.home.nothing"));
            none.addClassName("av-empty");
            none.setId("what-needs-me-nothing");
            body().add(none);
            return;
        }
        if (!answer.awaiting().isEmpty()) {
            UnorderedList list =
                    section("what-needs-me-awaiting", "notification.home.awaiting", answer.awaitingTotal());
            for (NotificationView n : answer.awaiting()) {
                Anchor link = Routes.link(NotificationBell.url(n.target()), NotificationTexts.text(n, locale));
                list.add(new ListItem(link, context(n.contractName())));
            }
            if (answer.awaitingTotal() > answer.awaiting().size()) {
                list.add(new ListItem(new Span(getTranslation(
                        "notification.home.awaiting.more",
                        answer.awaitingTotal() - answer.awaiting().size()))));
            }
        }
        if (!answer.overdue().isEmpty()) {
            UnorderedList list = section("what-needs-me-overdue", "notification.home.overdue", -1);
            for (WhatNeedsMe.Overdue late : answer.overdue()) {
                list.add(new ListItem(
                        Routes.link(
                                PerformanceNavigation.lateDeliverables(late.contractId()),
                                getTranslation(
                                        late.count() == 1
                                                ? "notification.home.overdue.one"
                                                : "notification.home.overdue.many",
                                        late.count())),
                        context(late.reference() + " — " + late.title())));
            }
        }
        if (!answer.pilots().isEmpty()) {
            UnorderedList list = section("what-needs-me-pilots", "notification.home.pilots", -1);
            LocalDate today = LocalDate.now(clock);
            for (app.avenant.contract.PilotDue pilot : answer.pilots()) {
                long days = ChronoUnit.DAYS.between(today, pilot.endDate());
                list.add(new ListItem(
                        Routes.link(
                                ContractNavigation.workspace(pilot.contractId()),
                                getTranslation(
                                        days < 0 ? "notification.home.pilot.past" : "notification.home.pilot.soon",
                                        Formats.date(pilot.endDate(), locale),
                                        Math.abs(days))),
                        context(pilot.reference() + " — " + pilot.title())));
            }
        }
        if (!answer.consultations().isEmpty()) {
            UnorderedList list = section("what-needs-me-consultations", "consultation.home.title", -1);
            for (ConsultationSummary c : answer.consultations()) {
                list.add(new ListItem(Routes.link(ConsultationNavigation.consultation(c.id()), consultationLine(c))));
            }
        }
        if (!answer.notices().isEmpty()) {
            UnorderedList list = section("what-needs-me-notices", "notification.home.notices", -1);
            LocalDate today = LocalDate.now(clock);
            for (NoticeDue due : answer.notices()) {
                long days = ChronoUnit.DAYS.between(today, due.deadline());
                list.add(new ListItem(
                        Routes.link(
                                ContractNavigation.workspace(due.contractId()),
                                getTranslation(
                                        due.renewal() == Renewal.TACIT
                                                ? "notification.home.notice.tacit"
                                                : "notification.home.notice.express",
                                        Formats.date(due.deadline(), locale),
                                        days)),
                        context(due.reference() + " — " + due.title())));
            }
        }
    }

    /** For the PME, the offers in; for a provider, its offer awaited or the decision on it. */
    private String consultationLine(ConsultationSummary c) {
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
                        c.status() == ConsultationStatus.CLOSED
                                ? "consultation.home.closed"
                                : "consultation.home.notChosen",
                        c.clientName(),
                        c.title());
        };
    }

    private UnorderedList section(String id, String titleKey, long count) {
        Div part = new Div();
        part.setId(id);
        part.addClassName("av-what-needs-me-part");
        String title = count < 0 ? getTranslation(titleKey) : getTranslation(titleKey + ".count", count);
        Span heading = new Span(title);
        heading.addClassName("av-what-needs-me-heading");
        UnorderedList list = new UnorderedList();
        part.add(heading, list);
        body().add(part);
        return list;
    }

    private static Span context(String text) {
        Span span = new Span(" · " + text);
        span.addClassName("av-hint");
        return span;
    }

    /** Puts the panel on the home page. */
    @Component
    @org.springframework.core.annotation.Order(10)
    static class OnTheHome implements HomePanel {

        private final WhatNeedsMe whatNeedsMe;
        private final Clock clock;

        OnTheHome(WhatNeedsMe whatNeedsMe, Clock clock) {
            this.whatNeedsMe = whatNeedsMe;
            this.clock = clock;
        }

        @Override
        public com.vaadin.flow.component.Component create() {
            return new WhatNeedsMePanel(whatNeedsMe, clock);
        }
    }
}
