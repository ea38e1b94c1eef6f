package app.avenant.invoicing.facturx;

import java.math.BigDecimal;

/**
 * One line of the invoice: {@code quantity} × {@code unitPrice} = {@code amount}, exactly (EN 16931 reads the line's
 * net amount as their product).
 *
 * @param unitCode UN/ECE rec. 20: C62 for a unit (a deliverable), LS for a lump sum
 */
public record InvoiceLine(String name, BigDecimal quantity, String unitCode, BigDecimal unitPrice, BigDecimal amount) {}
