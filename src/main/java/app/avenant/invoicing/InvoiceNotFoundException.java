package app.avenant.invoicing;

import app.avenant.shared.NotFoundException;
import java.time.YearMonth;
import java.util.UUID;

/** The month has no invoice issued yet. */
public class InvoiceNotFoundException extends NotFoundException {

    public InvoiceNotFoundException(UUID contractId, YearMonth month) {
        super("No invoice for " + contractId + " " + month);
    }
}
