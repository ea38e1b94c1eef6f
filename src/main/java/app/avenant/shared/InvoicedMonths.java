package app.avenant.shared;

import java.time.YearMonth;
import java.util.UUID;

/**
 * Whether a contract's month was invoiced, for the statement (performance), which the invoicing module depends on:
 * an issued invoice is final, so the validated statement it was made from is not reopened (a correction goes through
 * a credit note). Implemented by the invoicing module; absent, nothing is invoiced.
 */
public interface InvoicedMonths {

    boolean invoiced(UUID contractId, YearMonth month);
}
