package app.avenant.invoicing;

import app.avenant.contract.ContractRole;
import app.avenant.contract.ContractWorkspace;
import app.avenant.contract.Contracts;
import app.avenant.contract.Party;
import app.avenant.contract.Side;
import app.avenant.identity.CurrentUser;
import app.avenant.identity.LegalIdentity;
import app.avenant.identity.UserRef;
import app.avenant.identity.Users;
import app.avenant.identity.VatRegime;
import app.avenant.identity.internal.UsersForModules;
import app.avenant.invoicing.facturx.FacturXWriter;
import app.avenant.invoicing.facturx.InvoiceComposer;
import app.avenant.invoicing.facturx.InvoiceDocument;
import app.avenant.invoicing.facturx.InvoiceParty;
import app.avenant.performance.MonthFigures;
import app.avenant.performance.MonthlyStatement;
import app.avenant.performance.StatementStatus;
import app.avenant.performance.Statements;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues and serves invoices (decision 0051). The rules: only a provider's approver issues; only a month both sides
 * validated (its statement locked); only once per month; only when both parties gave their legal identity. The
 * invoice, its number and its PDF are written in one transaction, so a refused or failed issue stores nothing and
 * consumes no number.
 */
@Service
@Transactional
class InvoiceService implements Invoices {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String COLUMNS =
            "invoice_number, invoice_month, issue_date, due_date, payment_terms, vat_rate,"
                    + " net_total, vat_total, gross_total, issued_by, issued_at";

    private final Contracts contracts;
    private final Statements statements;
    private final Users users;
    private final UsersForModules organisations;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final InvoicedMonthsSql invoiced;

    InvoiceService(
            Contracts contracts,
            Statements statements,
            Users users,
            UsersForModules organisations,
            JdbcTemplate jdbc,
            Clock clock,
            ApplicationEventPublisher events,
            InvoicedMonthsSql invoiced) {
        this.events = events;
        this.invoiced = invoiced;
        this.contracts = contracts;
        this.statements = statements;
        this.users = users;
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public InvoiceStatus status(UUID contractId, YearMonth month) {
        ContractRole role = contracts.myRole(contractId);
        // this month's invoice and the contract's latest, whose rate and terms the next one proposes
        List<Row> rows = jdbc.query(
                "select " + COLUMNS + " from invoice where contract_id = ? and (invoice_month = ? or invoice_month ="
                        + " (select max(invoice_month) from invoice where contract_id = ?)) order by invoice_month",
                InvoiceService::row,
                contractId,
                Date.valueOf(month.atDay(1)),
                contractId);
        Row issued = null;
        BigDecimal rate = FRENCH_VAT_RATES.getFirst();
        PaymentTerms terms = PaymentTerms.DAYS_30;
        for (Row row : rows) {
            if (row.invoice().month().equals(month)) {
                issued = row;
            }
            rate = row.invoice().vatRate();
            terms = row.invoice().paymentTerms();
        }
        return new InvoiceStatus(
                issued == null ? null : withIssuer(issued),
                issued == null && issues(role),
                role.side() == Side.PROVIDER,
                rate,
                terms);
    }

    @Override
    @Transactional(readOnly = true)
    public InvoicePreview preview(UUID contractId, YearMonth month, BigDecimal vatRate, PaymentTerms terms) {
        Prepared prepared = prepare(contractId, month, vatRate, terms);
        InvoiceDocument d =
                prepared.document("F" + prepared.heading().issueDate().getYear() + "-…");
        return new InvoicePreview(
                prepared.missing(),
                d.lines().size(),
                d.lineTotal(),
                d.net().subtract(d.lineTotal()),
                d.net(),
                d.vatRate(),
                d.vat(),
                d.gross(),
                d.issueDate(),
                d.dueDate());
    }

    @Override
    public IssuedInvoice issue(UUID contractId, YearMonth month, BigDecimal vatRate, PaymentTerms terms) {
        CurrentUser caller = users.currentUser();
        Prepared prepared = prepare(contractId, month, vatRate, terms);
        if (!prepared.missing().isEmpty()) {
            throw new InvoiceRuleException(prepared.missing().getFirst());
        }
        int year = prepared.heading().issueDate().getYear();
        UUID provider = prepared.providerOrganisation();
        String number = "F" + year + "-" + String.format(Locale.ROOT, "%05d", next(provider, year));
        InvoiceDocument d = prepared.document(number);
        byte[] pdf = FacturXWriter.pdf(d);
        try {
            jdbc.update(
                    "insert into invoice (id, contract_id, invoice_month, provider_organisation_id, invoice_number,"
                            + " issue_date, due_date, payment_terms, vat_rate, net_total, vat_total, gross_total,"
                            + " statement_revision, pdf, issued_by, issued_at)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    UUID.randomUUID(),
                    contractId,
                    Date.valueOf(month.atDay(1)),
                    provider,
                    number,
                    Date.valueOf(d.issueDate()),
                    Date.valueOf(d.dueDate()),
                    terms.name(),
                    d.vatRate(),
                    d.net(),
                    d.vat(),
                    d.gross(),
                    prepared.heading().statementRevision(),
                    pdf,
                    caller.id(),
                    Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException e) {
            // another approver issued it meanwhile: this transaction, its number included, rolls back
            throw new InvoiceRuleException("invoicing.error.alreadyIssued");
        }
        events.publishEvent(new InvoiceEvent.Issued(contractId, month, number, d.gross(), caller.id()));
        return new IssuedInvoice(
                number,
                month,
                d.issueDate(),
                d.dueDate(),
                terms,
                d.vatRate(),
                d.net(),
                d.vat(),
                d.gross(),
                caller.displayName(),
                clock.instant());
    }

    @Override
    @Transactional(readOnly = true)
    public InvoiceFile file(UUID contractId, YearMonth month) {
        contracts.myRole(contractId);
        List<InvoiceFile> files = jdbc.query(
                "select invoice_number, pdf from invoice where contract_id = ? and invoice_month = ?",
                (rs, n) -> new InvoiceFile("Facture-" + rs.getString(1) + ".pdf", rs.getBytes(2)),
                contractId,
                Date.valueOf(month.atDay(1)));
        if (files.isEmpty()) {
            throw new InvoiceNotFoundException(contractId, month);
        }
        events.publishEvent(
                new InvoiceEvent.Downloaded(contractId, month, files.getFirst().fileName()));
        return files.getFirst();
    }

    /** What the invoice is made of, and what is missing before it can be issued; the rules in their order. */
    private Prepared prepare(UUID contractId, YearMonth month, BigDecimal vatRate, PaymentTerms terms) {
        ContractRole role = contracts.myRole(contractId);
        if (!issues(role)) {
            throw new AccessDeniedException("Issuing an invoice is reserved to the provider's owners and managers");
        }
        if (FRENCH_VAT_RATES.stream().noneMatch(rate -> rate.compareTo(vatRate) == 0)) {
            throw new InvoiceRuleException("invoicing.error.vatRate");
        }
        if (invoiced.invoiced(contractId, month)) {
            throw new InvoiceRuleException("invoicing.error.alreadyIssued");
        }
        List<String> received = invoiced.receivedNumbers(contractId, month);
        if (!received.isEmpty()) {
            // the client already holds this month's invoice, sent outside Avenant: a second would bill it twice
            throw new InvoiceRuleException("invoicing.error.receivedAlready", String.join(", ", received));
        }
        MonthlyStatement statement = statements.statement(contractId, month);
        if (statement.status() != StatementStatus.LOCKED) {
            throw new InvoiceRuleException("invoicing.error.notValidated");
        }
        ContractWorkspace contract = contracts.workspace(contractId);
        Map<UUID, LegalIdentity> identities = organisations.legalIdentities(
                List.of(contract.provider().organisationId(), contract.client().organisationId()));
        LegalIdentity seller = identities.getOrDefault(contract.provider().organisationId(), LegalIdentity.empty());
        LegalIdentity buyer = identities.getOrDefault(contract.client().organisationId(), LegalIdentity.empty());
        List<String> missing = new ArrayList<>();
        if (!seller.complete() || (seller.vatNumber() == null && seller.vatRegime() != VatRegime.FRANCHISE)) {
            missing.add("invoicing.missing.seller");
        }
        if (!buyer.complete()) {
            missing.add("invoicing.missing.buyer");
        }
        LocalDate issued = today();
        InvoiceComposer.Heading heading = new InvoiceComposer.Heading(
                "",
                issued,
                terms.dueDate(issued),
                termsText(terms),
                contract.reference(),
                statement.current().number(),
                party(contract.provider(), seller),
                party(contract.client(), buyer),
                vatRate);
        return new Prepared(
                statement.figures(), heading, missing, contract.provider().organisationId());
    }

    /** A validated month ready to be invoiced; the number is given last, once the invoice is sure to be issued. */
    private record Prepared(
            MonthFigures figures, InvoiceComposer.Heading heading, List<String> missing, UUID providerOrganisation) {

        InvoiceDocument document(String number) {
            return InvoiceComposer.compose(figures, heading.withNumber(number));
        }
    }

    private static InvoiceParty party(Party party, LegalIdentity identity) {
        return new InvoiceParty(party.organisationName(), identity);
    }

    /** The payment terms as the invoice says them (always in French, as the invoice is). */
    static String termsText(PaymentTerms terms) {
        return switch (terms) {
            case DAYS_30 -> "30 jours date de facture";
            case END_OF_MONTH_45 -> "45 jours fin de mois";
            case DAYS_60 -> "60 jours date de facture";
        };
    }

    /** The provider organisation's next number of the year, its counter row locked until this transaction ends. */
    private long next(UUID organisation, int year) {
        if (increment(organisation, year) == 0) {
            try {
                jdbc.update(
                        "insert into invoice_counter (organisation_id, invoice_year, last_number) values (?, ?, 1)",
                        organisation,
                        year);
                return 1;
            } catch (DuplicateKeyException e) {
                // the year's first invoice issued at the same moment by a colleague: take the next one
                increment(organisation, year);
            }
        }
        Long last = jdbc.queryForObject(
                "select last_number from invoice_counter where organisation_id = ? and invoice_year = ?",
                Long.class,
                organisation,
                year);
        return last == null ? 1 : last;
    }

    /** Moves the counter, whose row stays locked until the transaction ends; 0 when the year has none yet. */
    private int increment(UUID organisation, int year) {
        return jdbc.update(
                "update invoice_counter set last_number = last_number + 1 where organisation_id = ? and invoice_year = ?",
                organisation,
                year);
    }

    private static boolean issues(ContractRole role) {
        return role.side() == Side.PROVIDER && role.canApprove();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(PARIS));
    }

    private record Row(IssuedInvoice invoice, UUID issuedBy) {}

    /** The invoice with the name of who issued it (people are read once and remembered, decision 0039). */
    private IssuedInvoice withIssuer(Row row) {
        UserRef who = users.usersByIds(List.of(row.issuedBy())).get(row.issuedBy());
        IssuedInvoice i = row.invoice();
        return new IssuedInvoice(
                i.number(),
                i.month(),
                i.issueDate(),
                i.dueDate(),
                i.paymentTerms(),
                i.vatRate(),
                i.net(),
                i.vat(),
                i.gross(),
                who == null ? "—" : who.displayName(),
                i.issuedAt());
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                new IssuedInvoice(
                        rs.getString("invoice_number"),
                        YearMonth.from(rs.getDate("invoice_month").toLocalDate()),
                        rs.getDate("issue_date").toLocalDate(),
                        rs.getDate("due_date").toLocalDate(),
                        PaymentTerms.valueOf(rs.getString("payment_terms")),
                        rs.getBigDecimal("vat_rate"),
                        rs.getBigDecimal("net_total"),
                        rs.getBigDecimal("vat_total"),
                        rs.getBigDecimal("gross_total"),
                        "",
                        rs.getTimestamp("issued_at").toInstant()),
                rs.getObject("issued_by", UUID.class));
    }
}
