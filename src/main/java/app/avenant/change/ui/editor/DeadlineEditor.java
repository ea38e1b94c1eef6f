package app.avenant.change.ui.editor;

import app.avenant.contract.terms.Deadline;
import app.avenant.contract.terms.DeadlineUnit;
import app.avenant.contract.terms.WorkingCalendar;
import app.avenant.shared.ui.Help;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A service level's measured deadline, in one cell of the levels' table: how it is counted (none: the level is typed
 * each month), how many hours or days, on which holidays, and which scope item's deliverables it measures. Only the
 * first choice shows until a deadline is chosen. The scope items offered are those already in the contract: a scope
 * item added in the same change request gets its key when it is saved (decision 0053).
 */
final class DeadlineEditor extends Composite<Div> {

    /** A scope item that can be measured: its key, and its title as the editor shows it now. */
    record MeasuredItem(String key, String title) {}

    final Select<Optional<DeadlineUnit>> unit = new Select<>();
    final TextField amount;
    final Select<WorkingCalendar> calendar = new Select<>();
    final Select<String> item = new Select<>();
    private final Supplier<List<MeasuredItem>> items;
    private Map<String, String> titles = Map.of();
    /** The level's name and description are the parties' words: they should say the same deadline. */
    private final Paragraph sameWords = new Paragraph();

    DeadlineEditor(@Nullable Deadline initial, Supplier<List<MeasuredItem>> items, EditorContext ctx) {
        this.items = items;
        unit.setLabel(ctx.t("changeeditor.sla.deadline.column"));
        unit.setItems(options());
        unit.setItemLabelGenerator(u -> u.map(v -> ctx.t("terms.deadline.unitName." + v.name()))
                .orElse(ctx.t("changeeditor.sla.deadline.none")));
        unit.setValue(Optional.ofNullable(initial == null ? null : initial.unit()));
        unit.setWidthFull();
        amount = ctx.number(
                ctx.t("changeeditor.sla.deadline.amount"),
                initial == null ? "" : String.valueOf(initial.amount()),
                "100%");
        amount.getElement().setAttribute("inputmode", "numeric");
        calendar.setLabel(ctx.t("changeeditor.sla.deadline.calendar"));
        calendar.setItems(WorkingCalendar.values());
        calendar.setItemLabelGenerator(c -> ctx.t("terms.deadline.calendarName." + c.name()));
        calendar.setValue(initial == null ? WorkingCalendar.FRANCE : initial.calendar());
        calendar.setWidthFull();
        item.setLabel(ctx.t("changeeditor.sla.deadline.item"));
        item.setItemLabelGenerator(key -> titles.getOrDefault(key, key));
        item.setWidthFull();
        refreshItems();
        if (initial != null && initial.scopeItemKey() != null) {
            item.setValue(initial.scopeItemKey());
        }
        ctx.watch(unit);
        ctx.watch(calendar);
        ctx.watch(item);
        unit.addValueChangeListener(e -> {
            refreshItems();
            showDetails();
        });
        showDetails();
        getContent().addClassName("av-deadline-editor");
        Div help = new Div(Help.icon(ctx.t("changeeditor.help.deadline")));
        help.addClassName("av-deadline-help");
        sameWords.setText(ctx.t("changeeditor.sla.deadline.sameWords"));
        sameWords.addClassNames("av-hint", "av-deadline-words");
        getContent().add(unit, help, amount, calendar, item, sameWords);
    }

    private static List<Optional<DeadlineUnit>> options() {
        return List.of(
                Optional.empty(),
                Optional.of(DeadlineUnit.WORKING_DAYS),
                Optional.of(DeadlineUnit.WORKING_HOURS),
                Optional.of(DeadlineUnit.CALENDAR_HOURS));
    }

    /** The scope items as they are titled now; a chosen item stays chosen. */
    private void refreshItems() {
        String chosen = item.getValue();
        List<MeasuredItem> current = items.get();
        titles = current.stream()
                .collect(Collectors.toMap(MeasuredItem::key, MeasuredItem::title, (a, b) -> a, LinkedHashMap::new));
        item.setItems(List.copyOf(titles.keySet()));
        if (chosen != null && titles.containsKey(chosen)) {
            item.setValue(chosen);
        } else if (titles.size() == 1) {
            item.setValue(titles.keySet().iterator().next());
        }
    }

    private void showDetails() {
        boolean chosen = unit.getValue() != null && unit.getValue().isPresent();
        amount.setVisible(chosen);
        calendar.setVisible(chosen);
        item.setVisible(chosen);
        sameWords.setVisible(chosen);
    }

    /**
     * The deadline as typed. The amount is read by the editor's one rule for whole numbers ({@code 2,5} or a blank is
     * shown under the field); an unreadable one is taken as 0, which no longer matters since the editor is then
     * unreadable and the terms' range rule stays silent.
     */
    @Nullable
    Deadline build(EditorContext ctx) {
        Optional<DeadlineUnit> chosen = unit.getValue();
        if (chosen == null || chosen.isEmpty()) {
            return null;
        }
        Integer typed = ctx.readInt(amount, true);
        return new Deadline(typed == null ? 0 : typed, chosen.get(), calendar.getValue(), item.getValue());
    }
}
