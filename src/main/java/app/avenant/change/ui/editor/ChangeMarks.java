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

/**
 * The mark on an item of the editor that differs from the version in force: what changes, the value in force
 * struck through beside the proposed one, and who proposed it (docs/decisions/0028).
 */
final class ChangeMarks {

    static final String CHANGED = "av-changed";

    private ChangeMarks() {}

    /** "Modifié · proposé par Léa Bernard (Prestataire)", then one line per field: label, old struck, new. */
    static Div mark(Component host, ItemChange change, String proposedBy) {
        Div mark = new Div();
        mark.addClassName("av-change-mark");
        Span what = new Span(
                host.getTranslation("changeeditor.mark." + change.kind().name(), proposedBy, change.label()));
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
            lines.add(new ListItem(label, before, arrow, after));
        }
        mark.add(lines);
        return mark;
    }
}
