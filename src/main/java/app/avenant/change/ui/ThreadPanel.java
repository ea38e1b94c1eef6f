package app.avenant.change.ui;

import app.avenant.change.ChangeRequestNotFoundException;
import app.avenant.change.ChangeRequests;
import app.avenant.change.ChangeRuleException;
import app.avenant.change.CommentView;
import app.avenant.shared.RecentlyUsed;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.Clicks;
import app.avenant.shared.ui.OfferedButton;
import app.avenant.shared.ui.StaticHtml;
import app.avenant.shared.ui.TextLimit;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * A thread of messages on a change request, oldest first and newest last, loaded a page at a time from the
 * end ("Afficher les messages précédents" loads earlier ones). The text being typed lives in a
 * {@link TextArea} owned by the screen, so a live refresh never loses it. Ctrl+Enter publishes. The shared
 * discussion and each side's internal notes are two threads; subclasses say where the messages come from
 * and which words the panel uses ({@code <keys>.empty}, {@code .older}, {@code .new}, …).
 */
abstract class ThreadPanel extends Composite<Div> {

    static final int PAGE = 20;

    /** A message, in a language. */
    private record RenderedFor(CommentView comment, Locale locale) {}

    /**
     * The messages lately shown, rendered: what a message says and who wrote it never change once posted. Bounded
     * (a message is at most 4 000 characters): enough for the live ones reaching many pages at once.
     */
    private static final Map<RenderedFor, StaticHtml.Rendered> RENDERED = RecentlyUsed.map(500);

    protected final ChangeRequests changeRequests;
    protected final UUID changeRequestId;
    private final String keys;
    private final Runnable afterPublish;
    final Div thread = new Div();
    /** Earlier messages, offered only when there are (decision 0055). */
    final OfferedButton older = new OfferedButton(this::olderButton);

    final Button publish = new Button();
    /** The messages shown, so a live one already listed (the author's own, reloaded) is not shown twice. */
    private final java.util.Set<UUID> shown = new java.util.HashSet<>();

    private StaticHtml.@Nullable Block empty;
    private @Nullable Div form;

    protected ThreadPanel(
            ChangeRequests changeRequests,
            UUID changeRequestId,
            String keys,
            TextArea text,
            boolean canComment,
            Runnable afterPublish) {
        this.changeRequests = changeRequests;
        this.changeRequestId = changeRequestId;
        this.keys = keys;
        this.afterPublish = afterPublish;
        Div root = getContent();
        root.addClassName("av-cr-discussion");
        thread.addClassName("av-cr-thread");
        root.add(thread);
        loadLatest();

        if (canComment) {
            text.setLabel(getTranslation(keys + ".new"));
            text.setPlaceholder(getTranslation(keys + ".placeholder"));
            text.setWidthFull();
            // a counter rather than the browser's maxlength, which cuts a pasted text silently; the service
            // refuses a longer one (docs/decisions/0022)
            TextLimit.attach(text, app.avenant.change.domain.ThreadMessage.MAX_LENGTH, "");
            text.addClassName("av-wrap");
            publish.setText(getTranslation(keys + ".publish"));
            publish.addThemeVariants(ButtonVariant.PRIMARY);
            publish.getElement().setAttribute("title", getTranslation(keys + ".shortcut"));
            // a click listener, not Clicks.on: its Ctrl+Enter shortcut fires a click event on the server
            publish.addClickListener(e -> publish(text));
            publish.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(text);
            Div writeForm = new Div(text, publish);
            writeForm.addClassName("av-cr-comment-form");
            root.add(writeForm);
            form = writeForm;
        }
    }

    /**
     * The {@code limit} messages before the newest {@code skip}, oldest first. A page asks for one more than it
     * shows: when it comes, earlier messages exist, and no count is needed to know it.
     */
    protected abstract List<CommentView> latest(int skip, int limit);

    /** Publishes a message; rule exceptions are shown next to the text. */
    protected abstract void post(String text);

    private void loadLatest() {
        thread.removeAll();
        shown.clear();
        empty = null;
        List<CommentView> comments = latest(0, PAGE + 1);
        boolean earlier = comments.size() > PAGE;
        comments.subList(earlier ? 1 : 0, comments.size()).forEach(c -> {
            shown.add(c.id());
            thread.add(block(c));
        });
        if (comments.isEmpty()) {
            Paragraph words = new Paragraph(getTranslation(keys + ".empty"));
            words.addClassName("av-empty");
            StaticHtml.Block none = StaticHtml.of(words);
            thread.add(none);
            empty = none;
        }
        older.offer(earlier, getContent()::addComponentAsFirst);
    }

    /**
     * A message that arrived live (docs/decisions/0029): added last, without reading anything; false when it is
     * already shown (the author's own screen listed it when publishing).
     */
    boolean append(CommentView message) {
        if (!shown.add(message.id())) {
            return false;
        }
        if (empty != null) {
            thread.remove(empty);
            empty = null;
        }
        thread.add(block(message));
        return true;
    }

    /** Hides the writing form once the request no longer takes messages (closed) or the role lost the right. */
    void setWritable(boolean writable) {
        if (form != null) {
            form.setVisible(writable);
        }
    }

    private void loadOlder() {
        // what is shown is the thread's end, messages arrived live included: the page before it skips them all
        List<CommentView> page = latest(shown.size(), PAGE + 1);
        boolean more = page.size() > PAGE;
        List<CommentView> earlier = page.subList(more ? 1 : 0, page.size());
        for (int i = earlier.size() - 1; i >= 0; i--) {
            if (shown.add(earlier.get(i).id())) {
                thread.addComponentAsFirst(block(earlier.get(i)));
            }
        }
        older.offer(more, getContent()::addComponentAsFirst);
    }

    private Button olderButton() {
        Button button = new Button(getTranslation(keys + ".older"));
        button.addThemeVariants(ButtonVariant.TERTIARY);
        Clicks.on(button, this::loadOlder);
        return button;
    }

    /**
     * A message as the page shows it: rendered once per language for every page that shows it (a live comment
     * reaches every page open on the request), sent as HTML (docs/decisions/0038).
     */
    private StaticHtml.Block block(CommentView comment) {
        return StaticHtml.of(RENDERED.computeIfAbsent(
                new RenderedFor(comment, getLocale()), key -> StaticHtml.render(comment(comment))));
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
        block.addClassNames(
                "av-cr-comment", "av-cr-comment--" + comment.side().name().toLowerCase(java.util.Locale.ROOT));
        return block;
    }

    void publish(TextArea text) {
        String value = text.getValue().strip();
        if (value.isEmpty()) {
            text.setErrorMessage(getTranslation(keys + ".required"));
            text.setInvalid(true);
            return;
        }
        try {
            post(value);
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
        Notification.show(getTranslation(keys + ".published"), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.SUCCESS);
        afterPublish.run();
    }
}
