package app.avenant.invoicing.ui;

import app.avenant.invoicing.Invoices;
import app.avenant.shared.ui.StatementPanel;
import com.vaadin.flow.component.Component;
import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;

/** Adds the month's invoice under its statement (the statement, in performance, cannot depend on invoicing). */
@org.springframework.stereotype.Component
class InvoiceStatementPanel implements StatementPanel {

    private final Invoices invoices;

    InvoiceStatementPanel(Invoices invoices) {
        this.invoices = invoices;
    }

    @Override
    public Optional<Component> panel(UUID contractId, YearMonth month, boolean validated, Runnable refresh) {
        return Optional.of(new InvoiceSection(invoices, contractId, month, validated, refresh));
    }
}
