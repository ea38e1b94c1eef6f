package app.avenant.invoicing.ui;

import app.avenant.invoicing.Invoices;
import app.avenant.invoicing.ReceivedInvoiceCheck;
import app.avenant.invoicing.ReceivedInvoices;
import app.avenant.shared.ui.StatementPanel;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Adds the month's invoice, issued and received, under its statement (the statement, in performance, cannot depend on invoicing). */
@org.springframework.stereotype.Component
class InvoiceStatementPanel implements StatementPanel {

    private final Invoices invoices;
    private final ReceivedInvoices received;

    InvoiceStatementPanel(Invoices invoices, ReceivedInvoices received) {
        this.invoices = invoices;
        this.received = received;
    }

    @Override
    public Optional<Component> panel(UUID contractId, YearMonth month, boolean validated, Runnable refresh) {
        // read once for both: the issued invoice's section says when the month was invoiced outside Avenant
        ReceivedInvoices.ReceivedMonth receivedMonth = received.received(contractId, month);
        List<String> billing = receivedMonth.invoices().stream()
                .filter(i -> !i.cancelled())
                .map(ReceivedInvoiceCheck::number)
                .toList();
        Div both = new Div(
                new InvoiceSection(invoices, contractId, month, validated, refresh, billing),
                new ReceivedInvoiceSection(received, contractId, month, receivedMonth));
        return Optional.of(both);
    }
}
