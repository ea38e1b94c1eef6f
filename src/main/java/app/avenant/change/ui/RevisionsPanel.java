package app.avenant.change.ui;

import app.avenant.change.ChangeRequestDetail;
import app.avenant.change.ChangeRequests;
import app.avenant.change.ChangeRuleException;
import app.avenant.change.RevisionComparison;
import app.avenant.change.RevisionView;
import app.avenant.contract.ui.Labels;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.StaticHtml;
import app.avenant.shared.ui.Tables;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Every revision (the proposal, then each counter-proposal) with its side, author, date and note, and the
 * comparison of any two of them, each change marked with the side that made it. Earlier revisions are
 * shown, never edited: only the latest one can be revised, through the editor.
 */
class RevisionsPanel extends Composite<Div> {

    private final ChangeRequests changeRequests;
    private final UUID changeRequestId;
    /*
     * Combo boxes, not selects: a select sends every item to the browser whenever one is added, two whole lists at
     * every live counter-proposal; a combo box sends its items only when it is opened (docs/decisions/0029).
     */
    final ComboBox<Integer> from = new ComboBox<>();
    final ComboBox<Integer> to = new ComboBox<>();
    final Div comparison = new Div();

    /** The comparison of the two latest revisions when a live update brought it: opening with it reads nothing. */
    private @Nullable RevisionComparison known;

    /** The table of revisions, one block of HTML rendered again when revisions come (docs/decisions/0038). */
    private final StaticHtml.Block rows;

    private @Nullable DiffTable shownTable;
    private int shownLatest;
    private boolean updating;

    RevisionsPanel(ChangeRequests changeRequests, ChangeRequestDetail detail) {
        this(changeRequests, detail, null);
    }

    RevisionsPanel(ChangeRequests changeRequests, ChangeRequestDetail detail, @Nullable RevisionComparison known) {
        this.changeRequests = changeRequests;
        this.known = known;
        this.changeRequestId = detail.id();
        Div root = getContent();
        root.addClassName("av-cr-revisions");

        rows = StaticHtml.of(table(detail));
        root.add(rows);

        List<Integer> numbers =
                detail.revisions().stream().map(RevisionView::number).sorted().toList();
        if (numbers.size() < 2) {
            Paragraph single = new Paragraph(getTranslation("changeui.revisions.single"));
            single.addClassName("av-hint");
            root.add(StaticHtml.of(single));
            return;
        }
        configure(from, "changeui.revisions.compare.from", numbers, numbers.get(numbers.size() - 2));
        configure(to, "changeui.revisions.compare.to", numbers, numbers.getLast());
        for (ComboBox<Integer> pick : List.of(from, to)) {
            pick.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() == null && e.getOldValue() != null) {
                    // a comparison always has two ends: emptying the field puts the revision back
                    pick.setValue(e.getOldValue());
                    return;
                }
                compare();
            });
        }
        HorizontalLayout selects = new HorizontalLayout(from, to);
        selects.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        selects.addClassName("av-toolbar");
        comparison.addClassName("av-cr-comparison");
        root.add(StaticHtml.of(new H4(getTranslation("changeui.revisions.compare.title"))), selects, comparison);
        compare();
    }

    private NativeTable table(ChangeRequestDetail detail) {
        NativeTable table = Tables.table(
                getTranslation("changeui.revisions.column.number"),
                getTranslation("changeui.revisions.column.side"),
                getTranslation("changeui.revisions.column.author"),
                getTranslation("changeui.revisions.column.date"),
                getTranslation("changeui.revisions.column.base"),
                getTranslation("changeui.revisions.column.note"));
        for (RevisionView revision : detail.revisions()) {
            addRow(table, revision, detail.latest().number());
        }
        return table;
    }

    private void addRow(NativeTable table, RevisionView revision, int latest) {
        NativeTableCell number = new NativeTableCell(String.valueOf(revision.number()));
        if (revision.number() == latest) {
            // a space between, or "1En cours" is what a screen reader and a copy read
            number.add(new Text(" "), new Badge(getTranslation("changeui.revisions.latest"), Badge.Tone.INFO));
        }
        table.getBody()
                .addRow()
                .add(
                        number,
                        Tables.cell(Badge.side(revision.side())),
                        new NativeTableCell(revision.authorName()),
                        new NativeTableCell(Formats.dateTime(revision.createdAt(), getLocale())),
                        new NativeTableCell(Labels.version(this, revision.baseVersion())),
                        new NativeTableCell(
                                revision.note().isBlank() ? getTranslation("changeui.none") : revision.note()));
        shownLatest = Math.max(shownLatest, revision.number());
    }

    /**
     * A live update with newer revisions (docs/decisions/0029): the table shows them, the "En cours" mark moves,
     * the comparison moves on to the two latest unless the reader chose others. False when the panel cannot
     * follow (it showed a single revision, with no comparison yet).
     */
    boolean update(ChangeRequestDetail detail, @Nullable RevisionComparison latestPair) {
        if (from.getValue() == null || to.getValue() == null) {
            return false;
        }
        int latest = detail.latest().number();
        List<RevisionView> added = detail.revisions().stream()
                .filter(r -> r.number() > shownLatest)
                .toList();
        if (added.isEmpty()) {
            return true;
        }
        boolean onTheLatestPair = from.getValue() == shownLatest - 1 && to.getValue() == shownLatest;
        rows.show(table(detail));
        known = latestPair;
        List<Integer> numbers =
                detail.revisions().stream().map(RevisionView::number).sorted().toList();
        Integer chosenFrom = onTheLatestPair ? Integer.valueOf(numbers.get(numbers.size() - 2)) : from.getValue();
        Integer chosenTo = onTheLatestPair ? Integer.valueOf(latest) : to.getValue();
        // one comparison at the end, from what the update brought, not one (and a read) per select change
        updating = true;
        try {
            from.setItems(numbers.reversed());
            to.setItems(numbers.reversed());
            from.setValue(chosenFrom);
            to.setValue(chosenTo);
        } finally {
            updating = false;
        }
        compare();
        return true;
    }

    private void configure(ComboBox<Integer> select, String labelKey, List<Integer> numbers, int value) {
        select.setLabel(getTranslation(labelKey));
        // newest first: the revisions one compares are mostly the last ones
        select.setItems(numbers.reversed());
        select.addClassName("av-cr-revision-pick");
        select.setItemLabelGenerator(
                n -> n == null ? "" : getTranslation("changeui.revision.short", String.valueOf(n)));
        select.setValue(value);
    }

    void compare() {
        if (updating) {
            return;
        }
        Integer a = from.getValue();
        Integer b = to.getValue();
        if (a == null || b == null) {
            showOnly(null);
            return;
        }
        if (a.equals(b)) {
            showOnly(hint(getTranslation("changeui.revisions.compare.same")));
            return;
        }
        RevisionComparison ready = known;
        if (ready != null && ready.from().number() == a && ready.to().number() == b) {
            show(ready);
            return;
        }
        try {
            show(changeRequests.compareRevisions(changeRequestId, a, b));
        } catch (ChangeRuleException e) {
            showOnly(hint(ChangeLabels.error(this, e)));
        }
    }

    /** Another comparison is shown in the block already there (one string for the browser to redraw). */
    private void show(RevisionComparison result) {
        DiffTable table = shownTable;
        if (table != null) {
            table.showAttributedInPlace(result.changes());
            return;
        }
        DiffTable fresh = DiffTable.attributed(result.changes(), getTranslation("changeui.revisions.compare.empty"));
        showOnly(fresh);
        shownTable = fresh;
    }

    private void showOnly(@Nullable Component content) {
        comparison.removeAll();
        shownTable = null;
        if (content != null) {
            comparison.add(content);
        }
    }

    private Paragraph hint(String text) {
        Paragraph hint = new Paragraph(text);
        hint.addClassName("av-hint");
        return hint;
    }
}
