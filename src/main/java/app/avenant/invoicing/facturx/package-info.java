/**
 * What an invoice says (lines, allowances, VAT, French mentions) and its Factur-X file. Named so that the demo data
 * can write the invoices a provider's own software would have sent (decision 0052); nothing else uses it from outside.
 */
@org.springframework.modulith.NamedInterface("facturx")
@org.jspecify.annotations.NullMarked
package app.avenant.invoicing.facturx;
