package app.avenant.change.ui;

import app.avenant.change.ChangeRequests;
import app.avenant.change.WordingEditView;
import app.avenant.contract.ui.Labels;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.Clicks;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.UUID;

/**
 * "Titre ou raison modifiés": each edit of the wording, who made it and when, what it said before and after.
 * Read one page at a time, and only when the person opens it.
 */
class WordingHistory extends Details {

    private static final int PAGE = 20;

    private final ChangeRequests changeRequests;
    private final UUID changeRequestId;
    private final long total;
    private final Div lines = new Div();
    private final Button more = new Button();
    private int loaded;

    WordingHistory(ChangeRequests changeRequests, UUID changeRequestId, long total) {
        this.changeRequests = changeRequests;
        this.changeRequestId = changeRequestId;
        this.total = total;
        addClassName("av-cr-wording-history");
        setSummaryText(getTranslation("changeui.reword.history", total));
        more.setText(getTranslation("changeui.reword.history.more"));
        more.addThemeVariants(ButtonVariant.TERTIARY);
        Clicks.on(more, this::loadPage);
        more.setVisible(false);
        add(lines, more);
        addOpenedChangeListener(e -> {
            if (e.isOpened() && loaded == 0) {
                loadPage();
            }
        });
    }

    private void loadPage() {
        for (WordingEditView edit : changeRequests.wordingEdits(changeRequestId, loaded, PAGE)) {
            lines.add(line(edit));
            loaded++;
        }
        more.setVisible(loaded < total);
    }

    private Div line(WordingEditView edit) {
        Div line = new Div(new Span(getTranslation(
                "changeui.reword.history.by",
                edit.editorName(),
                Labels.side(this, edit.side()),
                Formats.dateTime(edit.editedAt(), getLocale()))));
        line.addClassName("av-cr-wording-edit");
        if (!edit.titleBefore().equals(edit.titleAfter())) {
            line.add(change("changeui.reword.history.titleChange", edit.titleBefore(), edit.titleAfter()));
        }
        if (!edit.reasonBefore().equals(edit.reasonAfter())) {
            line.add(change("changeui.reword.history.reasonChange", edit.reasonBefore(), edit.reasonAfter()));
        }
        return line;
    }

    private Paragraph change(String key, String before, String after) {
        Span old = new Span(before);
        old.addClassName("av-old-value");
        Span now = new Span(after);
        now.addClassName("av-new-value");
        Paragraph p = new Paragraph(new Span(getTranslation(key) + " "), old, new Span(" → "), now);
        p.addClassNames("av-multiline", "av-wrap");
        return p;
    }
}
