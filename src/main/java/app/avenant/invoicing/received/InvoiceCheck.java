package app.avenant.invoicing.received;

import app.avenant.invoicing.CheckFinding;
import app.avenant.invoicing.CheckFinding.Code;
import app.avenant.invoicing.CheckVerdict;
import app.avenant.invoicing.CheckedAdjustments;
import app.avenant.invoicing.CheckedLine;
import app.avenant.invoicing.CheckedLine.Figures;
import app.avenant.invoicing.CheckedLine.Outcome;
import app.avenant.invoicing.facturx.Adjustment;
import app.avenant.invoicing.facturx.InvoiceDocument;
import app.avenant.invoicing.facturx.InvoiceLine;
import app.avenant.invoicing.received.ReceivedInvoice.Amount;
import app.avenant.invoicing.received.ReceivedInvoice.Line;
import app.avenant.invoicing.received.ReceivedInvoice.VatBreakdown;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;

/**
 * A received invoice set against the invoice its month's statement makes (the lines {@code InvoiceComposer} writes
 * from it): line by line, then credits, charges, VAT and totals, as an accountant ticks an invoice against a
 * purchase order. Lines are paired on what they bill rather than on their words, which every tool writes its own
 * way: same quantity and unit price first, then the same unit price (another quantity), then the same quantity
 * (another price), then what is left with a line of like words; the rest is missing or not expected. Plain Java.
 */
public final class InvoiceCheck {

    /** A cent: what two roundings of the same VAT may differ by (EN 16931's validators tolerate it too). */
    private static final BigDecimal CENT = new BigDecimal("0.01");

    private InvoiceCheck() {}

    /**
     * What the received invoice is checked against.
     *
     * @param expected      the invoice the month's statement makes, at the contract's VAT rate (0 under the franchise)
     * @param validated     both sides validated the statement
     * @param otherInvoices numbers of the month's other invoices (issued in Avenant or received before)
     * @param notes         what matching the invoice to the contract found, for information
     */
    public record Expectation(
            InvoiceDocument expected,
            YearMonth month,
            boolean validated,
            List<String> otherInvoices,
            List<CheckFinding> notes) {}

    /** The check's result: its verdict, each line, and what was found beyond the lines. */
    public record Result(
            CheckVerdict verdict,
            List<CheckedLine> lines,
            List<CheckFinding> findings,
            BigDecimal expectedNet,
            BigDecimal expectedGross,
            CheckedAdjustments adjustments) {}

    public static Result check(ReceivedInvoice invoice, Expectation e) {
        InvoiceDocument expected = e.expected();
        List<CheckedLine> lines = lines(expected.lines(), billed(invoice));
        List<CheckFinding> findings = new ArrayList<>();
        if (!e.validated()) {
            findings.add(CheckFinding.of(Code.NOT_VALIDATED, e.month()));
        }
        if (!e.otherInvoices().isEmpty()) {
            findings.add(CheckFinding.of(
                    Code.ALREADY_INVOICED,
                    String.join(", ", e.otherInvoices()),
                    e.otherInvoices().size()));
        }
        if (!"EUR".equals(invoice.currency())) {
            findings.add(CheckFinding.of(Code.CURRENCY, invoice.currency()));
        }
        CheckedAdjustments adjustments = adjustments(invoice, expected, findings);
        vat(invoice, expected.vatRate(), findings);
        addsUp(invoice, findings);
        if (invoice.totals().net().compareTo(expected.net()) != 0) {
            findings.add(CheckFinding.of(Code.NET_TOTAL, invoice.totals().net(), expected.net()));
        }
        if (invoice.totals().gross().compareTo(expected.gross()) != 0) {
            findings.add(CheckFinding.of(Code.GROSS_TOTAL, invoice.totals().gross(), expected.gross()));
        }
        if (invoice.periodMonth() == null) {
            findings.add(CheckFinding.of(Code.PERIOD_MISSING, e.month()));
        }
        if (invoice.periodEnd() != null && invoice.issueDate().isBefore(invoice.periodEnd())) {
            findings.add(CheckFinding.of(Code.ISSUED_EARLY, invoice.issueDate(), invoice.periodEnd()));
        }
        if (invoice.buyer().siren() == null) {
            findings.add(CheckFinding.of(Code.BUYER_SIREN_MISSING));
        }
        findings.addAll(e.notes());
        boolean differs = lines.stream().anyMatch(l -> !l.outcome().agrees())
                || findings.stream().anyMatch(f -> f.code().discrepancy());
        CheckVerdict verdict = !e.validated()
                ? CheckVerdict.AWAITING_VALIDATION
                : differs ? CheckVerdict.DISCREPANCIES : CheckVerdict.CONFORMING;
        return new Result(verdict, lines, findings, expected.net(), expected.gross(), adjustments);
    }

    /** Pairs the statement's lines with the invoice's, in the statement's order, the invoice's extra lines last. */
    static List<CheckedLine> lines(List<InvoiceLine> expectedLines, List<Line> invoicedLines) {
        int n = expectedLines.size();
        Line[] pairs = new Line[n];
        List<Line> left = new ArrayList<>(invoicedLines);
        pair(
                expectedLines,
                pairs,
                left,
                (e, r) -> same(e.quantity(), r.quantity()) && same(e.unitPrice(), r.unitPrice()));
        pair(expectedLines, pairs, left, (e, r) -> same(e.unitPrice(), r.unitPrice()));
        pair(expectedLines, pairs, left, (e, r) -> same(e.quantity(), r.quantity()));
        // what is left pairs only with a line of like words: a fee is not the band it took the place of
        pair(expectedLines, pairs, left, (e, r) -> alike(e.name(), r.name()));
        List<CheckedLine> checked = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            InvoiceLine e = expectedLines.get(i);
            Line r = pairs[i];
            Figures expected = new Figures(e.quantity(), e.unitPrice(), e.amount());
            if (r == null) {
                checked.add(new CheckedLine(e.name(), null, null, expected, Outcome.MISSING));
            } else {
                checked.add(new CheckedLine(
                        e.name(),
                        normalised(r.name()).equals(normalised(e.name())) ? null : r.name(),
                        figures(r),
                        expected,
                        outcome(e, r)));
            }
        }
        for (Line r : left) {
            checked.add(new CheckedLine(r.name(), null, figures(r), null, Outcome.NOT_EXPECTED));
        }
        return checked;
    }

    /** For each statement line still alone, the first invoice line left that fits, preferring one of the same words. */
    private static void pair(
            List<InvoiceLine> expectedLines, Line[] pairs, List<Line> left, BiPredicate<InvoiceLine, Line> fits) {
        for (int i = 0; i < expectedLines.size(); i++) {
            if (pairs[i] != null) {
                continue;
            }
            InvoiceLine e = expectedLines.get(i);
            Line chosen = null;
            for (Line r : left) {
                if (fits.test(e, r)) {
                    if (normalised(r.name()).equals(normalised(e.name()))) {
                        chosen = r;
                        break;
                    }
                    if (chosen == null) {
                        chosen = r;
                    }
                }
            }
            if (chosen != null) {
                pairs[i] = chosen;
                left.remove(chosen);
            }
        }
    }

    private static Outcome outcome(InvoiceLine e, Line r) {
        boolean quantity = same(e.quantity(), r.quantity());
        boolean price = same(e.unitPrice(), r.unitPrice());
        if (quantity && price) {
            return same(e.amount(), r.amount()) ? Outcome.AGREES : Outcome.AMOUNT;
        }
        if (price) {
            return Outcome.QUANTITY;
        }
        return quantity ? Outcome.UNIT_PRICE : Outcome.QUANTITY_AND_UNIT_PRICE;
    }

    /**
     * Credits and charges on the whole invoice, against the statement's: a credit is a whole-invoice allowance or a
     * line of negative amount, which some tools write instead.
     */
    private static CheckedAdjustments adjustments(
            ReceivedInvoice invoice, InvoiceDocument expected, List<CheckFinding> findings) {
        BigDecimal expectedAllowances = BigDecimal.ZERO;
        BigDecimal expectedCharges = BigDecimal.ZERO;
        for (Adjustment a : expected.adjustments()) {
            if (a.allowance()) {
                expectedAllowances = expectedAllowances.add(a.amount());
            } else {
                expectedCharges = expectedCharges.add(a.amount());
            }
        }
        BigDecimal allowances = sum(invoice.allowances());
        for (Line line : invoice.lines()) {
            if (line.amount().signum() < 0) {
                allowances = allowances.subtract(line.amount());
            }
        }
        BigDecimal charges = sum(invoice.charges());
        int credits = allowances.compareTo(expectedAllowances);
        if (credits < 0) {
            findings.add(CheckFinding.of(Code.CREDITS_NOT_DEDUCTED, money(expectedAllowances), money(allowances)));
        } else if (credits > 0) {
            findings.add(CheckFinding.of(Code.ALLOWANCES_DIFFER, money(expectedAllowances), money(allowances)));
        }
        if (charges.compareTo(expectedCharges) != 0) {
            findings.add(CheckFinding.of(Code.CHARGES_DIFFER, money(expectedCharges), money(charges)));
        }
        return new CheckedAdjustments(
                money(expectedAllowances), money(allowances), money(expectedCharges), money(charges));
    }

    /** The lines that bill something; those of negative amount are credits, checked with the allowances. */
    private static List<Line> billed(ReceivedInvoice invoice) {
        return invoice.lines().stream().filter(l -> l.amount().signum() >= 0).toList();
    }

    /** Each rate the invoice applies must be the contract's, and each VAT amount its base times its rate. */
    private static void vat(ReceivedInvoice invoice, BigDecimal expectedRate, List<CheckFinding> findings) {
        List<BigDecimal> rates = new ArrayList<>();
        for (VatBreakdown b : invoice.vat()) {
            rates.add(b.rate());
            BigDecimal computed = b.basis().multiply(b.rate()).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            if (computed.subtract(b.amount()).abs().compareTo(CENT) > 0) {
                findings.add(CheckFinding.of(Code.VAT_AMOUNT, money(b.amount()), computed));
            }
        }
        if (rates.isEmpty()) {
            invoice.lines().stream().map(Line::vatRate).filter(r -> r != null).forEach(rates::add);
        }
        rates.stream()
                .filter(rate -> rate.compareTo(expectedRate) != 0)
                .map(InvoiceCheck::rate)
                .distinct()
                .forEach(rate -> findings.add(CheckFinding.of(Code.VAT_RATE, rate, rate(expectedRate))));
    }

    /** The invoice's own sums: its lines, its total without VAT, its total with VAT. */
    private static void addsUp(ReceivedInvoice invoice, List<CheckFinding> findings) {
        ReceivedInvoice.Totals t = invoice.totals();
        BigDecimal lines = invoice.lines().stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (lines.compareTo(t.lines()) != 0) {
            findings.add(CheckFinding.of(Code.DOES_NOT_ADD_UP, "lines", money(t.lines()), money(lines)));
            return;
        }
        BigDecimal net = t.lines().subtract(t.allowances()).add(t.charges());
        if (net.compareTo(t.net()) != 0) {
            findings.add(CheckFinding.of(Code.DOES_NOT_ADD_UP, "net", money(t.net()), money(net)));
            return;
        }
        BigDecimal gross = t.net().add(t.vat());
        if (gross.compareTo(t.gross()) != 0) {
            findings.add(CheckFinding.of(Code.DOES_NOT_ADD_UP, "gross", money(t.gross()), money(gross)));
        }
    }

    /** A rate as it is written: 20, 5.5 (never 2E+1). */
    private static BigDecimal rate(BigDecimal rate) {
        BigDecimal stripped = rate.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Figures figures(Line r) {
        return new Figures(r.quantity(), r.unitPrice(), r.amount());
    }

    private static boolean same(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a != null && b != null && a.compareTo(b) == 0;
    }

    private static BigDecimal sum(List<Amount> amounts) {
        return amounts.stream().map(Amount::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(Math.max(2, amount.scale()), RoundingMode.UNNECESSARY);
    }

    /** At least half of their words in common (words of three letters or more, numbers included). */
    static boolean alike(String a, String b) {
        java.util.Set<String> x = words(a);
        java.util.Set<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        java.util.Set<String> common = new java.util.HashSet<>(x);
        common.retainAll(y);
        return common.size() * 2 >= Math.max(x.size(), y.size());
    }

    private static java.util.Set<String> words(String text) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String word : normalised(text).split(" ")) {
            if (word.length() >= 3 || word.chars().allMatch(Character::isDigit) && !word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Words compared without case, accents, punctuation or spacing. */
    static String normalised(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
    }
}
