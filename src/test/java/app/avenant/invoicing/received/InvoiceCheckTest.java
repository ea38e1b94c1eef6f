package app.avenant.invoicing.received;

import static app.avenant.invoicing.received.ReceivedSamples.invoice;
import static app.avenant.invoicing.received.ReceivedSamples.march;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.invoicing.CheckFinding;
import app.avenant.invoicing.CheckFinding.Code;
import app.avenant.invoicing.CheckVerdict;
import app.avenant.invoicing.CheckedLine;
import app.avenant.invoicing.CheckedLine.Outcome;
import app.avenant.invoicing.facturx.FacturXWriter;
import app.avenant.invoicing.facturx.InvoiceDocument;
import app.avenant.invoicing.facturx.InvoiceLine;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A received invoice ticked against the one its validated statement makes (the brief's March: 500 × 2,00 + 500 ×
 * 1,80 + 200 × 1,60 = 2 220,00 € of bands, a service credit allowance): what agrees is said to agree, and each kind
 * of discrepancy the issue names is found and placed.
 */
class InvoiceCheckTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    private final InvoiceDocument expected = invoice(march(), "", "AV-2026-001");
    private final InvoiceDocument sent = invoice(march(), "FA-2026-0042", "AV-2026-001");

    private InvoiceCheck.Result check(InvoiceDocument received, boolean validated, List<String> others) {
        ReceivedInvoice read = ReceivedInvoiceReader.read(FacturXWriter.xml(received));
        return InvoiceCheck.check(read, new InvoiceCheck.Expectation(expected, MARCH, validated, others, List.of()));
    }

    private InvoiceCheck.Result check(InvoiceDocument received) {
        return check(received, true, List.of());
    }

    @Test
    void the_statements_own_invoice_sent_by_another_tool_is_conforming_line_by_line() {
        InvoiceCheck.Result result = check(sent);

        assertThat(result.verdict()).isEqualTo(CheckVerdict.CONFORMING);
        assertThat(result.lines())
                .hasSize(3)
                .allSatisfy(l -> assertThat(l.outcome()).isEqualTo(Outcome.AGREES));
        assertThat(result.findings()).noneMatch(f -> f.code().discrepancy());
    }

    @Test
    void the_same_invoice_in_ubl_is_conforming_too() {
        ReceivedInvoice read =
                ReceivedInvoiceReader.read(ReceivedSamples.ubl(sent).getBytes(StandardCharsets.UTF_8));

        InvoiceCheck.Result result =
                InvoiceCheck.check(read, new InvoiceCheck.Expectation(expected, MARCH, true, List.of(), List.of()));

        assertThat(result.verdict()).isEqualTo(CheckVerdict.CONFORMING);
    }

    @Test
    void a_quantity_billed_above_the_statement_is_shown_on_its_line_and_in_the_total() {
        // 250 units in the third band instead of the 200 validated: 80,00 € too much
        InvoiceDocument more = ReceivedSamples.withLines(
                sent,
                ReceivedSamples.replaced(
                        sent.lines(), 2, ReceivedSamples.quantity(sent.lines().get(2), 250)));

        InvoiceCheck.Result result = check(more);

        assertThat(result.verdict()).isEqualTo(CheckVerdict.DISCREPANCIES);
        CheckedLine third = result.lines().get(2);
        assertThat(third.outcome()).isEqualTo(Outcome.QUANTITY);
        assertThat(third.invoiced().quantity()).isEqualByComparingTo("250");
        assertThat(third.expected().quantity()).isEqualByComparingTo("200");
        assertThat(result.lines().subList(0, 2))
                .allSatisfy(l -> assertThat(l.outcome()).isEqualTo(Outcome.AGREES));
        assertThat(finding(result, Code.NET_TOTAL).args())
                .containsExactly(expected.net().add(new BigDecimal("80.00")), expected.net());
    }

    @Test
    void a_unit_price_above_the_contracts_is_shown_on_its_line() {
        InvoiceLine first = sent.lines().getFirst();
        InvoiceLine dearer = new InvoiceLine(
                first.name(), first.quantity(), first.unitCode(), new BigDecimal("2.10"), new BigDecimal("1050.00"));

        InvoiceCheck.Result result =
                check(ReceivedSamples.withLines(sent, ReceivedSamples.replaced(sent.lines(), 0, dearer)));

        assertThat(result.lines().getFirst().outcome()).isEqualTo(Outcome.UNIT_PRICE);
        assertThat(result.verdict()).isEqualTo(CheckVerdict.DISCREPANCIES);
    }

    @Test
    void service_credits_not_deducted_are_found_with_their_amount() {
        InvoiceCheck.Result result = check(ReceivedSamples.withAdjustments(sent, List.of()));

        BigDecimal credits = expected.adjustments().getFirst().amount();
        assertThat(finding(result, Code.CREDITS_NOT_DEDUCTED).args()).containsExactly(credits, new BigDecimal("0.00"));
        assertThat(result.lines()).allSatisfy(l -> assertThat(l.outcome()).isEqualTo(Outcome.AGREES));
        assertThat(result.verdict()).isEqualTo(CheckVerdict.DISCREPANCIES);
    }

    @Test
    void a_credit_written_as_a_negative_line_counts_as_deducted() {
        BigDecimal credits = expected.adjustments().getFirst().amount();
        List<InvoiceLine> lines = new ArrayList<>(sent.lines());
        lines.add(new InvoiceLine("Pénalités de service", BigDecimal.ONE, "C62", credits.negate(), credits.negate()));

        InvoiceCheck.Result result =
                check(ReceivedSamples.withLines(ReceivedSamples.withAdjustments(sent, List.of()), lines));

        assertThat(result.verdict()).isEqualTo(CheckVerdict.CONFORMING);
        assertThat(result.lines()).hasSize(3);
    }

    @Test
    void a_wrong_vat_rate_is_found_against_the_contracts() {
        InvoiceCheck.Result result = check(ReceivedSamples.withRate(sent, new BigDecimal("10")));

        assertThat(finding(result, Code.VAT_RATE).args()).containsExactly(new BigDecimal("10"), new BigDecimal("20"));
        assertThat(result.findings())
                .extracting(CheckFinding::code)
                .contains(Code.GROSS_TOTAL)
                .doesNotContain(Code.NET_TOTAL);
        assertThat(result.verdict()).isEqualTo(CheckVerdict.DISCREPANCIES);
    }

    @Test
    void a_line_left_out_and_a_line_not_on_the_statement_are_both_shown() {
        List<InvoiceLine> lines = new ArrayList<>(sent.lines().subList(0, 2));
        lines.add(new InvoiceLine(
                "Frais de dossier", BigDecimal.ONE, "C62", new BigDecimal("45.00"), new BigDecimal("45.00")));

        InvoiceCheck.Result result = check(ReceivedSamples.withLines(sent, lines));

        // the fee took the third band's place, but it is neither its quantity, its price nor its words
        assertThat(result.lines())
                .extracting(CheckedLine::outcome)
                .containsExactly(Outcome.AGREES, Outcome.AGREES, Outcome.MISSING, Outcome.NOT_EXPECTED);
        assertThat(result.lines().get(3).label()).isEqualTo("Frais de dossier");
        // a band billed at another quantity and price keeps its words: it is paired, shown as differing in both
        InvoiceLine third = sent.lines().get(2);
        InvoiceLine both = new InvoiceLine(
                third.name(), BigDecimal.valueOf(210), "C62", new BigDecimal("1.70"), new BigDecimal("357.00"));
        assertThat(check(ReceivedSamples.withLines(sent, ReceivedSamples.replaced(sent.lines(), 2, both)))
                        .lines()
                        .get(2)
                        .outcome())
                .isEqualTo(Outcome.QUANTITY_AND_UNIT_PRICE);
        InvoiceCheck.Result dropped =
                check(ReceivedSamples.withLines(sent, sent.lines().subList(0, 2)));
        assertThat(dropped.lines())
                .extracting(CheckedLine::outcome)
                .containsExactly(Outcome.AGREES, Outcome.AGREES, Outcome.MISSING);
        List<InvoiceLine> extra = new ArrayList<>(sent.lines());
        extra.add(new InvoiceLine(
                "Frais de dossier", BigDecimal.ONE, "C62", new BigDecimal("45.00"), new BigDecimal("45.00")));
        assertThat(check(ReceivedSamples.withLines(sent, extra)).lines())
                .extracting(CheckedLine::outcome)
                .containsExactly(Outcome.AGREES, Outcome.AGREES, Outcome.AGREES, Outcome.NOT_EXPECTED);
    }

    @Test
    void lines_in_another_order_still_pair_with_their_statement_lines() {
        List<InvoiceLine> reversed = new ArrayList<>(sent.lines().reversed());

        InvoiceCheck.Result result = check(ReceivedSamples.withLines(sent, reversed));

        assertThat(result.verdict()).isEqualTo(CheckVerdict.CONFORMING);
    }

    @Test
    void a_month_not_yet_validated_and_a_month_already_invoiced_are_said() {
        InvoiceCheck.Result early = check(sent, false, List.of());
        assertThat(early.verdict()).isEqualTo(CheckVerdict.AWAITING_VALIDATION);
        assertThat(finding(early, Code.NOT_VALIDATED).args()).containsExactly(MARCH);

        InvoiceCheck.Result twice = check(sent, true, List.of("F2026-00003"));
        assertThat(twice.verdict()).isEqualTo(CheckVerdict.DISCREPANCIES);
        assertThat(finding(twice, Code.ALREADY_INVOICED).args()).containsExactly("F2026-00003", 1);
    }

    @Test
    void an_invoice_dated_before_the_end_of_the_month_it_bills_is_noted_not_held_against_it() {
        InvoiceDocument early = ReceivedSamples.withIssueDate(sent, MARCH.atDay(20));

        InvoiceCheck.Result result = check(early);

        assertThat(finding(result, Code.ISSUED_EARLY).args()).containsExactly(MARCH.atDay(20), MARCH.atEndOfMonth());
        assertThat(result.verdict()).isEqualTo(CheckVerdict.CONFORMING);
    }

    @Test
    void an_invoice_whose_own_sums_are_wrong_is_told_so() {
        String ubl = ReceivedSamples.ubl(sent)
                .replace(
                        "<cbc:TaxInclusiveAmount currencyID=\"EUR\">" + sent.gross(),
                        "<cbc:TaxInclusiveAmount currencyID=\"EUR\">"
                                + sent.gross().add(BigDecimal.TEN));
        ReceivedInvoice read = ReceivedInvoiceReader.read(ubl.getBytes(StandardCharsets.UTF_8));

        InvoiceCheck.Result result =
                InvoiceCheck.check(read, new InvoiceCheck.Expectation(expected, MARCH, true, List.of(), List.of()));

        assertThat(finding(result, Code.DOES_NOT_ADD_UP).args()).first().isEqualTo("gross");
        assertThat(result.verdict()).isEqualTo(CheckVerdict.DISCREPANCIES);
    }

    private static CheckFinding finding(InvoiceCheck.Result result, Code code) {
        return result.findings().stream()
                .filter(f -> f.code() == code)
                .findFirst()
                .orElseThrow(() -> new AssertionError(code + " not in " + result.findings()));
    }
}
