package app.avenant.invoicing;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Invoices the PME receives from its provider, checked against the month's validated statement (issue 16, point 3).
 * Filing one: the PME's owners and editors on the screen, or either party's API token. Reading: any member of the
 * contract. Writing about one to the other side: owners, managers and editors of either side. Non-members get
 * {@link app.avenant.contract.ContractNotFoundException}; a refused file {@link ReceivedInvoiceRefusedException}, with
 * nothing stored.
 */
public interface ReceivedInvoices {

    /** A received file is at most this large (10 MB: a monthly Factur-X weighs well under 1 MB). */
    int MAX_BYTES = 10 * 1024 * 1024;

    /**
     * Files the invoice under {@code month}: read (Factur-X, CII, UBL), matched to the contract (the parties'
     * SIRENs, its contract reference and billing period when it gives them), stored with its file, and checked.
     */
    ReceivedInvoiceCheck receive(UUID contractId, YearMonth month, String fileName, byte[] content);

    /**
     * The same for an API token of {@code organisationId}, a party to the contract of that reference; the month is
     * the invoice's billing period unless given.
     */
    ReceivedInvoiceCheck receiveForOrganisation(
            UUID organisationId,
            String contractReference,
            @Nullable YearMonth month,
            String fileName,
            byte[] content,
            String tokenName);

    /** The month's received invoices, each checked now against the statement, oldest first; any member. */
    ReceivedMonth received(UUID contractId, YearMonth month);

    /**
     * A month's received invoices as the caller sees them.
     *
     * @param mayFile  the caller files received invoices (the PME's owners and editors)
     * @param mayWrite the caller may write about them to the other side
     */
    record ReceivedMonth(List<ReceivedInvoiceCheck> invoices, boolean mayFile, boolean mayWrite, boolean clientSide) {

        public ReceivedMonth {
            invoices = List.copyOf(invoices);
        }
    }

    /** The file as received; {@link InvoiceNotFoundException} when the contract has no such invoice. */
    Invoices.InvoiceFile file(UUID contractId, UUID receivedInvoiceId);

    /**
     * Marks the invoice cancelled by a credit note, with the reason (the credit note's number, a corrected invoice
     * that replaces it): kept for the record, it no longer counts as the month's invoice, so the corrected one can be
     * in line. The PME's owners and editors; the reason is written to the other side as a remark. 1 to 2 000
     * characters; refused when already cancelled.
     */
    void cancel(UUID contractId, UUID receivedInvoiceId, String reason);

    /**
     * Writes to the other side about the invoice (the PME about discrepancies, the provider in answer); its
     * approvers are told. 1 to 2 000 characters.
     */
    void remark(UUID contractId, UUID receivedInvoiceId, String text);
}
