package app.avenant.contract.ui;

import app.avenant.contract.Provenance;
import app.avenant.contract.terms.ChangeKind;
import app.avenant.contract.terms.Deadline;
import app.avenant.contract.terms.FieldChange;
import app.avenant.contract.terms.ItemChange;
import app.avenant.contract.terms.TermsDiff;
import app.avenant.contract.terms.TermsSection;
import app.avenant.contract.terms.ValueKind;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.Tables;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A {@link TermsDiff} for a person: grouped by section (Contrat, Objectifs, Périmètre, Volumes, Niveaux de
 * service), one block per added, removed or changed item, one row per field with the old value struck
 * through and the new one beside it, every value formatted by its {@link ValueKind}.
 */
class TermsDiffView extends Composite<Div> {

    private static final Pattern BAND = Pattern.compile("(\\d+)\\s*[–-]\\s*(\\d*)");
    private static final Pattern MONTH = Pattern.compile("(1[0-2]|[1-9])");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final Locale locale;
    private final @Nullable Provenance provenance;
    private final @Nullable Origins origins;

    TermsDiffView(TermsDiff diff) {
        this(diff, null, null);
    }

    /**
     * With a "Proposé par" column when {@code provenance} knows requests in the range: per field, the side and
     * person who proposed the value and the request that brought it (docs/decisions/0026).
     */
    TermsDiffView(TermsDiff diff, @Nullable Provenance provenance, @Nullable Origins origins) {
        this.locale = getLocale();
        this.provenance = provenance != null && !provenance.requests().isEmpty() && origins != null ? provenance : null;
        this.origins = origins;
        Div root = getContent();
        root.addClassName("av-diff");
        if (diff.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("contract.compare.empty"));
            empty.addClassName("av-empty");
            root.add(empty);
            return;
        }
        for (TermsSection section : TermsSection.values()) {
            List<ItemChange> changes =
                    diff.changes().stream().filter(c -> c.section() == section).toList();
            if (changes.isEmpty()) {
                continue;
            }
            Section block = new Section(new H3(Labels.section(this, section)));
            block.addClassName("av-diff-section");
            changes.forEach(change -> block.add(item(change)));
            root.add(block);
        }
    }

    private Component item(ItemChange change) {
        Div card = new Div();
        card.addClassNames(
                "av-card",
                "av-diff-item",
                "av-diff-item--" + change.kind().name().toLowerCase(Locale.ROOT));
        String label = change.label().isBlank() && change.section() == TermsSection.HEADER
                ? getTranslation("contract.compare.headerItem")
                : change.label();
        Div title = new Div(new H4(label), new Pill(Labels.change(this, change.kind()), tone(change.kind())));
        title.addClassName("av-diff-item-title");
        card.add(title);
        if (change.fields().isEmpty()) {
            return card;
        }
        NativeTable table = provenance == null
                ? Tables.table(
                        getTranslation("contract.compare.column.field"),
                        getTranslation("contract.compare.column.before"),
                        getTranslation("contract.compare.column.after"))
                : Tables.table(
                        getTranslation("contract.compare.column.field"),
                        getTranslation("contract.compare.column.before"),
                        getTranslation("contract.compare.column.after"),
                        getTranslation("contract.compare.column.proposedBy"));
        table.addClassName("av-diff-fields");
        for (FieldChange field : change.fields()) {
            NativeTableRow row = table.getBody().addRow();
            NativeTableCell before = new NativeTableCell();
            before.addClassName("av-before");
            if (field.before() != null) {
                before.add(new Del(value(field, field.before())));
            } else {
                before.add(none());
            }
            NativeTableCell after = new NativeTableCell();
            after.addClassName("av-after");
            if (field.after() != null) {
                after.add(new Span(value(field, field.after())));
            } else {
                after.add(none());
            }
            row.add(new NativeTableCell(fieldLabel(field)), before, after);
            if (provenance != null) {
                row.add(proposedBy(provenance, change, field));
            }
        }
        card.add(table);
        return card;
    }

    /** "Prestataire — Léa Bernard — demande n° 2", the request linked; "—" when no request is known. */
    private NativeTableCell proposedBy(Provenance known, ItemChange change, FieldChange field) {
        NativeTableCell cell = new NativeTableCell();
        cell.addClassName("av-proposed-by");
        known.of(change, field)
                .ifPresentOrElse(
                        by -> cell.add(
                                Origins.side(this, by.side()),
                                new Span(" — " + by.authorName() + " — "),
                                java.util.Objects.requireNonNull(origins)
                                        .link(
                                                by.request(),
                                                getTranslation(
                                                        "contract.compare.proposedBy.request",
                                                        String.valueOf(
                                                                by.request().requestNumber())))),
                        () -> cell.add(none()));
        known.of(change, field)
                .map(Provenance.Attribution::note)
                .filter(note -> !note.isBlank())
                .ifPresent(note -> {
                    // why this value: a counter-proposal's note, which the request's reason does not tell
                    // a block of its own: inline, it ran into the link ("demande n° 3Pourquoi")
                    Div why = new Div(getTranslation("contract.compare.proposedBy.note", note));
                    why.addClassNames("av-proposed-note", "av-multiline");
                    cell.add(why);
                });
        return cell;
    }

    private Span none() {
        Span none = new Span(getTranslation("contract.compare.none"));
        none.addClassName("av-missing");
        return none;
    }

    /** "Prix unitaire — tranche à partir de 1 001". */
    String fieldLabel(FieldChange field) {
        String label = Labels.translatedOr(this, "terms.field." + field.field(), field.field());
        String detail = field.detail();
        return detail == null || detail.isBlank() ? label : label + " — " + detail(field.field(), detail);
    }

    /** Bands are named by their first unit ("1001"), seasonal months by their number ("1".."12"). */
    private String detail(String field, String detail) {
        String text = detail.strip();
        Matcher band = BAND.matcher(text);
        if (field.startsWith("band.") && DIGITS.matcher(text).matches()) {
            return getTranslation("terms.detail.band.from", units(text));
        }
        if (band.matches()) {
            String from = units(band.group(1));
            return band.group(2).isEmpty()
                    ? getTranslation("terms.detail.band.from", from)
                    : getTranslation("terms.detail.band.range", from, units(band.group(2)));
        }
        Matcher month = MONTH.matcher(text);
        if (month.matches() && (field.contains("season") || field.contains("month"))) {
            return getTranslation(
                    "terms.detail.month", Labels.month(Month.of(Integer.parseInt(month.group(1))), locale));
        }
        return detail;
    }

    private String units(String digits) {
        try {
            return Formats.units(Long.parseLong(digits), locale);
        } catch (NumberFormatException e) {
            return digits;
        }
    }

    /** A value as a person reads it: durations in months, pricing mechanisms by name, else by its kind. */
    String value(FieldChange field, Object value) {
        if (field.kind() == ValueKind.NUMBER && field.field().endsWith("Months") && value instanceof Number months) {
            return getTranslation("contract.header.months", Formats.units(months.longValue(), locale));
        }
        if ("pricing.mechanism".equals(field.field())) {
            return Labels.translatedOr(this, "terms.pricing." + value, String.valueOf(value));
        }
        return value(field.kind(), value);
    }

    /** A value formatted by its kind; a surprising type falls back to its text. */
    String value(ValueKind kind, Object value) {
        return switch (kind) {
            case MONEY -> value instanceof BigDecimal amount ? Formats.money(amount, locale) : String.valueOf(value);
            case PERCENT ->
                value instanceof BigDecimal percent ? Formats.percent(percent, locale) : String.valueOf(value);
            case COEFFICIENT ->
                value instanceof BigDecimal factor ? "×" + Formats.decimal(factor, 3, locale) : String.valueOf(value);
            case NUMBER -> number(value);
            case DATE -> value instanceof LocalDate date ? Formats.date(date, locale) : String.valueOf(value);
            case BOOLEAN ->
                value instanceof Boolean b
                        ? getTranslation(b ? "contract.compare.yes" : "contract.compare.no")
                        : String.valueOf(value);
            case ENUM -> Labels.anyEnum(this, value);
            case DEADLINE -> value instanceof Deadline d ? TermsText.deadlineValue(locale, d) : String.valueOf(value);
            case TEXT -> text(value);
        };
    }

    private String number(Object value) {
        if (value instanceof BigDecimal decimal) {
            return Formats.decimal(decimal, 3, locale);
        }
        if (value instanceof Number number) {
            return Formats.units(number.longValue(), locale);
        }
        return String.valueOf(value);
    }

    private String text(@Nullable Object value) {
        String text = value == null ? "" : String.valueOf(value);
        return text.isBlank() ? getTranslation("contract.compare.none") : text;
    }

    private static Pill.Tone tone(ChangeKind kind) {
        return switch (kind) {
            case ADDED -> Pill.Tone.SUCCESS;
            case REMOVED -> Pill.Tone.DANGER;
            case CHANGED -> Pill.Tone.INFO;
        };
    }
}
