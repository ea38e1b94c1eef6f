package app.avenant.demo;

import static app.avenant.demo.DemoActor.as;

import app.avenant.identity.LegalIdentity;
import app.avenant.identity.internal.UsersForModules;
import app.avenant.invoicing.ReceivedInvoiceCheck;
import app.avenant.invoicing.ReceivedInvoices;
import app.avenant.invoicing.facturx.FacturXWriter;
import app.avenant.invoicing.facturx.InvoiceComposer;
import app.avenant.invoicing.facturx.InvoiceDocument;
import app.avenant.invoicing.facturx.InvoiceParty;
import app.avenant.performance.MonthlyStatement;
import app.avenant.performance.StatementStatus;
import app.avenant.performance.Statements;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Invoices Compta Services' own software sent for AV-2026-001, filed by the gérante under their statements: May's
 * forgot the service credit of the missed 48 h level (she told the provider, who answered), June's is in line.
 * Filed as she would, through {@link ReceivedInvoices}, so every rule applies.
 */
@Component
@ConditionalOnProperty(name = "avenant.demo-data.enabled", havingValue = "true")
class DemoInvoices {

    private static final YearMonth MAY = YearMonth.of(2026, 5);
    private static final YearMonth JUNE = YearMonth.of(2026, 6);

    private final Statements statements;
    private final ReceivedInvoices received;
    private final UsersForModules organisations;
    private final Clock clock;

    DemoInvoices(Statements statements, ReceivedInvoices received, UsersForModules organisations, Clock clock) {
        this.statements = statements;
        this.received = received;
        this.organisations = organisations;
        this.clock = clock;
    }

    void record(UUID contract, UUID pme, UUID provider) {
        Map<UUID, LegalIdentity> identities = organisations.legalIdentities(List.of(pme, provider));
        InvoiceParty seller = new InvoiceParty(DemoData.COMPTA, identities.get(provider));
        InvoiceParty buyer = new InvoiceParty(DemoData.PME, identities.get(pme));
        file(contract, MAY, "CS-2026-0512", seller, buyer, true).ifPresent(may -> {
            as("claire.martin", () -> {
                received.remark(
                        contract,
                        may.id(),
                        "Bonjour Julien,\n\nVotre facture CS-2026-0512 ne déduit pas l’avoir de service de mai"
                                + " (délai de 48 h manqué), que nous avons validé ensemble dans le relevé."
                                + " Merci de nous adresser un avoir.\n\nClaire Martin");
                return null;
            });
            as("julien.moreau", () -> {
                received.remark(
                        contract,
                        may.id(),
                        "Bonjour Claire, c’est exact : notre logiciel n’a pas repris l’avoir. L’avoir suit cette"
                                + " semaine.\n\nJulien Moreau");
                return null;
            });
        });
        file(contract, JUNE, "CS-2026-0611", seller, buyer, false);
    }

    /** The invoice of a validated month as the provider's software wrote it, filed by the gérante. */
    private java.util.Optional<ReceivedInvoiceCheck> file(
            UUID contract,
            YearMonth month,
            String number,
            InvoiceParty seller,
            InvoiceParty buyer,
            boolean forgetCredits) {
        if (!month.isBefore(YearMonth.now(clock).minusMonths(2))) {
            return java.util.Optional.empty();
        }
        MonthlyStatement statement = as("claire.martin", () -> statements.statement(contract, month));
        if (statement.status() != StatementStatus.LOCKED) {
            return java.util.Optional.empty();
        }
        InvoiceDocument invoice = InvoiceComposer.compose(
                statement.figures(),
                new InvoiceComposer.Heading(
                        number,
                        month.plusMonths(1).atDay(3),
                        month.plusMonths(2).atDay(3),
                        "30 jours date de facture",
                        "AV-2026-001",
                        statement.current().number(),
                        seller,
                        buyer,
                        new BigDecimal("20")));
        if (forgetCredits) {
            invoice = new InvoiceDocument(
                    invoice.number(),
                    invoice.issueDate(),
                    invoice.dueDate(),
                    invoice.paymentTermsText(),
                    invoice.period(),
                    invoice.contractReference(),
                    invoice.seller(),
                    invoice.buyer(),
                    invoice.lines(),
                    List.of(),
                    invoice.vatRate(),
                    invoice.mentions());
        }
        byte[] file = forgetCredits ? FacturXWriter.pdf(invoice) : FacturXWriter.xml(invoice);
        String name = number + (forgetCredits ? ".pdf" : ".xml");
        return java.util.Optional.of(as("claire.martin", () -> received.receive(contract, month, name, file)));
    }
}
