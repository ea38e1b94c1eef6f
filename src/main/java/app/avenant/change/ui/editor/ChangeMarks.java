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
        Proposer of(ItemChange item, @Nullable FieldChange field);
    }

    /**
     * The person and side who proposed a value ("Léa Bernard (Prestataire)"), or nobody yet: the person at the
     * editor typed it and has not saved it, so no revision carries it (it must never read as someone else's).
     */
    record Proposer(@Nullable String person) {

        static Proposer unsaved() {
            return new Proposer(null);
        }

        boolean isUnsaved() {
            return person == null;
        }
    }

    /** "proposé par Léa Bernard (Prestataire)", or "votre modification, non enregistrée". */
    static String by(Component host, Proposer proposer) {
        String person = proposer.person();
        return person == null
                ? host.getTranslation("changeeditor.mark.unsaved")
                : host.getTranslation("changeeditor.mark.field.by", person);
    }

    /** "Nouvelle valeur proposée par Léa Bernard (Prestataire)", or "Nouvelle valeur : votre modification…". */
    static String newValueBy(Component host, Proposer proposer) {
        String person = proposer.person();
        return person == null
                ? host.getTranslation("changeeditor.mark.field.newUnsaved")
                : host.getTranslation("changeeditor.mark.field.newBy", person);
    }

    private ChangeMarks() {}

    /** "Modifié · proposé par Léa Bernard (Prestataire)", then one line per field: label, old struck, new, by whom. */
    static Div mark(Component host, ItemChange change, Proposers proposers) {
        Div mark = new Div();
        mark.addClassName("av-change-mark");
        Span what = new Span(host.getTranslation(
                "changeeditor.mark." + change.kind().name(), by(host, proposers.of(change, null)), change.label()));
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
            Span by = new Span(" — " + by(host, proposers.of(change, field)));
            by.addClassName("av-mark-by");
            lines.add(new ListItem(label, before, arrow, after, by));
        }
        mark.add(lines);
        return mark;
    }

    /**
     * Marks one field that differs: highlighted, its tooltip says the value in force and who proposed the new
     * one; in a table's cell the same words stand under the field, on two lines: "En vigueur : 1,80 € — proposé
     * par Claire" read as if Claire had proposed the value in force.
     */
    static void markField(Component host, Component field, FieldChange change, Proposer proposer) {
        field.getElement().getClassList().add(CHANGED_FIELD);
        String inForce = Values.format(host, change.field(), change.kind(), change.before());
        String newValue = newValueBy(host, proposer);
        String text = host.getTranslation("changeeditor.mark.field", inForce, newValue);
        if (field instanceof HasTooltip tooltip) {
            tooltip.setTooltipText(text);
        }
        Component cell = field.getParent().orElse(null);
        if (cell != null && cell.getElement().getClassList().contains("av-edit-td")) {
            Div line = new Div();
            line.addClassName("av-cell-mark");
            Div inForceLine =
                    new Div(new Span(host.getTranslation("changeeditor.mark.field.inForce") + " "), new Del(inForce));
            Div byLine = new Div(newValue);
            byLine.addClassName(proposer.isUnsaved() ? "av-mark-unsaved" : "av-mark-by");
            line.add(inForceLine, byLine);
            cell.getElement().appendChild(line.getElement());
        }
    }
}
