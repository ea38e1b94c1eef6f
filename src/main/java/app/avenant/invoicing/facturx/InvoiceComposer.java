package app.avenant.invoicing.facturx;

import app.avenant.contract.terms.VolumePricing.ChargeLine;
import app.avenant.identity.VatRegime;
import app.avenant.performance.ItemCharge;
import app.avenant.performance.MonthFigures;
import app.avenant.shared.format.Formats;
import app.avenant.shared.i18n.Elision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The invoice of a validated month, line by line as its statement: each scope item's priced lines (a band's units at
 * its price, the month's fixed charge, the units above the deadband at the ARC rate), the costs recorded on
 * deliverables, then on the whole invoice the units credited below the deadband (RRC) and the service credits as
 * allowances and credits paid back (earn-back) as a charge. Its total without VAT is the statement's total due to
 * the cent, or it is not issued. Written in French, as French invoices are.
 */
public final class InvoiceComposer {

    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final String UNIT = "C62";
    private static final String LUMP_SUM = "LS";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

    private InvoiceComposer() {}

    /** What the issuing screen and the service give about the invoice, apart from the statement's figures. */
    public record Heading(
            String number,
            LocalDate issueDate,
            LocalDate dueDate,
            String paymentTermsText,
            String contractReference,
            int statementRevision,
            InvoiceParty seller,
            InvoiceParty buyer,
            BigDecimal vatRate) {

        /** The same heading with the number the invoice takes once it is sure to be issued. */
        public Heading withNumber(String invoiceNumber) {
            return new Heading(
                    invoiceNumber,
                    issueDate,
                    dueDate,
                    paymentTermsText,
                    contractReference,
                    statementRevision,
                    seller,
                    buyer,
                    vatRate);
        }
    }

    public static InvoiceDocument compose(MonthFigures figures, Heading h) {
        List<InvoiceLine> lines = new ArrayList<>();
        List<Adjustment> adjustments = new ArrayList<>();
        for (ItemCharge item : figures.charges()) {
            for (ChargeLine line : item.charge().lines()) {
                switch (line.kind()) {
                    case BAND ->
                        lines.add(new InvoiceLine(
                                item.title() + " — " + band(line.detail()),
                                BigDecimal.valueOf(line.units()),
                                UNIT,
                                line.rate(),
                                line.amount()));
                    case FIXED ->
                        lines.add(new InvoiceLine(
                                item.title() + " — forfait mensuel (" + line.units() + " unités de référence"
                                        + (line.detail().isBlank() ? "" : ", coefficient " + line.detail()) + ")",
                                ONE,
                                LUMP_SUM,
                                line.amount(),
                                line.amount()));
                    case ARC ->
                        lines.add(new InvoiceLine(
                                item.title() + " — unités au-delà de la zone neutre " + line.detail() + " (ARC)",
                                BigDecimal.valueOf(line.units()),
                                UNIT,
                                line.rate(),
                                line.amount()));
                    case RRC ->
                        adjustments.add(new Adjustment(
                                true,
                                item.title() + " — " + line.units() + " unités en deçà de la zone neutre "
                                        + line.detail() + " (RRC)",
                                line.amount().negate()));
                }
            }
        }
        if (figures.recordedCosts().signum() > 0) {
            lines.add(new InvoiceLine(
                    "Coûts enregistrés sur les livrables du mois",
                    ONE,
                    LUMP_SUM,
                    figures.recordedCosts(),
                    figures.recordedCosts()));
        }
        if (figures.credits().signum() > 0) {
            adjustments.add(
                    new Adjustment(true, "Avoirs de service : niveaux de service non atteints", figures.credits()));
        }
        if (figures.earnBack().signum() > 0) {
            adjustments.add(new Adjustment(
                    false, "Restitution d’avoirs de service de mois antérieurs (earn-back)", figures.earnBack()));
        }
        BigDecimal vatRate = h.seller().identity().vatRegime() == VatRegime.FRANCHISE
                ? BigDecimal.ZERO.setScale(2)
                : h.vatRate().setScale(2);
        InvoiceDocument document = new InvoiceDocument(
                h.number(),
                h.issueDate(),
                h.dueDate(),
                h.paymentTermsText(),
                figures.month(),
                h.contractReference(),
                h.seller(),
                h.buyer(),
                lines,
                adjustments,
                vatRate,
                mentions(figures, h));
        if (document.net().compareTo(figures.totalDue()) != 0) {
            // never an invoice that says something else than the statement both sides validated
            throw new IllegalStateException("Invoice net " + document.net() + " differs from the statement's total due "
                    + figures.totalDue() + " for " + figures.month());
        }
        return document;
    }

    /** A band as the statement names it ("0–500", "1001–"), said in words: "tranche de 0 à 500 unités". */
    static String band(String range) {
        int dash = range.indexOf('–');
        if (dash < 0) {
            return "tranche " + range;
        }
        String from = grouped(range.substring(0, dash).strip());
        String to = grouped(range.substring(dash + 1).strip());
        return to.isEmpty() ? "tranche à partir de " + from + " unités" : "tranche de " + from + " à " + to + " unités";
    }

    /** "1001" as French writes it, "1 001" (narrow no-break space), like the amounts beside it. */
    private static String grouped(String digits) {
        return digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)
                ? digits
                : Formats.units(Long.parseLong(digits), Locale.FRANCE);
    }

    private static List<String> mentions(MonthFigures figures, Heading h) {
        List<String> mentions = new ArrayList<>();
        // « de mars », « d’août »
        mentions.add("Prestations de services " + Elision.de(MONTH.format(figures.month()))
                + ", selon le relevé mensuel validé"
                + " par les deux parties (révision " + h.statementRevision() + ") du contrat " + h.contractReference()
                + ", version " + figures.versionNumber() + ".");
        mentions.add("Catégorie de l’opération : prestation de services.");
        VatRegime regime = h.seller().identity().vatRegime();
        if (regime == VatRegime.DEBITS) {
            mentions.add("Option pour le paiement de la taxe d’après les débits.");
        } else if (regime == VatRegime.FRANCHISE) {
            mentions.add("TVA non applicable, art. 293 B du CGI.");
        }
        mentions.add("Échéance : " + h.paymentTermsText() + ". Pas d’escompte pour paiement anticipé.");
        mentions.add("En cas de retard de paiement : pénalités au taux d’intérêt de la BCE majoré de 10 points, et"
                + " indemnité forfaitaire pour frais de recouvrement de 40 € (Code de commerce, art. L441-10 et"
                + " D441-5).");
        return mentions;
    }
}
