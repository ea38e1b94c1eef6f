package app.avenant.governance.ui;

import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.Member;
import app.avenant.governance.ActionItemView;
import app.avenant.governance.GovernanceRuleException;
import app.avenant.governance.ReviewDecisions;
import app.avenant.governance.ReviewDetail;
import app.avenant.governance.ReviewStatus;
import app.avenant.governance.Reviews;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.Clicks;
import app.avenant.shared.ui.ContractPageFrame;
import app.avenant.shared.ui.NarrowScreens;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * One comité de pilotage: agenda, attendees of both sides, minutes and decisions (kept until the review is
 * marked held), and its action items, each ticked done by an editor or by its owner; overdue items say so in
 * colour and in words.
 */
@Route("reviews/:reviewId")
@PermitAll
@StyleSheet(ReviewsView.CONTRACT_STYLESHEET)
@StyleSheet(ReviewsView.STYLESHEET)
public class ReviewView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

    static final String REVIEW_ID = "reviewId";

    private final Reviews reviews;
    private final ReviewDecisions reviewDecisions;
    private final Clock clock;
    final MultiSelectComboBox<Member> attendees = new MultiSelectComboBox<>();
    final TextArea minutes = new TextArea();
    final TextArea decisions = new TextArea();
    final Button save = new Button();
    final Button markHeld = new Button();
    final Button addAction = new Button();
    final Grid<ActionItemView> actions = new Grid<>();

    @Nullable
    FollowedDecisionsPanel followedDecisions;

    private @Nullable ReviewDetail detail;
    private String pageTitle = "";

    public ReviewView(Reviews reviews, ReviewDecisions reviewDecisions, Clock clock) {
        this.reviews = reviews;
        this.reviewDecisions = reviewDecisions;
        this.clock = clock;
        getContent().addClassName("av-gov-review");

        attendees.setLabel(getTranslation("governance.review.attendees"));
        attendees.setItemLabelGenerator(m -> m.displayName() + " (" + m.organisationName() + ")");
        attendees.setWidthFull();
        minutes.setLabel(getTranslation("governance.review.minutes"));
        minutes.setWidthFull();
        minutes.setMinHeight("8em");
        minutes.setMaxLength(20_000);
        decisions.setLabel(getTranslation("governance.review.decisions"));
        decisions.setWidthFull();
        decisions.setMinHeight("6em");
        decisions.setMaxLength(20_000);

        save.setText(getTranslation("governance.review.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Clicks.on(save, this::save);
        markHeld.setText(getTranslation("governance.review.markHeld"));
        Clicks.on(markHeld, this::confirmHeld);
        addAction.setText(getTranslation("governance.action.add"));
        addAction.setIcon(VaadinIcon.PLUS.create());
        Clicks.on(addAction, this::openActionDialog);
        configureActions();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        getContent().removeAll();
        detail = null;
        followedDecisions = null;
        Optional<ReviewDetail> review = ContractPageFrame.load(event, REVIEW_ID, reviews::review);
        review.ifPresentOrElse(this::showLoaded, this::showNotFound);
    }

    private void showLoaded(ReviewDetail review) {
        detail = review;
        show(review);
    }

    private void load(@Nullable UUID id) {
        getContent().removeAll();
        detail = null;
        followedDecisions = null;
        if (id == null) {
            showNotFound();
            return;
        }
        try {
            detail = reviews.review(id);
        } catch (ContractNotFoundException e) {
            showNotFound();
            return;
        }
        show(detail);
    }

    private void showNotFound() {
        pageTitle = getTranslation("governance.notFound.title");
        getContent().add(new GovernanceNotFound());
    }

    private void show(ReviewDetail review) {
        String when = Formats.dateTime(review.startsAt(), getLocale());
        pageTitle = getTranslation("governance.review.title", when);
        Anchor back = GovernanceNavigation.link(
                GovernanceNavigation.reviews(review.contractId()), "← " + getTranslation("governance.review.back"));
        back.addClassName("av-back");
        H2 title = new H2(getTranslation("governance.review.title", when));
        Span status = ReviewLabels.status(this, review.status());
        Anchor pack = GovernanceNavigation.link(
                GovernanceNavigation.pack(review.id()), getTranslation("governance.pack.open"));
        pack.addClassName("av-pack-link");
        Paragraph timing = new Paragraph(getTranslation(
                "governance.review.timing",
                when,
                java.time.format.DateTimeFormatter.ofPattern("HH:mm")
                        .format(review.endsAt().atZone(Formats.PARIS))));
        Div agenda = new Div(new H3(getTranslation("governance.review.agenda")), preformatted(review.agenda()));
        agenda.addClassName("av-gov-agenda");

        attendees.setItems(review.members());
        Map<UUID, Member> byId =
                review.members().stream().collect(Collectors.toMap(Member::userId, Function.identity()));
        attendees.setValue(review.attendeeIds().stream()
                .map(byId::get)
                .filter(m -> m != null)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        minutes.setValue(review.minutes());
        decisions.setValue(review.decisions());
        boolean recordable = review.canRecord();
        for (var field : java.util.List.of(minutes, decisions)) {
            field.setReadOnly(!recordable);
            field.setInvalid(false);
        }
        attendees.setReadOnly(!recordable);
        save.setVisible(recordable);
        markHeld.setVisible(recordable);
        addAction.setVisible(review.canEdit());

        HorizontalLayout recordButtons = new HorizontalLayout(save, markHeld);
        followedDecisions = new FollowedDecisionsPanel(reviewDecisions, review, decisions::getValue);
        Div record = new Div(
                new H3(getTranslation("governance.review.record")),
                attendees,
                minutes,
                decisions,
                followedDecisions,
                recordButtons);
        record.addClassName("av-gov-record");
        if (review.status() == ReviewStatus.HELD) {
            Paragraph closed = new Paragraph(getTranslation("governance.review.heldNote"));
            closed.addClassName("av-gov-note");
            record.add(closed);
        }

        actions.setItems(review.actions());
        HorizontalLayout actionsHeader =
                new HorizontalLayout(new H3(getTranslation("governance.action.title")), addAction);
        actionsHeader.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        getContent().add(back, title, status, timing, pack, agenda, record, actionsHeader, actions);
    }

    private static Div preformatted(String text) {
        Div div = new Div();
        div.setText(text);
        div.addClassName("av-gov-pre");
        return div;
    }

    private void configureActions() {
        actions.addComponentColumn(this::doneCell)
                .setHeader(getTranslation("governance.action.column.done"))
                .setKey("done")
                .setAutoWidth(true)
                .setFlexGrow(0);
        actions.addColumn(ActionItemView::description)
                .setHeader(getTranslation("governance.action.column.description"))
                .setKey("description")
                .setFlexGrow(3);
        actions.addColumn(ActionItemView::ownerName)
                .setHeader(getTranslation("governance.action.column.owner"))
                .setKey("owner")
                .setFlexGrow(1);
        actions.addColumn(a -> Formats.date(a.dueDate(), getLocale()))
                .setHeader(getTranslation("governance.action.column.due"))
                .setKey("due")
                .setAutoWidth(true)
                .setFlexGrow(0);
        actions.addComponentColumn(a -> ReviewLabels.actionState(this, a))
                .setHeader(getTranslation("governance.action.column.state"))
                .setKey("state")
                .setAutoWidth(true)
                .setFlexGrow(0);
        // a phone shows the tick box beside the action, its owner, due date and state one under the other
        NarrowScreens.stackOnPhones(
                actions,
                getTranslation("governance.action.column.description"),
                a -> NarrowScreens.stack(
                        NarrowScreens.line(a.description()),
                        NarrowScreens.line(a.ownerName(), Formats.date(a.dueDate(), getLocale())),
                        ReviewLabels.actionState(this, a)),
                actions.getColumnByKey("done"));
        actions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        actions.setPartNameGenerator(a -> a.overdue() ? "av-gov-overdue-row" : null);
        actions.setEmptyStateText(getTranslation("governance.action.empty"));
        actions.setAllRowsVisible(true);
    }

    Checkbox doneCell(ActionItemView action) {
        Checkbox done = new Checkbox(action.done());
        done.setAriaLabel(getTranslation("governance.action.done.label", action.description()));
        done.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                tick(action, e.getValue());
            }
        });
        return done;
    }

    void tick(ActionItemView action, boolean done) {
        try {
            reviews.setActionDone(action.id(), done);
        } catch (AccessDeniedException e) {
            Notification.show(getTranslation("governance.error.denied")).addThemeVariants(NotificationVariant.ERROR);
        } catch (ContractNotFoundException e) {
            showNotFound();
            return;
        }
        reload();
    }

    /** Saves attendees, minutes and decisions; false (with the reason shown) when nothing was saved. */
    boolean save() {
        ReviewDetail review = detail;
        if (review == null) {
            return false;
        }
        try {
            Set<UUID> chosen = attendees.getValue().stream().map(Member::userId).collect(Collectors.toSet());
            reviews.setAttendees(review.id(), chosen);
            reviews.saveMinutes(review.id(), minutes.getValue(), decisions.getValue());
            Notification.show(getTranslation("governance.review.saved")).addThemeVariants(NotificationVariant.SUCCESS);
            reload();
            return true;
        } catch (GovernanceRuleException e) {
            TextArea field = minutes;
            if (e.messageKey().contains("attendee")) {
                attendees.setErrorMessage(getTranslation(e.messageKey()));
                attendees.setInvalid(true);
            } else {
                field.setErrorMessage(getTranslation(e.messageKey()));
                field.setInvalid(true);
            }
        } catch (AccessDeniedException e) {
            Notification.show(getTranslation("governance.error.denied")).addThemeVariants(NotificationVariant.ERROR);
        } catch (ContractNotFoundException e) {
            getContent().removeAll();
            showNotFound();
        }
        return false;
    }

    private void confirmHeld() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("governance.review.markHeld.confirm.title"));
        confirm.setText(getTranslation("governance.review.markHeld.confirm.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("shared.cancel"));
        confirm.setConfirmText(getTranslation("governance.review.markHeld.confirm.ok"));
        confirm.addConfirmListener(e -> markHeld());
        confirm.open();
    }

    void markHeld() {
        ReviewDetail review = detail;
        if (review == null) {
            return;
        }
        if (!save()) {
            return;
        }
        try {
            reviews.markHeld(review.id());
            Notification.show(getTranslation("governance.review.held")).addThemeVariants(NotificationVariant.SUCCESS);
        } catch (GovernanceRuleException | AccessDeniedException e) {
            Notification.show(getTranslation("governance.error.denied")).addThemeVariants(NotificationVariant.ERROR);
        } catch (ContractNotFoundException e) {
            // reload below shows "not found"
        }
        reload();
    }

    private void openActionDialog() {
        ReviewDetail review = detail;
        if (review != null) {
            new ActionItemDialog(reviews, review, clock, created -> reload()).open();
        }
    }

    private void reload() {
        ReviewDetail review = detail;
        load(review == null ? null : review.id());
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
