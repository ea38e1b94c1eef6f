package app.avenant.invoicing;

import static app.avenant.performance.PerformanceFixtures.INVOICES;
import static app.avenant.performance.PerformanceFixtures.PAYROLL;
import static app.avenant.performance.PerformanceFixtures.WITHIN_48H;
import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.Contracts;
import app.avenant.identity.LegalIdentityFixtures;
import app.avenant.identity.OrganisationKind;
import app.avenant.identity.internal.UsersForModules;
import app.avenant.performance.Deliverables;
import app.avenant.performance.MonthFigures;
import app.avenant.performance.PerformanceFixtures;
import app.avenant.performance.PerformanceFixtures.PerformanceContract;
import app.avenant.performance.QualityOutcome;
import app.avenant.performance.Statements;
import app.avenant.testing.TestAccounts;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mustangproject.ZUGFeRD.ZUGFeRDImporter;
import org.mustangproject.validator.ZUGFeRDValidator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The provider's invoice of a validated month, on the product brief's worked example: its total without VAT is the
 * statement's total due to the cent, its Factur-X passes Mustang's validator, numbers follow each other without gaps
 * per provider organisation, and every refusal stores nothing.
 */
@SpringBootTest
class InvoicesTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final YearMonth APRIL = YearMonth.of(2026, 4);

    @Autowired
    Invoices invoices;

    @Autowired
    Statements statements;

    @Autowired
    Contracts contracts;

    @Autowired
    Deliverables deliverables;

    @Autowired
    TestAccounts accounts;

    @Autowired
    UsersForModules organisations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private PerformanceFixtures fixtures;
    private PerformanceContract contract;

    @BeforeEach
    void workedExample() {
        fixtures = new PerformanceFixtures(accounts, contracts, deliverables);
        contract = fixtures.workedExample();
    }

    private void validated(YearMonth month) {
        fixtures.deliverMany(contract, INVOICES, month.atDay(10), 2, 400, QualityOutcome.FIRST_PASS, true);
        fixtures.deliver(contract, PAYROLL, month.atDay(28), 1180, QualityOutcome.FIRST_PASS, true);
        as(
                contract.providerManager(),
                () -> statements.recordMeasurement(contract.id(), month, WITHIN_48H, new BigDecimal("85")));
        as(contract.providerManager(), () -> statements.validate(contract.id(), month, 1));
        as(contract.clientOwner(), () -> statements.validate(contract.id(), month, 1));
    }

    private void identities(boolean client) {
        organisations.setLegalIdentity(contract.provider().organisation().id(), LegalIdentityFixtures.provider());
        if (client) {
            organisations.setLegalIdentity(contract.client().organisation().id(), LegalIdentityFixtures.client());
        }
    }

    private IssuedInvoice issue(YearMonth month) {
        return as(
                contract.providerManager(),
                () -> invoices.issue(contract.id(), month, new BigDecimal("20"), PaymentTerms.END_OF_MONTH_45));
    }

    private long invoiceRows() {
        Long n = jdbc.queryForObject("select count(*) from invoice where contract_id = ?", Long.class, contract.id());
        return n == null ? 0 : n;
    }

    @Test
    void a_validated_month_is_invoiced_once_as_a_valid_factur_x_whose_totals_are_the_statements_to_the_cent()
            throws Exception {
        validated(MARCH);
        identities(true);
        MonthFigures march = as(contract.clientOwner(), () -> statements.statement(contract.id(), MARCH))
                .figures();
        // the worked example's March: 15 520,00 € of charges, 931,20 € of service credits → 14 588,80 € due
        assertThat(march.totalDue()).isEqualByComparingTo("14588.80");

        InvoicePreview preview = as(
                contract.providerManager(),
                () -> invoices.preview(contract.id(), MARCH, new BigDecimal("20"), PaymentTerms.END_OF_MONTH_45));
        assertThat(preview.missing()).isEmpty();
        assertThat(preview.net()).isEqualByComparingTo("14588.80");
        assertThat(preview.vat()).isEqualByComparingTo("2917.76");
        assertThat(preview.gross()).isEqualByComparingTo("17506.56");

        IssuedInvoice issued = issue(MARCH);

        int year = LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris"))).getYear();
        assertThat(issued.number()).isEqualTo("F" + year + "-00001");
        assertThat(issued.net()).isEqualByComparingTo("14588.80");
        assertThat(issued.gross()).isEqualByComparingTo("17506.56");
        LocalDate plus45 = issued.issueDate().plusDays(45);
        assertThat(issued.dueDate()).isEqualTo(plus45.withDayOfMonth(plus45.lengthOfMonth()));

        // the client reads it and downloads the same file
        InvoiceStatus seenByClient = as(contract.clientViewer(), () -> invoices.status(contract.id(), MARCH));
        assertThat(seenByClient.issued()).isNotNull();
        assertThat(seenByClient.issued().number()).isEqualTo(issued.number());
        assertThat(seenByClient.issued().issuedBy())
                .isEqualTo(contract.provider().admin().displayName());
        assertThat(seenByClient.mayIssue()).isFalse();
        byte[] pdf = as(contract.clientViewer(), () -> invoices.file(contract.id(), MARCH))
                .content();
        ZUGFeRDValidator validator = new ZUGFeRDValidator();
        String report = validator.validate(pdf, issued.number() + ".pdf");
        assertThat(validator.wasCompletelyValid()).as(report).isTrue();
        String xml = new String(new ZUGFeRDImporter(new ByteArrayInputStream(pdf)).getRawXML(), StandardCharsets.UTF_8);
        assertThat(amount(xml, "TaxBasisTotalAmount")).isEqualByComparingTo(march.totalDue());
        assertThat(amount(xml, "GrandTotalAmount")).isEqualByComparingTo("17506.56");
        assertThat(xml).contains(issued.number(), "552100554", "FR44732829320");

        // the audit trail records who issued it and who downloaded it
        assertThat(jdbc.queryForList(
                        "select action from audit_entry where contract_id = ? and action in ('INVOICE_ISSUED', 'EXPORT')"
                                + " order by seq",
                        String.class,
                        contract.id()))
                .containsExactly("INVOICE_ISSUED", "EXPORT");

        // the PME's owner is told in the bell (and by mail under « Relevés »)
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where contract_id = ? and kind = 'INVOICE_ISSUED'"
                                + " and recipient_id = ?",
                        Long.class,
                        contract.id(),
                        contract.client().admin().id()))
                .isEqualTo(1L);

        // the statement it was made from is final now: a correction is a credit note
        assertThatThrownBy(() ->
                        as(contract.clientOwner(), () -> statements.reopen(contract.id(), MARCH, "Erreur de volume")))
                .isInstanceOf(app.avenant.performance.StatementRuleException.class)
                .extracting(e -> ((app.avenant.performance.StatementRuleException) e).code())
                .isEqualTo("performance.statement.error.invoiced");

        // once only
        assertThatThrownBy(() -> issue(MARCH))
                .isInstanceOf(InvoiceRuleException.class)
                .extracting(e -> ((InvoiceRuleException) e).messageKey())
                .isEqualTo("invoicing.error.alreadyIssued");
        assertThat(invoiceRows()).isEqualTo(1);
        // the next invoice proposes this one's rate and terms
        InvoiceStatus april = as(contract.providerManager(), () -> invoices.status(contract.id(), APRIL));
        assertThat(april.mayIssue()).isTrue();
        assertThat(april.terms()).isEqualTo(PaymentTerms.END_OF_MONTH_45);
    }

    @Test
    void refusals_store_nothing_and_consume_no_number() {
        identities(false);

        // a month not validated by both sides
        assertThatThrownBy(() -> issue(MARCH))
                .isInstanceOf(InvoiceRuleException.class)
                .extracting(e -> ((InvoiceRuleException) e).messageKey())
                .isEqualTo("invoicing.error.notValidated");
        validated(MARCH);
        // the client's side never issues the provider's invoice
        assertThatThrownBy(() -> as(
                        contract.clientOwner(),
                        () -> invoices.issue(contract.id(), MARCH, new BigDecimal("20"), PaymentTerms.DAYS_30)))
                .isInstanceOf(AccessDeniedException.class);
        // the client's SIREN and address must be on the invoice
        InvoicePreview preview = as(
                contract.providerManager(),
                () -> invoices.preview(contract.id(), MARCH, new BigDecimal("20"), PaymentTerms.DAYS_30));
        assertThat(preview.missing()).containsExactly("invoicing.missing.buyer");
        assertThatThrownBy(() -> issue(MARCH))
                .isInstanceOf(InvoiceRuleException.class)
                .extracting(e -> ((InvoiceRuleException) e).messageKey())
                .isEqualTo("invoicing.missing.buyer");
        assertThatThrownBy(() -> as(
                        contract.providerManager(),
                        () -> invoices.issue(contract.id(), MARCH, new BigDecimal("120"), PaymentTerms.DAYS_30)))
                .isInstanceOf(InvoiceRuleException.class);
        assertThat(invoiceRows()).isZero();

        identities(true);
        validated(APRIL);
        IssuedInvoice march = issue(MARCH);
        IssuedInvoice april = issue(APRIL);

        // no number lost to the refusals; the next one follows
        assertThat(march.number()).endsWith("-00001");
        assertThat(april.number()).endsWith("-00002");
    }

    @Test
    void someone_outside_the_contract_learns_nothing_of_its_invoices() {
        TestAccounts.TestOrganisation stranger = accounts.newOrganisation(OrganisationKind.PROVIDER);

        assertThatThrownBy(() -> as(stranger.admin().username(), () -> invoices.status(contract.id(), MARCH)))
                .isInstanceOf(ContractNotFoundException.class);
        assertThatThrownBy(() -> as(stranger.admin().username(), () -> invoices.file(contract.id(), MARCH)))
                .isInstanceOf(ContractNotFoundException.class);
        assertThatThrownBy(() -> as(contract.clientViewer(), () -> invoices.file(contract.id(), MARCH)))
                .isInstanceOf(InvoiceNotFoundException.class);
    }

    private static BigDecimal amount(String xml, String element) {
        Matcher m = Pattern.compile("<ram:" + element + "[^>]*>([0-9.\\-]+)<").matcher(xml);
        assertThat(m.find()).as(element + " in the XML").isTrue();
        return new BigDecimal(m.group(1));
    }
}
