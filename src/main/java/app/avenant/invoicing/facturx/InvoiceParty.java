package app.avenant.invoicing.facturx;

import app.avenant.identity.LegalIdentity;

/** A party to the invoice: its name and legal identity (complete: checked before issuing). */
public record InvoiceParty(String name, LegalIdentity identity) {}
