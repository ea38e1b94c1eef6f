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
import app.avenant.invoicing.CheckFinding.Code;
import app.avenant.invoicing.ReceivedInvoiceRefusedException.Reason;
import app.avenant.invoicing.facturx.FacturXWriter;
import app.avenant.invoicing.facturx.InvoiceDocument;
import app.avenant.invoicing.received.ReceivedSamples;
import app.avenant.performance.Deliverables;
import app.avenant.performance.MonthFigures;
import app.avenant.performance.PerformanceFixtures;
import app.avenant.performance.PerformanceFixtures.PerformanceContract;
import app.avenant.performance.QualityOutcome;
import app.avenant.performance.Statements;
import app.avenant.testing.TestAccounts;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The PME files the invoices its provider sent, on the product brief's worked example (March: 14 588,80 € due): the
 * statement's own invoice is « conforme au relevé validé », a discrepant one says where, the provider is told and
 * answers, and every refusal stores nothing.
 */
@SpringBootTest
class ReceivedInvoicesTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    @Autowired
    ReceivedInvoices received;

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
    app.avenant.contract.internal.ContractsForModules contractInternals;

    private PerformanceFixtures fixtures;
    private PerformanceContract contract;

    @BeforeEach
    void workedExample() {
        fixtures = new PerformanceFixtures(accounts, contracts, deliverables);
        contract = fixtures.workedExample();
        organisations.setLegalIdentity(contract.provider().organisation().id(), LegalIdentityFixtures.provider());
        organisations.setLegalIdentity(contract.client().organisation().id(), LegalIdentityFixtures.client());
        fixtures.deliverMany(contract, INVOICES, MARCH.atDay(10), 2, 400, QualityOutcome.FIRST_PASS, true);
        fixtures.deliver(contract, PAYROLL, MARCH.atDay(28), 1180, QualityOutcome.FIRST_PASS, true);
        as(
                contract.providerManager(),
                () -> statements.recordMeasurement(contract.id(), MARCH, WITHIN_48H, new BigDecimal("85")));
    }

    private void validated() {
        as(contract.providerManager(), () -> statements.validate(contract.id(), MARCH, 1));
        as(contract.clientOwner(), () -> statements.validate(contract.id(), MARCH, 1));
    }

    /** The invoice of the statement as the provider's own software writes it. */
    private InvoiceDocument statementInvoice(String number) {
        MonthFigures march = as(contract.clientOwner(), () -> statements.statement(contract.id(), MARCH))
                .figures();
        return ReceivedSamples.invoice(march, number, contract.reference());
    }

    private ReceivedInvoiceCheck file(String user, byte[] content) {
        return as(user, () -> received.receive(contract.id(), MARCH, "facture.pdf", content));
    }

    private long rows() {
        Long n = jdbc.queryForObject(
                "select count(*) from received_invoice where contract_id = ?", Long.class, contract.id());
        return n == null ? 0 : n;
    }

    @Test
    void the_statements_own_invoice_is_conforming_and_the_provider_is_told() {
        validated();
        InvoiceDocument sent = statementInvoice("FA-2026-0042");
        assertThat(sent.net()).isEqualByComparingTo("14588.80");

        ReceivedInvoiceCheck check = file(contract.clientOwner(), FacturXWriter.pdf(sent));

        assertThat(check.verdict()).isEqualTo(CheckVerdict.CONFORMING);
        assertThat(check.gross()).isEqualByComparingTo("17506.56");
        assertThat(check.lines())
                .allSatisfy(l -> assertThat(l.outcome().agrees()).isTrue());
        ReceivedInvoices.ReceivedMonth seen =
                as(contract.providerEditor(), () -> received.received(contract.id(), MARCH));
        assertThat(seen.invoices()).singleElement().satisfies(i -> {
            assertThat(i.number()).isEqualTo("FA-2026-0042");
            assertThat(i.verdict()).isEqualTo(CheckVerdict.CONFORMING);
            assertThat(i.receivedBy()).isEqualTo(contract.client().admin().displayName());
        });
        assertThat(seen.mayFile()).isFalse();
        assertThat(seen.clientSide()).isFalse();
        Invoices.InvoiceFile kept = as(contract.clientViewer(), () -> received.file(contract.id(), check.id()));
        assertThat(kept.fileName()).isEqualTo("facture.pdf");
        assertThat(new String(kept.content(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        assertThat(jdbc.queryForList(
                        "select recipient_id from notification where contract_id = ? and kind = 'INVOICE_RECEIVED'",
                        java.util.UUID.class,
                        contract.id()))
                .containsExactly(contract.provider().admin().id());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where contract_id = ? and action = 'INVOICE_RECEIVED'",
                        Long.class,
                        contract.id()))
                .isEqualTo(1L);
    }

    @Test
    void a_discrepant_invoice_says_where_and_the_two_sides_write_about_it() {
        validated();
        InvoiceDocument sent = ReceivedSamples.withAdjustments(statementInvoice("FA-2026-0043"), List.of());

        ReceivedInvoiceCheck check = file(contract.clientOwner(), FacturXWriter.xml(sent));

        assertThat(check.verdict()).isEqualTo(CheckVerdict.DISCREPANCIES);
        assertThat(check.syntax()).isEqualTo("CII");
        assertThat(check.findings()).extracting(CheckFinding::code).contains(Code.CREDITS_NOT_DEDUCTED, Code.NET_TOTAL);
        // the totals differ because of the credits: one discrepancy for the gérante, not three
        assertThat(check.discrepancies()).isEqualTo(1);
        assertThat(check.adjustments().creditsAgree()).isFalse();
        assertThat(check.adjustments().invoicedCredits()).isEqualByComparingTo("0");
        assertThat(check.adjustments().expectedCredits()).isPositive();

        as(contract.clientOwner(), () -> received.remark(contract.id(), check.id(), "Les avoirs de mars manquent."));
        as(contract.providerManager(), () -> received.remark(contract.id(), check.id(), "Avoir envoyé ce jour."));

        ReceivedInvoiceCheck seen = as(contract.clientViewer(), () -> received.received(contract.id(), MARCH))
                .invoices()
                .getFirst();
        assertThat(seen.remarks())
                .extracting(ReceivedInvoiceCheck.Remark::text, ReceivedInvoiceCheck.Remark::clientSide)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Les avoirs de mars manquent.", true),
                        org.assertj.core.groups.Tuple.tuple("Avoir envoyé ce jour.", false));
        assertThat(jdbc.queryForList(
                        "select recipient_id from notification where contract_id = ? and kind = 'INVOICE_REMARK'",
                        java.util.UUID.class,
                        contract.id()))
                .containsExactlyInAnyOrder(
                        contract.provider().admin().id(),
                        contract.provider().member().id(),
                        contract.client().admin().id());
        assertThatThrownBy(() -> as(contract.clientViewer(), () -> received.remark(contract.id(), check.id(), "Vu")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(contract.clientOwner(), () -> received.remark(contract.id(), check.id(), "  ")))
                .isInstanceOf(InvoiceRuleException.class);
    }

    @Test
    void a_corrected_invoice_is_in_line_once_the_first_is_marked_cancelled_by_a_credit_note() {
        validated();
        InvoiceDocument corrected = statementInvoice("FA-2026-0051");
        InvoiceDocument first =
                ReceivedSamples.withNumber(ReceivedSamples.withAdjustments(corrected, List.of()), "FA-2026-0050");
        ReceivedInvoiceCheck wrong = file(contract.clientOwner(), FacturXWriter.pdf(first));
        ReceivedInvoiceCheck second = file(contract.clientOwner(), FacturXWriter.pdf(corrected));
        // the corrected one bills the month a second time while the first stands
        assertThat(second.verdict()).isEqualTo(CheckVerdict.DISCREPANCIES);
        assertThat(second.findings()).extracting(CheckFinding::code).containsExactly(Code.ALREADY_INVOICED);

        assertThatThrownBy(() -> as(contract.providerManager(), () -> {
                    received.cancel(contract.id(), wrong.id(), "Avoir AV-12");
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        as(contract.clientOwner(), () -> {
            received.cancel(contract.id(), wrong.id(), "Avoir AV-12 du 10/04/2026 reçu.");
            return null;
        });

        List<ReceivedInvoiceCheck> month = as(contract.clientViewer(), () -> received.received(contract.id(), MARCH))
                .invoices();
        // the newest first
        assertThat(month).extracting(ReceivedInvoiceCheck::number).containsExactly("FA-2026-0051", "FA-2026-0050");
        assertThat(month.get(0).verdict()).isEqualTo(CheckVerdict.CONFORMING);
        assertThat(month.get(1).verdict()).isEqualTo(CheckVerdict.CANCELLED);
        assertThat(month.get(1).cancelledBy())
                .isEqualTo(contract.client().admin().displayName());
        assertThat(month.get(1).remarks())
                .extracting(ReceivedInvoiceCheck.Remark::text, ReceivedInvoiceCheck.Remark::cancellation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Avoir AV-12 du 10/04/2026 reçu.", true));
        assertThat(month.get(0).adjustments().creditsAgree()).isTrue();
        // the provider is told it was cancelled, not only that someone wrote
        assertThat(jdbc.queryForList(
                        "select context from notification where contract_id = ? and kind = 'INVOICE_REMARK'",
                        String.class,
                        contract.id()))
                .contains("FA-2026-0050|CANCELLED");
        assertThat(jdbc.queryForList(
                        "select recipient_id from notification where contract_id = ? and kind = 'INVOICE_REMARK'",
                        java.util.UUID.class,
                        contract.id()))
                .contains(contract.provider().admin().id());
        assertThatThrownBy(() -> as(contract.clientOwner(), () -> {
                    received.cancel(contract.id(), wrong.id(), "Encore");
                    return null;
                }))
                .isInstanceOf(InvoiceRuleException.class);
    }

    @Test
    void a_month_whose_invoice_was_received_is_not_issued_a_second_time_in_avenant() {
        validated();
        file(contract.clientOwner(), FacturXWriter.pdf(statementInvoice("FA-2026-0052")));

        assertThatThrownBy(() -> as(
                        contract.providerManager(),
                        () -> invoices.issue(contract.id(), MARCH, new BigDecimal("20"), PaymentTerms.DAYS_30)))
                .isInstanceOfSatisfying(
                        InvoiceRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("invoicing.error.receivedAlready"));
    }

    @Test
    void a_contract_of_the_pme_with_another_provider_is_not_revealed_by_a_refusal() {
        validated();
        TestAccounts.TestOrganisation otherProvider = accounts.newOrganisation(OrganisationKind.PROVIDER);
        String theirs = "P-TIERS-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        contractInternals.openContract(new app.avenant.contract.NewContract(
                theirs,
                "Infogérance",
                contract.client().organisation().id(),
                otherProvider.organisation().id()));
        InvoiceDocument sent = statementInvoice("FA-2026-0053");
        InvoiceDocument naming = ReceivedSamples.withReference(sent, theirs);

        ReceivedInvoiceCheck check = file(contract.clientOwner(), FacturXWriter.pdf(naming));

        // the same answer as for a reference that does not exist
        assertThat(check.findings()).extracting(CheckFinding::code).contains(Code.CONTRACT_REFERENCE_UNKNOWN);
    }

    @Test
    void an_invoice_filed_before_validation_waits_then_is_judged_once_the_month_is_validated() {
        ReceivedInvoiceCheck early = file(contract.clientOwner(), FacturXWriter.pdf(statementInvoice("FA-2026-0044")));
        assertThat(early.verdict()).isEqualTo(CheckVerdict.AWAITING_VALIDATION);
        assertThat(early.findings()).extracting(CheckFinding::code).contains(Code.NOT_VALIDATED);

        validated();

        assertThat(as(contract.clientOwner(), () -> received.received(contract.id(), MARCH))
                        .invoices())
                .singleElement()
                .satisfies(i -> assertThat(i.verdict()).isEqualTo(CheckVerdict.CONFORMING));
    }

    @Test
    void invoices_of_another_seller_buyer_month_or_contract_and_a_second_filing_are_refused_storing_nothing() {
        validated();
        InvoiceDocument sent = statementInvoice("FA-2026-0045");

        assertRefused(
                ReceivedSamples.withParties(sent, ReceivedSamples.otherCompany("Autre Prestataire SAS"), sent.buyer()),
                Reason.NOT_THIS_CONTRACT,
                "invoicing.received.error.otherSeller");
        assertRefused(
                ReceivedSamples.withParties(sent, sent.seller(), ReceivedSamples.otherCompany("Autre Client SARL")),
                Reason.NOT_THIS_CONTRACT,
                "invoicing.received.error.otherBuyer");
        InvoiceDocument april = ReceivedSamples.withPeriod(sent, YearMonth.of(2026, 4));
        assertRefused(april, Reason.OTHER_MONTH, "invoicing.received.error.otherMonth");
        // the same PME's other contract with the same provider: an invoice naming it belongs there
        String otherReference =
                "P-AUTRE-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        contractInternals.openContract(new app.avenant.contract.NewContract(
                otherReference,
                "Paie",
                contract.client().organisation().id(),
                contract.provider().organisation().id()));
        InvoiceDocument forOther = ReceivedSamples.withReference(sent, otherReference);
        assertRefused(forOther, Reason.NOT_THIS_CONTRACT, "invoicing.received.error.otherContract");
        assertThatThrownBy(() -> file(contract.clientOwner(), "pas une facture".getBytes()))
                .isInstanceOfSatisfying(
                        ReceivedInvoiceRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNREADABLE));
        assertThat(rows()).isZero();

        file(contract.clientOwner(), FacturXWriter.pdf(sent));
        assertRefused(sent, Reason.DUPLICATE, "invoicing.received.error.alreadyReceived");
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void a_contract_reference_unknown_to_avenant_is_only_noted() {
        validated();
        InvoiceDocument sent = statementInvoice("FA-2026-0047");
        InvoiceDocument ownReference = ReceivedSamples.withReference(sent, "CDE-PRESTATAIRE-17");

        ReceivedInvoiceCheck check = file(contract.clientOwner(), FacturXWriter.pdf(ownReference));

        assertThat(check.verdict()).isEqualTo(CheckVerdict.CONFORMING);
        assertThat(check.findings()).extracting(CheckFinding::code).contains(Code.CONTRACT_REFERENCE_UNKNOWN);
    }

    @Test
    void only_the_pmes_owners_and_editors_file_and_outsiders_learn_nothing() {
        byte[] pdf = FacturXWriter.pdf(statementInvoice("FA-2026-0046"));

        assertThatThrownBy(() -> file(contract.providerManager(), pdf)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> file(contract.clientViewer(), pdf)).isInstanceOf(AccessDeniedException.class);
        TestAccounts.TestOrganisation stranger = accounts.newOrganisation(OrganisationKind.CLIENT);
        assertThatThrownBy(() -> file(stranger.admin().username(), pdf)).isInstanceOf(ContractNotFoundException.class);
        assertThatThrownBy(() -> as(stranger.admin().username(), () -> received.received(contract.id(), MARCH)))
                .isInstanceOf(ContractNotFoundException.class);
        assertThat(rows()).isZero();
    }

    private void assertRefused(InvoiceDocument document, Reason reason, String key) {
        long before = rows();
        assertThatThrownBy(() -> file(contract.clientOwner(), FacturXWriter.pdf(document)))
                .isInstanceOfSatisfying(ReceivedInvoiceRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.messageKey()).isEqualTo(key);
                });
        assertThat(rows()).isEqualTo(before);
    }
}
