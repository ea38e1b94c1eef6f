package app.avenant.invoicing;

import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.ContractRole;
import app.avenant.contract.Contracts;
import app.avenant.contract.Side;
import app.avenant.contract.internal.ContractsForModules;
import app.avenant.identity.ApiCallers;
import app.avenant.identity.CurrentUser;
import app.avenant.identity.LegalIdentity;
import app.avenant.identity.OrganisationRef;
import app.avenant.identity.UserRef;
import app.avenant.identity.Users;
import app.avenant.identity.VatRegime;
import app.avenant.identity.internal.UsersForModules;
import app.avenant.invoicing.ReceivedInvoiceRefusedException.Reason;
import app.avenant.invoicing.facturx.InvoiceComposer;
import app.avenant.invoicing.facturx.InvoiceDocument;
import app.avenant.invoicing.facturx.InvoiceParty;
import app.avenant.invoicing.received.InvoiceCheck;
import app.avenant.invoicing.received.ReceivedInvoice;
import app.avenant.invoicing.received.ReceivedInvoiceReader;
import app.avenant.invoicing.received.UnreadableInvoiceException;
import app.avenant.performance.MonthlyStatement;
import app.avenant.performance.StatementRuleException;
import app.avenant.performance.StatementStatus;
import app.avenant.performance.internal.StatementsForModules;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives invoices and checks them (decision 0052). A file is read, matched to the contract (the parties' SIRENs, its
 * contract reference, its billing period), refused whole when it is not this contract's or already here, otherwise
 * stored with its verdict in one transaction. Every reading checks the stored file again against the statement as it
 * is then.
 */
@Service
@Transactional
class ReceivedInvoiceService implements ReceivedInvoices {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final int MAX_REMARK = 2000;

    private final Contracts contracts;
    private final ContractsForModules contractInternals;
    private final app.avenant.performance.Statements statements;
    private final StatementsForModules statementInternals;
    private final Users users;
    private final UsersForModules organisations;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final SecurityContextHolderStrategy securityContexts;
    private final InvoicedMonthsSql months;

    ReceivedInvoiceService(
            Contracts contracts,
            ContractsForModules contractInternals,
            app.avenant.performance.Statements statements,
            StatementsForModules statementInternals,
            Users users,
            UsersForModules organisations,
            JdbcTemplate jdbc,
            Clock clock,
            ApplicationEventPublisher events,
            SecurityContextHolderStrategy securityContexts,
            InvoicedMonthsSql months) {
        this.securityContexts = securityContexts;
        this.months = months;
        this.contracts = contracts;
        this.contractInternals = contractInternals;
        this.statements = statements;
        this.statementInternals = statementInternals;
        this.users = users;
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public ReceivedInvoiceCheck receive(UUID contractId, YearMonth month, String fileName, byte[] content) {
        ContractRole role = contracts.myRole(contractId);
        if (!mayFile(role)) {
            throw new AccessDeniedException("Filing a received invoice is for the PME's owners and editors");
        }
        CurrentUser me = users.currentUser();
        return file(new Filing(contractId, month, fileName, content, me.id(), null, Side.CLIENT), me.displayName());
    }

    @Override
    public ReceivedInvoiceCheck receiveForOrganisation(
            UUID organisationId,
            String contractReference,
            @Nullable YearMonth month,
            String fileName,
            byte[] content,
            String tokenName) {
        requireTokenOf(organisationId);
        UUID contractId = contractInternals
                .contractOfParty(organisationId, contractReference)
                .orElseThrow(() -> new ContractNotFoundException(new UUID(0L, 0L)));
        ContractsForModules.Parties parties = contractInternals.parties(contractId);
        Side side = parties.clientOrganisationId().equals(organisationId) ? Side.CLIENT : Side.PROVIDER;
        return file(new Filing(contractId, month, fileName, content, null, tokenName, side), tokenName);
    }

    /** A file to receive, and who files it: a person, or an API token of one side. */
    private record Filing(
            UUID contractId,
            @Nullable YearMonth month,
            String fileName,
            byte[] content,
            @Nullable UUID personId,
            @Nullable String tokenName,
            Side side) {}

    private ReceivedInvoiceCheck file(Filing filing, String filedBy) {
        ReceivedInvoice invoice = read(filing.content());
        Context context = context(filing.contractId());
        List<CheckFinding> notes = match(invoice, context);
        YearMonth billed = invoice.periodMonth();
        YearMonth month = filing.month() != null ? filing.month() : billed;
        if (month == null) {
            throw new ReceivedInvoiceRefusedException(Reason.UNREADABLE, "invoicing.received.error.noPeriod");
        }
        if (billed != null && !billed.equals(month)) {
            // a month of the contract to file it under, or none: then say so rather than point to a month without
            // a statement
            statement(filing.contractId(), billed);
            throw new ReceivedInvoiceRefusedException(
                    Reason.OTHER_MONTH, "invoicing.received.error.otherMonth", billed, month);
        }
        refuseDuplicate(filing.contractId(), invoice.number());
        MonthlyStatement statement = statement(filing.contractId(), month);
        List<String> others = otherInvoices(filing.contractId(), month);
        InvoiceCheck.Result result = InvoiceCheck.check(
                invoice, expectation(context, statement, month, contractRate(filing.contractId()), others, notes));
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        try {
            jdbc.update(
                    "insert into received_invoice (id, contract_id, invoice_month, invoice_number, issue_date,"
                            + " seller_name, syntax, file_name, gross_total, verdict, content, received_by,"
                            + " received_through, received_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id,
                    filing.contractId(),
                    Date.valueOf(month.atDay(1)),
                    invoice.number(),
                    Date.valueOf(invoice.issueDate()),
                    invoice.seller().name(),
                    invoice.syntax(),
                    fileName(filing.fileName(), invoice),
                    invoice.totals().gross(),
                    result.verdict().name(),
                    filing.content(),
                    filing.personId(),
                    filing.tokenName(),
                    Timestamp.from(now));
        } catch (DuplicateKeyException e) {
            // the same invoice filed by someone else meanwhile: this transaction stores nothing
            throw new ReceivedInvoiceRefusedException(
                    Reason.DUPLICATE, "invoicing.received.error.duplicate", invoice.number());
        }
        events.publishEvent(new InvoiceEvent.Received(
                filing.contractId(),
                month,
                invoice.number(),
                result.verdict(),
                filing.personId(),
                filing.tokenName(),
                filing.side() == Side.CLIENT));
        return new ReceivedInvoiceCheck(
                id,
                invoice.number(),
                invoice.issueDate(),
                invoice.seller().name(),
                invoice.syntax(),
                fileName(filing.fileName(), invoice),
                month,
                filedBy,
                filing.tokenName() != null,
                now,
                invoice.totals().net(),
                invoice.totals().vat(),
                invoice.totals().gross(),
                result.expectedNet(),
                result.expectedGross(),
                result.verdict(),
                result.lines(),
                result.adjustments(),
                result.findings(),
                List.of(),
                null,
                null);
    }

    @Override
    @Transactional(readOnly = true)
    public ReceivedMonth received(UUID contractId, YearMonth month) {
        ContractRole role = contracts.myRole(contractId);
        List<Stored> stored = jdbc.query(
                "select id, invoice_number, file_name, content, received_by, received_through, received_at,"
                        + " cancelled_by, cancelled_at from received_invoice where contract_id = ? and invoice_month = ? order by received_at, id",
                (rs, n) -> new Stored(
                        rs.getObject("id", UUID.class),
                        rs.getString("invoice_number"),
                        rs.getString("file_name"),
                        rs.getBytes("content"),
                        rs.getObject("received_by", UUID.class),
                        rs.getString("received_through"),
                        rs.getTimestamp("received_at").toInstant(),
                        rs.getObject("cancelled_by", UUID.class),
                        rs.getTimestamp("cancelled_at") == null
                                ? null
                                : rs.getTimestamp("cancelled_at").toInstant()),
                contractId,
                Date.valueOf(month.atDay(1)));
        if (stored.isEmpty()) {
            return new ReceivedMonth(List.of(), mayFile(role), role.canEdit(), role.side() == Side.CLIENT);
        }
        Context context = context(contractId);
        MonthlyStatement statement = statements.statement(contractId, month);
        Map<UUID, List<RemarkRow>> remarks = remarks(stored);
        Set<UUID> people = new HashSet<>();
        stored.stream().map(Stored::receivedBy).filter(p -> p != null).forEach(people::add);
        stored.stream().map(Stored::cancelledBy).filter(p -> p != null).forEach(people::add);
        remarks.values().forEach(list -> list.forEach(r -> people.add(r.author())));
        Map<UUID, UserRef> names = users.usersByIds(people);
        List<String> issued = months.issuedNumbers(contractId, month);
        BigDecimal rate = contractRate(contractId);
        List<ReceivedInvoiceCheck> checks = new ArrayList<>();
        List<String> before = new ArrayList<>(issued);
        for (Stored s : stored) {
            ReceivedInvoice invoice = ReceivedInvoiceReader.read(s.content());
            InvoiceCheck.Result result = InvoiceCheck.check(
                    invoice,
                    expectation(context, statement, month, rate, List.copyOf(before), match(invoice, context)));
            if (s.cancelledAt() == null) {
                // a cancelled invoice no longer bills the month: the next one is not a second invoice
                before.add(s.number());
            }
            checks.add(new ReceivedInvoiceCheck(
                    s.id(),
                    invoice.number(),
                    invoice.issueDate(),
                    invoice.seller().name(),
                    invoice.syntax(),
                    s.fileName(),
                    month,
                    s.receivedBy() != null ? name(names, s.receivedBy()) : String.valueOf(s.through()),
                    s.receivedBy() == null,
                    s.receivedAt(),
                    invoice.totals().net(),
                    invoice.totals().vat(),
                    invoice.totals().gross(),
                    result.expectedNet(),
                    result.expectedGross(),
                    s.cancelledAt() != null ? CheckVerdict.CANCELLED : result.verdict(),
                    result.lines(),
                    result.adjustments(),
                    result.findings(),
                    remarks.getOrDefault(s.id(), List.of()).stream()
                            .map(r -> new ReceivedInvoiceCheck.Remark(
                                    name(names, r.author()), r.clientSide(), r.body(), r.writtenAt(), r.cancellation()))
                            .toList(),
                    s.cancelledBy() == null ? null : name(names, s.cancelledBy()),
                    s.cancelledAt()));
        }
        // the newest first, where the message after a filing points
        java.util.Collections.reverse(checks);
        return new ReceivedMonth(checks, mayFile(role), role.canEdit(), role.side() == Side.CLIENT);
    }

    @Override
    @Transactional(readOnly = true)
    public Invoices.InvoiceFile file(UUID contractId, UUID receivedInvoiceId) {
        contracts.myRole(contractId);
        List<KeptFile> found = jdbc.query(
                "select file_name, content, invoice_month from received_invoice where id = ? and contract_id = ?",
                (rs, n) -> new KeptFile(
                        rs.getString(1),
                        rs.getBytes(2),
                        YearMonth.from(rs.getDate(3).toLocalDate())),
                receivedInvoiceId,
                contractId);
        if (found.isEmpty()) {
            throw new InvoiceNotFoundException(contractId, YearMonth.now(clock));
        }
        KeptFile kept = found.getFirst();
        events.publishEvent(new InvoiceEvent.Downloaded(contractId, kept.month(), kept.fileName()));
        return new Invoices.InvoiceFile(kept.fileName(), kept.content());
    }

    @Override
    public void cancel(UUID contractId, UUID receivedInvoiceId, String reason) {
        ContractRole role = contracts.myRole(contractId);
        if (!mayFile(role)) {
            throw new AccessDeniedException("Cancelling a received invoice is for the PME's owners and editors");
        }
        String body = requireText(reason);
        Found found = found(contractId, receivedInvoiceId);
        CurrentUser me = users.currentUser();
        int cancelled = jdbc.update(
                "update received_invoice set cancelled_at = ?, cancelled_by = ? where id = ? and cancelled_at is null",
                Timestamp.from(clock.instant()),
                me.id(),
                receivedInvoiceId);
        if (cancelled == 0) {
            throw new InvoiceRuleException("invoicing.received.error.cancelled", found.number());
        }
        events.publishEvent(new InvoiceEvent.Cancelled(contractId, found.month(), found.number(), me.id()));
        write(receivedInvoiceId, contractId, found, me, true, true, body);
    }

    @Override
    public void remark(UUID contractId, UUID receivedInvoiceId, String text) {
        ContractRole role = contracts.myRole(contractId);
        if (!role.canEdit()) {
            throw new AccessDeniedException("Writing about an invoice is for owners, managers and editors");
        }
        String body = requireText(text);
        Found found = found(contractId, receivedInvoiceId);
        write(receivedInvoiceId, contractId, found, users.currentUser(), role.side() == Side.CLIENT, false, body);
    }

    private static String requireText(@Nullable String text) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty() || body.length() > MAX_REMARK) {
            throw new InvoiceRuleException("invoicing.received.remark.length", MAX_REMARK);
        }
        return body;
    }

    /** A received invoice's file as kept, and the month it is filed under. */
    private record KeptFile(String fileName, byte[] content, YearMonth month) {}

    /** A received invoice of the contract: its number and month. */
    private record Found(String number, YearMonth month) {}

    private Found found(UUID contractId, UUID receivedInvoiceId) {
        List<Found> found = jdbc.query(
                "select invoice_number, invoice_month from received_invoice where id = ? and contract_id = ?",
                (rs, n) ->
                        new Found(rs.getString(1), YearMonth.from(rs.getDate(2).toLocalDate())),
                receivedInvoiceId,
                contractId);
        if (found.isEmpty()) {
            throw new InvoiceNotFoundException(contractId, YearMonth.now(clock));
        }
        return found.getFirst();
    }

    /** A remark, and the other side told. */
    private void write(
            UUID receivedInvoiceId,
            UUID contractId,
            Found found,
            CurrentUser me,
            boolean clientSide,
            boolean cancellation,
            String body) {
        jdbc.update(
                "insert into received_invoice_remark (id, received_invoice_id, author_id, client_side, cancellation,"
                        + " body, written_at) values (?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID(),
                receivedInvoiceId,
                me.id(),
                clientSide,
                cancellation,
                body,
                Timestamp.from(clock.instant()));
        events.publishEvent(new InvoiceEvent.Remarked(
                contractId, found.month(), found.number(), me.id(), clientSide, cancellation));
    }

    /** The PME's owners and editors file what they receive; the provider sends through the API. */
    private static boolean mayFile(ContractRole role) {
        return role.side() == Side.CLIENT && role.canEdit();
    }

    private static ReceivedInvoice read(byte[] content) {
        try {
            return ReceivedInvoiceReader.read(content);
        } catch (UnreadableInvoiceException e) {
            throw new ReceivedInvoiceRefusedException(Reason.UNREADABLE, e.messageKey(), e.args());
        }
    }

    /** The contract's reference and parties, with their legal identities and names. */
    private record Context(
            UUID contractId,
            String reference,
            UUID clientOrganisation,
            UUID providerOrganisation,
            LegalIdentity client,
            LegalIdentity provider,
            String clientName,
            String providerName) {}

    private Context context(UUID contractId) {
        ContractsForModules.Parties parties = contractInternals.parties(contractId);
        UUID client = parties.clientOrganisationId();
        UUID provider = parties.providerOrganisationId();
        Map<UUID, LegalIdentity> identities = organisations.legalIdentities(List.of(client, provider));
        Map<UUID, OrganisationRef> names = users.organisationsByIds(List.of(client, provider));
        return new Context(
                contractId,
                parties.reference(),
                client,
                provider,
                identities.getOrDefault(client, LegalIdentity.empty()),
                identities.getOrDefault(provider, LegalIdentity.empty()),
                names.containsKey(client) ? names.get(client).name() : "",
                names.containsKey(provider) ? names.get(provider).name() : "");
    }

    /**
     * Refuses an invoice issued by another seller than the provider, to another buyer than the PME, or naming
     * another contract of the PME; notes what could not be verified.
     */
    private List<CheckFinding> match(ReceivedInvoice invoice, Context c) {
        List<CheckFinding> notes = new ArrayList<>();
        String sellerSiren = invoice.seller().siren();
        String buyerSiren = invoice.buyer().siren();
        if (differ(sellerSiren, c.provider().siren())) {
            throw new ReceivedInvoiceRefusedException(
                    Reason.NOT_THIS_CONTRACT,
                    "invoicing.received.error.otherSeller",
                    invoice.seller().name(),
                    sellerSiren,
                    c.providerName(),
                    c.provider().siren());
        }
        if (differ(buyerSiren, c.client().siren())) {
            throw new ReceivedInvoiceRefusedException(
                    Reason.NOT_THIS_CONTRACT,
                    "invoicing.received.error.otherBuyer",
                    invoice.buyer().name(),
                    buyerSiren,
                    c.clientName(),
                    c.client().siren());
        }
        if (sellerSiren == null
                || c.provider().siren() == null
                || (buyerSiren != null && c.client().siren() == null)) {
            notes.add(CheckFinding.of(CheckFinding.Code.PARTIES_NOT_VERIFIED));
        }
        String reference = invoice.contractReference();
        if (reference != null && !reference.equalsIgnoreCase(c.reference())) {
            // another contract between the same two parties only: one of the PME with someone else is none of the
            // provider's business (an API token of the provider must not learn it exists)
            java.util.Optional<UUID> ofClient = contractInternals.contractOfParty(c.clientOrganisation(), reference);
            boolean another = ofClient.filter(other -> !other.equals(c.contractId()))
                    .filter(other -> contractInternals
                            .contractOfParty(c.providerOrganisation(), reference)
                            .equals(ofClient))
                    .isPresent();
            if (another) {
                throw new ReceivedInvoiceRefusedException(
                        Reason.NOT_THIS_CONTRACT, "invoicing.received.error.otherContract", reference, c.reference());
            }
            notes.add(CheckFinding.of(CheckFinding.Code.CONTRACT_REFERENCE_UNKNOWN, reference));
        }
        return notes;
    }

    private static boolean differ(@Nullable String a, @Nullable String b) {
        return a != null && b != null && !a.equals(b);
    }

    private void refuseDuplicate(UUID contractId, String number) {
        List<LocalDate> received = jdbc.query(
                "select received_at from received_invoice where contract_id = ? and invoice_number = ?",
                (rs, n) -> rs.getTimestamp(1).toInstant().atZone(PARIS).toLocalDate(),
                contractId,
                number);
        if (!received.isEmpty()) {
            throw new ReceivedInvoiceRefusedException(
                    Reason.DUPLICATE, "invoicing.received.error.alreadyReceived", number, received.getFirst());
        }
        Integer issued = jdbc.queryForObject(
                "select count(*) from invoice where contract_id = ? and invoice_number = ?",
                Integer.class,
                contractId,
                number);
        if (issued != null && issued > 0) {
            throw new ReceivedInvoiceRefusedException(Reason.DUPLICATE, "invoicing.received.error.issuedHere", number);
        }
    }

    private MonthlyStatement statement(UUID contractId, YearMonth month) {
        try {
            return statementInternals.statementAsApplication(contractId, month);
        } catch (StatementRuleException outside) {
            throw new ReceivedInvoiceRefusedException(
                    Reason.NOT_THIS_CONTRACT, "invoicing.received.error.outsideContract", month);
        }
    }

    /** The numbers of the month's invoices issued in Avenant, and of those received before and not cancelled. */
    private List<String> otherInvoices(UUID contractId, YearMonth month) {
        List<String> numbers = new ArrayList<>(months.issuedNumbers(contractId, month));
        numbers.addAll(months.receivedNumbers(contractId, month));
        return numbers;
    }

    /**
     * The invoice the statement makes: its lines and credits, at the contract's VAT rate (its last issued invoice's,
     * 20 % otherwise; none when the provider is under the franchise).
     */
    private InvoiceCheck.Expectation expectation(
            Context c,
            MonthlyStatement statement,
            YearMonth month,
            BigDecimal rate,
            List<String> others,
            List<CheckFinding> notes) {
        LocalDate today = LocalDate.now(clock.withZone(PARIS));
        InvoiceComposer.Heading heading = new InvoiceComposer.Heading(
                "",
                today,
                today,
                "",
                c.reference(),
                statement.current().number(),
                new InvoiceParty(c.providerName(), c.provider()),
                new InvoiceParty(c.clientName(), c.client()),
                c.provider().vatRegime() == VatRegime.FRANCHISE ? BigDecimal.ZERO : rate);
        InvoiceDocument expected = InvoiceComposer.compose(statement.figures(), heading);
        return new InvoiceCheck.Expectation(
                expected, month, statement.status() == StatementStatus.LOCKED, others, notes);
    }

    /** The contract's VAT rate: that of its last invoice issued in Avenant, 20 % otherwise. */
    private BigDecimal contractRate(UUID contractId) {
        List<BigDecimal> rates = jdbc.queryForList(
                "select vat_rate from invoice where contract_id = ? order by invoice_month desc limit 1",
                BigDecimal.class,
                contractId);
        return rates.isEmpty() ? Invoices.FRENCH_VAT_RATES.getFirst() : rates.getFirst();
    }

    private Map<UUID, List<RemarkRow>> remarks(List<Stored> stored) {
        Map<UUID, List<RemarkRow>> byInvoice = new HashMap<>();
        List<UUID> ids = stored.stream().map(Stored::id).toList();
        String marks = String.join(", ", ids.stream().map(id -> "?").toList());
        jdbc.query(
                "select received_invoice_id, author_id, client_side, body, written_at, cancellation"
                        + " from received_invoice_remark"
                        + " where received_invoice_id in (" + marks + ") order by written_at, id",
                rs -> {
                    byInvoice
                            .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new RemarkRow(
                                    rs.getObject(2, UUID.class),
                                    rs.getBoolean(3),
                                    rs.getString(4),
                                    rs.getTimestamp(5).toInstant(),
                                    rs.getBoolean(6)));
                },
                ids.toArray());
        return byInvoice;
    }

    private record Stored(
            UUID id,
            String number,
            String fileName,
            byte[] content,
            @Nullable UUID receivedBy,
            @Nullable String through,
            Instant receivedAt,
            @Nullable UUID cancelledBy,
            @Nullable Instant cancelledAt) {}

    private record RemarkRow(UUID author, boolean clientSide, String body, Instant writtenAt, boolean cancellation) {}

    private static String name(Map<UUID, UserRef> names, UUID id) {
        UserRef ref = names.get(id);
        return ref == null ? "—" : ref.displayName();
    }

    /** The name the file is kept under: the one given, else one made of the invoice's number and syntax. */
    private static String fileName(String given, ReceivedInvoice invoice) {
        String name = given == null ? "" : given.strip().replaceAll("[\\\\/\\r\\n\\t\"]", "_");
        if (!name.isEmpty()) {
            return name.length() <= 255 ? name : name.substring(name.length() - 255);
        }
        String extension = invoice.syntax().equals("Factur-X") ? ".pdf" : ".xml";
        return ("Facture-" + invoice.number()).replaceAll("[^A-Za-z0-9._-]", "_") + extension;
    }

    private void requireTokenOf(UUID organisationId) {
        ApiCallers.requireTokenOf(
                securityContexts, organisationId, "Only an API token of that organisation files through the API");
    }
}
