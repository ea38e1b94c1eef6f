package app.avenant.change.ui.editor;

import app.avenant.change.ui.Del;
import app.avenant.change.ui.Values;
import app.avenant.contract.terms.ChangeKind;
import app.avenant.contract.terms.FieldChange;
import app.avenant.contract.terms.ItemChange;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.shared.HasTooltip;
import org.jspecify.annotations.Nullable;

/**
 * The marks of the editor where the proposal differs from the version in force: on the item, what changes,
 * each field's value in force struck through beside the proposed one and who proposed it; on the field
 * itself, a highlight, and in a table's cell the value in force and who proposed the new one
 * (docs/decisions/0028, 0031).
 */
final class ChangeMarks {

    static final String CHANGED = "av-changed";
    static final String CHANGED_FIELD = "av-changed-field";

    /**
     * Who proposed a difference: "Léa Bernard (Prestataire)", the author of the revision that gave the field
     * its value; with a null field, the item as a whole (added, removed, or the latest of its fields).
     */
    @FunctionalInterface
    interface Proposers {
        String of(ItemChange item, @Nullable FieldChange field);
    }

    private ChangeMarks() {}

    /** "Modifié · proposé par Léa Bernard (Prestataire)", then one line per field: label, old struck, new, by whom. */
    static Div mark(Component host, ItemChange change, Proposers proposers) {
        Div mark = new Div();
        mark.addClassName("av-change-mark");
        Span what = new Span(host.getTranslation(
                "changeeditor.mark." + change.kind().name(), proposers.of(change, null), change.label()));
        what.addClassName("av-change-mark-title");
        mark.add(what);
        if (change.kind() != ChangeKind.CHANGED || change.fields().isEmpty()) {
            return mark;
        }
        UnorderedList lines = new UnorderedList();
        lines.addClassName("av-change-mark-lines");
        for (FieldChange field : change.fields()) {
            Span label = new Span(Values.fieldLabel(host, field.field(), field.detail()) + " : ");
            Del before = new Del(Values.format(host, field.field(), field.kind(), field.before()));
            Span arrow = new Span(" → ");
            Span after = new Span(Values.format(host, field.field(), field.kind(), field.after()));
            after.addClassName("av-after");
            Span by = new Span(" — " + host.getTranslation("changeeditor.mark.field.by", proposers.of(change, field)));
            by.addClassName("av-mark-by");
            lines.add(new ListItem(label, before, arrow, after, by));
        }
        mark.add(lines);
        return mark;
    }

    /**
     * Marks one field that differs: highlighted, its tooltip says the value in force and who proposed the new
     * one; in a table's cell the same words stand under the field.
     */
    static void markField(Component host, Component field, FieldChange change, String proposedBy) {
        field.getElement().getClassList().add(CHANGED_FIELD);
        String inForce = Values.format(host, change.field(), change.kind(), change.before());
        String text = host.getTranslation("changeeditor.mark.field", inForce, proposedBy);
        if (field instanceof HasTooltip tooltip) {
            tooltip.setTooltipText(text);
        }
        Component cell = field.getParent().orElse(null);
        if (cell != null && cell.getElement().getClassList().contains("av-edit-td")) {
            Div line = new Div();
            line.addClassName("av-cell-mark");
            line.add(
                    new Span(host.getTranslation("changeeditor.mark.field.inForce") + " "),
                    new Del(inForce),
                    new Span(" — " + host.getTranslation("changeeditor.mark.field.by", proposedBy)));
            cell.getElement().appendChild(line.getElement());
        }
    }
}
