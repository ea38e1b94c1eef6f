package app.avenant.consultation.ui;

import app.avenant.change.ui.ChangeNavigation;
import app.avenant.consultation.Chosen;
import app.avenant.consultation.ConsultationDetail;
import app.avenant.consultation.ConsultationNotFoundException;
import app.avenant.consultation.ConsultationStatus;
import app.avenant.consultation.Consultations;
import app.avenant.consultation.OfferComparison;
import app.avenant.consultation.OfferStatus;
import app.avenant.consultation.OfferView;
import app.avenant.consultation.Weights;
import app.avenant.shared.RouteIds;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.Routes;
import app.avenant.shared.ui.Tables;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * One consultation. The PME reads its need, who answered, compares the offers with its weights and chooses one (or
 * closes without choosing); a provider reads the need and sends, changes or declines its own offer, and afterwards
 * reads whether it was chosen. Nothing of another provider ever reaches a provider's screen: the service gives it
 * only its own offer.
 */
@Route("consultations/:consultationId")
@PermitAll
@StyleSheet(ConsultationView.CONTRACT_STYLESHEET)
@StyleSheet(ConsultationView.STYLESHEET)
public class ConsultationView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

    static final String CONTRACT_STYLESHEET = "context://styles/contract.css";
    static final String STYLESHEET = "context://styles/consultation.css";
    static final String ID = "consultationId";

    private final Consultations consultations;
    private final Clock clock;
    private String title = "";
    private UUID id = new UUID(0, 0);

    public ConsultationView(Consultations consultations, Clock clock) {
        this.consultations = consultations;
        this.clock = clock;
        getContent().addClassNames("av-consultation", "av-contract-list");
    }

    public static String url(UUID consultationId) {
        return Routes.url(ConsultationView.class, new RouteParameters(ID, consultationId.toString()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parsed = event.getRouteParameters().get(ID).flatMap(RouteIds::parse);
        if (parsed.isEmpty()) {
            notFound();
            return;
        }
        id = parsed.get();
        show();
    }

    private void notFound() {
        getContent().removeAll();
        title = getTranslation("consultation.notFound");
        getContent().add(new H2(title), new Paragraph(getTranslation("consultation.notFound.text")), back());
    }

    void show() {
        ConsultationDetail c;
        try {
            c = consultations.detail(id);
        } catch (ConsultationNotFoundException e) {
            notFound();
            return;
        }
        getContent().removeAll();
        title = c.title();
        Locale l = getLocale();
        H2 heading = new H2(c.title() + " ");
        heading.add(statusPill(c));
        Paragraph meta = new Paragraph(
                c.asClient()
                        ? getTranslation(
                                "consultation.meta.pme",
                                c.createdBy(),
                                Formats.date(LocalDate.ofInstant(c.createdAt(), Formats.PARIS), l),
                                Formats.date(c.answerBy(), l))
                        : c.open()
                                ? getTranslation(
                                        "consultation.meta.provider", c.clientName(), Formats.date(c.answerBy(), l))
                                : getTranslation("consultation.meta.provider.decided", c.clientName()));
        meta.addClassName("av-hint");
        getContent().add(back(), heading, meta);
        if (c.asClient()) {
            showForPme(c);
            getContent().add(new NeedPanel(c));
        } else {
            // a provider reads the need before the form that answers it
            showForProvider(c);
        }
    }

    /**
     * The PME reads where the consultation stands (every answer in, once none is awaited); a provider reads where its
     * own offer stands, never the PME's decision in general (a green "offre retenue" above "not chosen" misleads).
     */
    private Span statusPill(ConsultationDetail c) {
        Span pill;
        if (c.asClient()) {
            boolean allIn = c.open() && c.offers().stream().noneMatch(o -> o.status() == OfferStatus.INVITED);
            pill = StatusPills.of(
                    new Span(getTranslation(
                            allIn ? "consultation.status.allIn" : c.status().labelKey())),
                    c.status());
        } else {
            OfferStatus mine = c.offers().getFirst().status();
            pill = StatusPills.of(new Span(getTranslation(mine.labelKey())), mine);
        }
        pill.setId("consultation-status");
        return pill;
    }

    private void showForPme(ConsultationDetail c) {
        Locale l = getLocale();
        if (!c.open()) {
            getContent().add(decision(c));
        }
        getContent().add(new H3(getTranslation("consultation.providers.title")));
        NativeTable invited = Tables.table(
                getTranslation("consultation.providers.column.provider"),
                getTranslation("consultation.providers.column.status"),
                getTranslation("consultation.providers.column.answer"));
        invited.setId("consultation-providers-table");
        for (OfferView offer : c.offers()) {
            NativeTableRow row = invited.getBody().addRow();
            row.addDataCell().setText(offer.providerName());
            row.addDataCell().setText(getTranslation(offer.status().labelKey()));
            String answer = offer.status() == OfferStatus.DECLINED
                    ? getTranslation("consultation.providers.declined", offer.declineReason())
                    : offer.answeredAt() == null
                            ? getTranslation("consultation.providers.awaited")
                            : getTranslation(
                                    "consultation.providers.answered",
                                    Formats.dateTime(offer.answeredAt(), l),
                                    offer.answeredBy());
            row.addDataCell().setText(answer);
        }
        getContent().add(NeedPanel.scroll(invited));
        boolean anyAnswer = c.offers().stream().anyMatch(OfferView::answered);
        if (anyAnswer) {
            ComparisonPanel[] comparison = new ComparisonPanel[1];
            comparison[0] = new ComparisonPanel(
                    consultations,
                    c,
                    (offerId, provider) -> chooseDialog(c, offerId, provider, comparison[0].weights()));
            getContent().add(comparison[0]);
        } else if (c.open()) {
            Paragraph waiting = new Paragraph(getTranslation("consultation.compare.waiting"));
            waiting.addClassName("av-empty");
            getContent().add(waiting);
        }
        if (c.open()) {
            Button close = new Button(
                    getTranslation("consultation.close"),
                    e -> new ReasonDialog(
                                    "consultation.close.dialog",
                                    getTranslation("consultation.close.dialog.text"),
                                    false,
                                    true,
                                    (reason, ref) -> {
                                        consultations.close(id, reason);
                                        Notification.show(getTranslation("consultation.close.done"))
                                                .addThemeVariants(NotificationVariant.SUCCESS);
                                        show();
                                    })
                            .open());
            close.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            close.setId("consultation-close");
            getContent().add(close);
        }
    }

    private void chooseDialog(ConsultationDetail c, UUID offerId, String provider, Weights weights) {
        long unanswered = c.offers().stream()
                .filter(o -> o.status() == OfferStatus.INVITED)
                .count();
        String text = getTranslation("consultation.choose.dialog.text", provider)
                + (unanswered > 0 ? " " + getTranslation("consultation.choose.dialog.unanswered", unanswered) : "");
        new ReasonDialog("consultation.choose.dialog", text, true, false, (reason, reference) -> {
                    Chosen chosen =
                            consultations.choose(id, offerId, reference == null ? "" : reference, reason, weights);
                    Notification.show(getTranslation("consultation.choose.done", provider))
                            .addThemeVariants(NotificationVariant.SUCCESS);
                    ChangeNavigation.toEditor(chosen.changeRequestId());
                })
                .open();
    }

    /** What was decided, and for whom it opened a contract, the way to its first request. */
    private Div decision(ConsultationDetail c) {
        Locale l = getLocale();
        Div box = new Div();
        box.addClassName("av-decision");
        box.setId("consultation-decision");
        String when = c.decidedAt() == null ? "" : Formats.dateTime(c.decidedAt(), l);
        if (c.status() == ConsultationStatus.DECIDED) {
            String chosen = c.offers().stream()
                    .filter(o -> o.status() == OfferStatus.CHOSEN)
                    .map(OfferView::providerName)
                    .findFirst()
                    .orElse("");
            box.add(new Paragraph(getTranslation("consultation.decision.chosen", chosen, when)));
        } else {
            box.add(new Paragraph(getTranslation("consultation.decision.closed", when)));
        }
        box.add(new Paragraph(getTranslation("consultation.decision.reason", c.decisionReason())));
        if (c.changeRequestId() != null) {
            box.add(ChangeNavigation.linkToRequest(c.changeRequestId(), getTranslation("consultation.decision.open")));
        }
        return box;
    }

    private void showForProvider(ConsultationDetail c) {
        Locale l = getLocale();
        OfferView mine = c.offers().getFirst();
        Div box = new Div();
        box.addClassName("av-decision");
        box.setId("my-offer-status");
        switch (mine.status()) {
            case CHOSEN -> {
                box.add(new Paragraph(getTranslation("consultation.mine.chosen", c.clientName())));
                if (c.changeRequestId() != null) {
                    box.add(ChangeNavigation.linkToRequest(
                            c.changeRequestId(), getTranslation("consultation.decision.open")));
                }
            }
            case NOT_CHOSEN ->
                box.add(new Paragraph(getTranslation(
                        c.status() == ConsultationStatus.CLOSED
                                ? "consultation.mine.closed"
                                : "consultation.mine.notChosen",
                        c.clientName())));
            case DECLINED -> box.add(new Paragraph(getTranslation("consultation.mine.declined", mine.declineReason())));
            case ANSWERED -> {
                var yearly = mine.terms() == null
                        ? null
                        : OfferComparison.monthlyCost(c.need(), mine.terms(), OfferComparison.months(c.need())).stream()
                                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
                box.add(new Paragraph(getTranslation(
                        "consultation.mine.answered",
                        mine.answeredAt() == null ? "" : Formats.dateTime(mine.answeredAt(), l),
                        mine.answeredBy())));
                if (yearly != null) {
                    box.add(new Paragraph(getTranslation("consultation.mine.yearly", Formats.money(yearly, l))));
                }
            }
            case INVITED -> box.add(new Paragraph(getTranslation("consultation.mine.invited")));
        }
        boolean late = LocalDate.now(clock).isAfter(c.answerBy());
        getContent().add(box);
        if (!c.open() || late) {
            // what it sent stays readable once it can no longer be changed
            getContent().add(new OfferSummary(c, mine));
        }
        getContent().add(new NeedPanel(c));
        if (c.open() && late) {
            Paragraph closed = new Paragraph(getTranslation("consultation.mine.late"));
            closed.addClassName("av-empty");
            getContent().add(closed);
        } else if (c.open()) {
            getContent()
                    .add(new OfferForm(
                            consultations,
                            c,
                            this::show,
                            () -> new ReasonDialog(
                                            "consultation.decline.dialog",
                                            getTranslation("consultation.decline.dialog.text", c.clientName()),
                                            false,
                                            true,
                                            (reason, ref) -> {
                                                consultations.decline(id, reason);
                                                Notification.show(getTranslation("consultation.decline.done"))
                                                        .addThemeVariants(NotificationVariant.SUCCESS);
                                                show();
                                            })
                                    .open()));
        }
    }

    private Anchor back() {
        Anchor back = Routes.link(ConsultationListView.ROUTE, "← " + getTranslation("consultation.back"));
        back.addClassName("av-back");
        return back;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
