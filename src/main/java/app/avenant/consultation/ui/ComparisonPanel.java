package app.avenant.consultation.ui;

import app.avenant.consultation.ConsultationDetail;
import app.avenant.consultation.ConsultationRuleException;
import app.avenant.consultation.Consultations;
import app.avenant.consultation.OfferComparison;
import app.avenant.consultation.OfferStatus;
import app.avenant.consultation.OfferView;
import app.avenant.consultation.SecurityAnswer;
import app.avenant.consultation.SecurityQuestion;
import app.avenant.consultation.Weights;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.Tables;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The answered offers side by side, best score first: the score and its three parts with the weights the PME sets
 * (recomputed as they change), the cost of each month of the first year and of the year, each level asked against
 * each commitment, each security answer, the provider's note; under each offer, the button that chooses it.
 */
class ComparisonPanel extends Div {

    private final Consultations consultations;
    private final ConsultationDetail consultation;
    private final BiConsumer<UUID, String> choose;
    final IntegerField costWeight;
    final IntegerField levelsWeight;
    final IntegerField securityWeight;
    final Div table = new Div();
    final Span error = new Span();
    private Weights current;

    /**
     * @param choose what choosing an offer does, given its id and its provider's name ({@link #weights()} are those
     *               shown then)
     */
    ComparisonPanel(Consultations consultations, ConsultationDetail consultation, BiConsumer<UUID, String> choose) {
        this.consultations = consultations;
        this.consultation = consultation;
        this.choose = choose;
        // a decided consultation reads with the weights it was decided with
        Weights initial = consultation.decisionWeights() != null ? consultation.decisionWeights() : Weights.DEFAULT;
        this.current = initial;
        costWeight = weight("consultation.compare.weight.cost", initial.cost());
        levelsWeight = weight("consultation.compare.weight.levels", initial.levels());
        securityWeight = weight("consultation.compare.weight.security", initial.security());
        addClassName("av-comparison");
        setId("comparison");
        add(new H3(getTranslation("consultation.compare.title")));
        Paragraph hint = new Paragraph(getTranslation("consultation.compare.hint"));
        hint.addClassName("av-hint");
        if (consultation.decisionWeights() != null) {
            Paragraph decided = new Paragraph(getTranslation("consultation.compare.decidedWith"));
            decided.addClassName("av-hint");
            add(decided);
        }
        HorizontalLayout weights = new HorizontalLayout(costWeight, levelsWeight, securityWeight);
        weights.setWrap(true);
        error.addClassName("av-error");
        error.setVisible(false);
        add(hint, weights, error, table);
        for (IntegerField f : List.of(costWeight, levelsWeight, securityWeight)) {
            f.addValueChangeListener(e -> refresh());
            // once decided, the comparison is a record: it reads with the weights of the decision, which stay
            f.setReadOnly(!consultation.open());
        }
        hint.setVisible(consultation.open());
        refresh();
    }

    private IntegerField weight(String key, int value) {
        IntegerField field = new IntegerField(getTranslation(key));
        field.setMin(0);
        field.setMax(100);
        field.setStepButtonsVisible(true);
        field.setValue(value);
        field.setWidth("11rem");
        return field;
    }

    void refresh() {
        error.setVisible(false);
        Weights weights;
        try {
            weights = new Weights(valueOf(costWeight), valueOf(levelsWeight), valueOf(securityWeight));
        } catch (ConsultationRuleException e) {
            // no ranking stands without valid weights: the old one is not left on screen
            table.removeAll();
            error.setText(getTranslation(e.messageKey()));
            error.setVisible(true);
            return;
        }
        current = weights;
        OfferComparison.Result result = consultations.compare(consultation.id(), weights);
        table.removeAll();
        if (result.rows().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("consultation.compare.none"));
            none.addClassName("av-empty");
            table.add(none);
            return;
        }
        Locale l = getLocale();
        List<OfferComparison.Row> rows = result.rows();
        Map<UUID, OfferView> offers = consultation.offers().stream().collect(Collectors.toMap(OfferView::id, o -> o));
        String[] headers = new String[rows.size() + 1];
        headers[0] = "";
        for (int i = 0; i < rows.size(); i++) {
            OfferView offer = offers.get(rows.get(i).offerId());
            headers[i + 1] = offer != null && offer.status() == OfferStatus.CHOSEN
                    ? getTranslation("consultation.compare.chosen", rows.get(i).providerName())
                    : rows.get(i).providerName();
        }
        NativeTable t = Tables.table(headers);
        t.addClassName("av-compare-table");
        line(t, "consultation.compare.rank", rows, r -> getTranslation("consultation.compare.rankOf", r.rank()), true);
        line(t, "consultation.compare.score", rows, r -> Formats.decimal(r.score(), 1, l) + " / 100", true);
        line(t, "consultation.compare.costScore", rows, r -> Formats.decimal(r.costScore(), 1, l), false);
        line(t, "consultation.compare.levelsScore", rows, r -> Formats.decimal(r.levelsScore(), 1, l), false);
        line(t, "consultation.compare.securityScore", rows, r -> Formats.decimal(r.securityScore(), 1, l), false);
        section(t, "consultation.compare.costs", rows.size());
        line(t, "consultation.compare.yearly", rows, r -> Formats.money(r.yearlyCost(), l), true);
        List<YearMonth> months = result.months();
        for (int m = 0; m < months.size(); m++) {
            int month = m;
            lineText(
                    t,
                    NeedPanel.monthName(months.get(m), l),
                    rows,
                    r -> Formats.money(r.monthlyCost().get(month), l));
        }
        section(t, "consultation.compare.levels", rows.size());
        if (!rows.getFirst().levels().isEmpty()) {
            for (int i = 0; i < rows.getFirst().levels().size(); i++) {
                int index = i;
                OfferComparison.LevelLine asked = rows.getFirst().levels().get(i);
                lineText(
                        t,
                        getTranslation(
                                "consultation.compare.levelAsked",
                                asked.metric(),
                                Formats.percent(asked.asked(), l),
                                Formats.percent(asked.askedMinimum(), l)),
                        rows,
                        r -> {
                            OfferComparison.LevelLine line = r.levels().get(index);
                            return getTranslation(
                                    "consultation.compare.levelOffered",
                                    Formats.percent(line.committed(), l) + (line.meets() ? " ✓" : " ✗"),
                                    Formats.percent(line.committedMinimum(), l)
                                            + (line.committedMinimum().compareTo(line.askedMinimum()) < 0 ? " ✗" : ""));
                        });
            }
        }
        if (!consultation.questions().isEmpty()) {
            section(t, "consultation.compare.security", rows.size());
            for (SecurityQuestion q : SecurityQuestion.values()) {
                if (!consultation.questions().contains(q)) {
                    continue;
                }
                answerLine(
                        t,
                        getTranslation(q.labelKey()),
                        rows,
                        r -> offers.get(r.offerId()).answers().get(q));
            }
        }
        textLine(t, getTranslation("consultation.compare.note"), rows, r -> {
            String note = offers.get(r.offerId()).note();
            return note.isBlank() ? "—" : note;
        });
        if (consultation.open()) {
            NativeTableRow buttons = t.getBody().addRow();
            buttons.addDataCell();
            for (OfferComparison.Row r : rows) {
                Button pick = new Button(
                        getTranslation("consultation.compare.choose"),
                        e -> choose.accept(r.offerId(), r.providerName()));
                pick.addThemeVariants(r.rank() == 1 ? ButtonVariant.PRIMARY : ButtonVariant.TERTIARY);
                pick.setId("choose-" + r.rank());
                buttons.add(Tables.cell(pick));
            }
        }
        table.add(NeedPanel.scroll(t));
    }

    private static int valueOf(IntegerField field) {
        Integer value = field.getValue();
        return value == null ? -1 : value;
    }

    private void line(
            NativeTable t,
            String key,
            List<OfferComparison.Row> rows,
            Function<OfferComparison.Row, String> value,
            boolean strong) {
        NativeTableRow row = lineText(t, getTranslation(key), rows, value);
        if (strong) {
            row.addClassName("av-strong");
        }
    }

    private NativeTableRow lineText(
            NativeTable t, String label, List<OfferComparison.Row> rows, Function<OfferComparison.Row, String> value) {
        NativeTableRow row = t.getBody().addRow();
        row.addHeaderCell().setText(label);
        for (OfferComparison.Row r : rows) {
            row.add(Tables.numeric(value.apply(r)));
        }
        return row;
    }

    /** A row of words (answers, notes): they wrap in their column rather than widen it off the screen. */
    private void textLine(
            NativeTable t, String label, List<OfferComparison.Row> rows, Function<OfferComparison.Row, String> value) {
        NativeTableRow row = t.getBody().addRow();
        row.addHeaderCell().setText(label);
        for (OfferComparison.Row r : rows) {
            com.vaadin.flow.component.html.NativeTableCell cell =
                    new com.vaadin.flow.component.html.NativeTableCell(value.apply(r));
            cell.addClassName("av-compare-text");
            row.add(cell);
        }
    }

    /** The weights the table shows now: those a choice made from it is recorded with. */
    Weights weights() {
        return current;
    }

    /** A security question's row: each offer's answer in bold, its comment under it. */
    private void answerLine(
            NativeTable t,
            String label,
            List<OfferComparison.Row> rows,
            Function<OfferComparison.Row, SecurityAnswer> answerOf) {
        NativeTableRow row = t.getBody().addRow();
        row.addHeaderCell().setText(label);
        for (OfferComparison.Row r : rows) {
            SecurityAnswer answer = answerOf.apply(r);
            com.vaadin.flow.component.html.NativeTableCell cell = new com.vaadin.flow.component.html.NativeTableCell();
            cell.addClassName("av-compare-text");
            if (answer == null) {
                cell.setText("—");
            } else {
                cell.add(new com.vaadin.flow.component.html.Span(
                        getTranslation(answer.level().labelKey())));
                cell.getChildren().findFirst().ifPresent(level -> level.addClassName("av-answer-level"));
                if (!answer.comment().isBlank()) {
                    com.vaadin.flow.component.html.Div comment =
                            new com.vaadin.flow.component.html.Div(answer.comment());
                    comment.addClassName("av-hint");
                    cell.add(comment);
                }
            }
            row.add(cell);
        }
    }

    private void section(NativeTable t, String key, int columns) {
        NativeTableRow row = t.getBody().addRow();
        var cell = row.addHeaderCell();
        // the words stay in sight while the offers scroll sideways on a phone
        Span words = new Span(getTranslation(key));
        words.addClassName("av-sticky-label");
        cell.add(words);
        cell.getElement().setAttribute("colspan", String.valueOf(columns + 1));
        row.addClassName("av-section-row");
    }
}
