package app.avenant.invoicing;

import java.time.LocalDate;

/**
 * When an invoice is due, within the legal limits between companies (Code de commerce L441-10): at most 60 days from
 * the invoice's date, or 45 days end of month. "45 jours fin de mois" is read as the invoice's date plus 45 days,
 * then the end of that month (the reading the DGCCRF gives first; decision 0051).
 */
public enum PaymentTerms {
    DAYS_30,
    END_OF_MONTH_45,
    DAYS_60;

    public LocalDate dueDate(LocalDate issued) {
        return switch (this) {
            case DAYS_30 -> issued.plusDays(30);
            case END_OF_MONTH_45 -> {
                LocalDate plus45 = issued.plusDays(45);
                yield plus45.withDayOfMonth(plus45.lengthOfMonth());
            }
            case DAYS_60 -> issued.plusDays(60);
        };
    }
}
