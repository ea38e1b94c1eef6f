package app.avenant.change.ui;

import app.avenant.change.ChangeRequestNotFoundException;
import app.avenant.change.ChangeRequests;
import app.avenant.change.ChangeRuleException;
import app.avenant.change.CommentView;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.TextLimit;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;

/**
 * The negotiation thread, oldest first and newest last, loaded a page at a time from the end ("Afficher
 * les messages précédents" loads earlier ones). The text being typed lives in a {@link TextArea} owned by
 * the screen, so a live refresh never loses it. Ctrl+Enter publishes.
 */
class DiscussionPanel extends Composite<Div> {

    static final int PAGE = 20;
    /** As the service refuses it: a longer comment is never cut. */
    static final int MAX_COMMENT = 4000;

    private final ChangeRequests changeRequests;
    private final UUID changeRequestId;
    private final Runnable afterPublish;
    final Div thread = new Div();
    final Button older = new Button();
    final Button publish = new Button();
    private int loadedFrom;

    DiscussionPanel(ChangeRequests changeRequests, UUID changeRequestId, TextArea text, boolean canComment,
                    Runnable afterPublish) {
        this.changeRequests = changeRequests;
        this.changeRequestId = changeRequestId;
        this.afterPublish = afterPublish;
        Div root = getContent();
        root.addClassName("av-cr-discussion");
        thread.addClassName("av-cr-thread");
        older.setText(getTranslation("changeui.discussion.older"));
        older.addThemeVariants(ButtonVariant.TERTIARY);
        older.addClickListener(e -> loadOlder());
        root.add(older, thread);
        loadLatest();

        if (canComment) {
            text.setLabel(getTranslation("changeui.discussion.new"));
            text.setPlaceholder(getTranslation("changeui.discussion.placeholder"));
            text.setWidthFull();
            // a counter rather than the browser's maxlength, which cuts a pasted comment silently; the service
            // refuses a longer one (docs/decisions/0022)
            TextLimit.attach(text, MAX_COMMENT, "");
            text.addClassName("av-wrap");
            publish.setText(getTranslation("changeui.discussion.publish"));
            publish.addThemeVariants(ButtonVariant.PRIMARY);
            publish.getElement().setAttribute("title", getTranslation("changeui.discussion.shortcut"));
            publish.addClickListener(e -> publish(text));
            publish.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(text);
            Div form = new Div(text, publish);
            form.addClassName("av-cr-comment-form");
            root.add(form);
        }
    }

    private void loadLatest() {
        thread.removeAll();
        long total = changeRequests.countComments(changeRequestId);
        loadedFrom = (int) Math.max(0, total - PAGE);
        List<CommentView> comments = changeRequests.comments(changeRequestId, loadedFrom, PAGE);
        comments.forEach(c -> thread.add(comment(c)));
        if (total == 0) {
            Paragraph empty = new Paragraph(getTranslation("changeui.discussion.empty"));
            empty.addClassName("av-empty");
            thread.add(empty);
        }
        older.setVisible(loadedFrom > 0);
    }

    private void loadOlder() {
        int from = Math.max(0, loadedFrom - PAGE);
        List<CommentView> earlier = changeRequests.comments(changeRequestId, from, loadedFrom - from);
        for (int i = earlier.size() - 1; i >= 0; i--) {
            thread.addComponentAsFirst(comment(earlier.get(i)));
        }
        loadedFrom = from;
        older.setVisible(loadedFrom > 0);
    }

    private Div comment(CommentView comment) {
        Span who = new Span(comment.authorName());
        who.addClassName("av-cr-comment-author");
        Span when = new Span(Formats.dateTime(comment.postedAt(), getLocale()));
        when.addClassName("av-hint");
        Div head = new Div(Badge.side(comment.side()), who, when);
        head.addClassName("av-inline");
        Paragraph body = new Paragraph(comment.text());
        body.addClassNames("av-multiline", "av-cr-comment-text");
        Div block = new Div(head, body);
        block.addClassNames("av-cr-comment", "av-cr-comment--" + comment.side().name().toLowerCase(java.util.Locale.ROOT));
        return block;
    }

    void publish(TextArea text) {
        String value = text.getValue().strip();
        if (value.isEmpty()) {
            text.setErrorMessage(getTranslation("changeui.discussion.required"));
            text.setInvalid(true);
            return;
        }
        try {
            changeRequests.comment(changeRequestId, value);
        } catch (ChangeRuleException e) {
            text.setErrorMessage(ChangeLabels.error(this, e));
            text.setInvalid(true);
            return;
        } catch (ChangeRequestNotFoundException | AccessDeniedException e) {
            text.setErrorMessage(getTranslation("changeui.error.denied"));
            text.setInvalid(true);
            return;
        }
        text.setInvalid(false);
        text.clear();
        loadLatest();
        Notification.show(getTranslation("changeui.discussion.published"), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.SUCCESS);
        afterPublish.run();
    }
}
