package app.avenant.change.ui.editor;

import app.avenant.change.ui.Values;
import app.avenant.contract.terms.MergeConflict;
import app.avenant.shared.ui.Clicks;
import app.avenant.shared.ui.Tables;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The fields that another accepted request changed too, one row each: the value in the common base, this
 * request's and the one in force side by side, with "Garder ma valeur" and "Prendre la valeur en vigueur"; the
 * field itself stays editable below for a third value. The editor holds the proposal laid on the version in
 * force, so saving once settles every conflict (docs/decisions/0028).
 */
class ConflictPanel extends Composite<Div> {

    /** One conflict's row and its two buttons, pressed state included (tests press them). */
    record Choice(MergeConflict conflict, Button keepMine, Button takeInForce) {}

    final List<Choice> choices = new ArrayList<>();

    /**
     * @param acceptedMeanwhile the requests accepted since the base, named ("n° 4 de Paul Durand (PME)"); empty
     *                          when not known (versions adopted without a request)
     */
    ConflictPanel(
            List<MergeConflict> conflicts,
            int baseVersion,
            int inForceVersion,
            String acceptedMeanwhile,
            BiConsumer<MergeConflict, Boolean> onChoice) {
        Div root = getContent();
        root.addClassNames("av-card", "av-conflicts");
        root.getElement().setAttribute("role", "region");
        H3 title = new H3(getTranslation("changeeditor.conflicts.title", conflicts.size()));
        Paragraph intro = new Paragraph(
                acceptedMeanwhile.isBlank()
                        ? getTranslation("changeeditor.conflicts.intro", inForceVersion)
                        : getTranslation("changeeditor.conflicts.intro.named", inForceVersion, acceptedMeanwhile));
        intro.addClassName("av-hint");
        List<String> headers = List.of(
                getTranslation("changeui.diff.field"),
                getTranslation("changeeditor.conflicts.base", baseVersion),
                getTranslation("changeeditor.conflicts.ours"),
                getTranslation("changeeditor.conflicts.inForce", inForceVersion),
                getTranslation("changeeditor.conflicts.choice"));
        NativeTable table = Tables.table(headers.toArray(String[]::new));
        table.addClassName("av-conflict-table");
        for (MergeConflict conflict : conflicts) {
            Button keep = new Button(getTranslation("changeeditor.conflicts.keep"));
            Button take = new Button(getTranslation("changeeditor.conflicts.take"));
            Clicks.on(keep, () -> {
                pressed(keep, take);
                onChoice.accept(conflict, false);
            });
            Clicks.on(take, () -> {
                pressed(take, keep);
                onChoice.accept(conflict, true);
            });
            pressed(keep, take);
            choices.add(new Choice(conflict, keep, take));
            String field = (conflict.label().isBlank() ? "" : conflict.label() + " — ")
                    + Values.fieldLabel(this, conflict.field(), conflict.detail());
            NativeTableRow row = table.getBody().addRow();
            Div buttons = new Div(keep, take);
            buttons.addClassName("av-conflict-choice");
            row.add(
                    new NativeTableCell(field),
                    cell(conflict, conflict.base(), "av-base"),
                    cell(conflict, conflict.ours(), "av-ours"),
                    cell(conflict, conflict.theirs(), "av-in-force"),
                    new NativeTableCell(buttons));
            // on a phone the header row goes and each cell shows its column's name (contract.css)
            for (int i = 0; i < headers.size(); i++) {
                row.getChildren().skip(i).findFirst().ifPresent(labelled(headers.get(i)));
            }
        }
        root.add(title, intro, table);
    }

    private static java.util.function.Consumer<com.vaadin.flow.component.Component> labelled(String header) {
        return cell -> cell.getElement().setAttribute("data-label", header);
    }

    /**
     * Shows which choice the field's value matches: the value in force, this request's, or neither (a third
     * value typed in the field). The editor may reopen on a kept draft, whose value is not this request's: the
     * highlighted choice must say what the field holds.
     */
    void showChosen(MergeConflict conflict, @Nullable Boolean inForce) {
        for (Choice choice : choices) {
            if (choice.conflict().equals(conflict)) {
                if (inForce == null) {
                    unpressed(choice.keepMine());
                    unpressed(choice.takeInForce());
                } else if (inForce) {
                    pressed(choice.takeInForce(), choice.keepMine());
                } else {
                    pressed(choice.keepMine(), choice.takeInForce());
                }
            }
        }
    }

    private static void unpressed(Button button) {
        button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.getElement().setAttribute("aria-pressed", "false");
    }

    private NativeTableCell cell(MergeConflict conflict, @Nullable Object value, String className) {
        NativeTableCell cell = new NativeTableCell(Values.format(this, conflict.field(), conflict.kind(), value));
        cell.addClassName(className);
        return cell;
    }

    /** The chosen button is primary and announced as pressed; the other one not. */
    private static void pressed(Button on, Button off) {
        on.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        on.getElement().setAttribute("aria-pressed", "true");
        unpressed(off);
    }
}
