package app.avenant.invoicing.ui;

import app.avenant.invoicing.Invoices;
import app.avenant.invoicing.ReceivedInvoices;
import app.avenant.shared.ui.StatementPanel;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.time.YearMonth;
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
        Div both = new Div(
                new InvoiceSection(invoices, contractId, month, validated, refresh),
                new ReceivedInvoiceSection(received, contractId, month));
        return Optional.of(both);
    }
}
