package app.avenant.identity;

/**
 * How an organisation pays VAT on the services it sells, which its invoices must say (CGI art. 242 nonies A).
 * Services are taxed on receipt of payment unless the provider opted for debits; a micro-enterprise under the
 * franchise charges none.
 */
public enum VatRegime {
    /** TVA sur les encaissements: the default for services. */
    RECEIPTS,
    /** Option pour le paiement de la taxe d'après les débits: the invoice must mention the option. */
    DEBITS,
    /** Franchise en base (CGI art. 293 B): no VAT charged, the invoice says so. */
    FRANCHISE
}
