package app.avenant.demo;

import app.avenant.contract.terms.BandMode;
import app.avenant.contract.terms.BandPricing;
import app.avenant.contract.terms.BaselineChargePricing;
import app.avenant.contract.terms.ContractHeader;
import app.avenant.contract.terms.Deadline;
import app.avenant.contract.terms.DeadlineUnit;
import app.avenant.contract.terms.MeasurementWindow;
import app.avenant.contract.terms.Objective;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.contract.terms.PriceBand;
import app.avenant.contract.terms.Renewal;
import app.avenant.contract.terms.ScopeItem;
import app.avenant.contract.terms.SeasonalProfile;
import app.avenant.contract.terms.ServiceLevel;
import app.avenant.contract.terms.Terms;
import app.avenant.contract.terms.VolumeTerms;
import app.avenant.contract.terms.WorkingCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The terms of the demo contracts, version by version. The bookkeeping contract is the worked example of
 * the product brief: its version 3 is the PME's +30 % baseline with the provider's counter-offer of a
 * 1,70 € band above 1 000 invoices.
 */
final class DemoTerms {

    static final String INVOICES = "saisie-factures";

    private DemoTerms() {}

    // --- AV-2026-001: bookkeeping, Boulangerie Martin SARL × Compta Services Lyon SAS ---

    static Terms bookkeepingV1() {
        return new Terms(
                bookkeepingHeader(),
                List.of(
                        new Objective(
                                "gain-temps",
                                ObjectiveKind.TIME_SAVED,
                                "Libérer deux jours par mois de la gérante pour la production et la vente",
                                "Heures de saisie internes par mois"),
                        new Objective(
                                "fiabilite-paiements",
                                ObjectiveKind.RELIABILITY,
                                "Aucune facture fournisseur payée en retard",
                                "Pénalités de retard payées")),
                List.of(
                        invoiceEntry(800, new BigDecimal("1.60")),
                        new ScopeItem(
                                "rapprochement-bancaire",
                                "Rapprochement bancaire mensuel",
                                "Rapprocher chaque mois les relevés des deux comptes bancaires avec la comptabilité.",
                                "Écart de rapprochement nul ou expliqué ligne par ligne.",
                                "rapprochement",
                                "",
                                false,
                                null),
                        new ScopeItem(
                                "validation-paiements",
                                "Validation des paiements fournisseurs",
                                "Préparer les virements fournisseurs; la gérante valide chaque paiement.",
                                "Virements préparés au plus tard le 25 du mois.",
                                "lot de virements",
                                "https://docs.boulangerie-martin.example/paiements",
                                true,
                                null)),
                List.of(invoicesWithin48h()));
    }

    /** Version 2: the bank reconciliation gets its procedure and quality is followed by an indicator. */
    static Terms bookkeepingV2() {
        Terms v1 = bookkeepingV1();
        List<ScopeItem> items = new ArrayList<>(v1.scopeItems());
        items.set(
                1,
                new ScopeItem(
                        "rapprochement-bancaire",
                        "Rapprochement bancaire mensuel",
                        "Rapprocher chaque mois les relevés des deux comptes bancaires avec la comptabilité.",
                        "Écart de rapprochement nul ou expliqué ligne par ligne.",
                        "rapprochement",
                        "https://docs.boulangerie-martin.example/rapprochement",
                        false,
                        null));
        return new Terms(
                v1.header(),
                v1.objectives(),
                items,
                List.of(
                        invoicesWithin48h(),
                        new ServiceLevel(
                                "factures-sans-erreur",
                                "Factures saisies sans erreur",
                                "Part des factures du mois sans correction demandée par la PME",
                                pct("99"),
                                pct("97"),
                                MeasurementWindow.MONTHLY,
                                false,
                                BigDecimal.ZERO)));
    }

    /** Version 3: baseline 800 → 1 040 invoices (+30 %), band above 1 000 at 1,70 € instead of 1,60 €. */
    static Terms bookkeepingV3() {
        Terms v2 = bookkeepingV2();
        List<ScopeItem> items = new ArrayList<>(v2.scopeItems());
        items.set(0, invoiceEntry(1040, new BigDecimal("1.70")));
        return new Terms(v2.header(), v2.objectives(), items, v2.serviceLevels());
    }

    /** What the PME first proposed for version 3: the 1 040 baseline at the same prices (the provider countered). */
    static Terms bookkeepingV3AsProposed() {
        Terms v2 = bookkeepingV2();
        List<ScopeItem> items = new ArrayList<>(v2.scopeItems());
        items.set(0, invoiceEntry(1040, new BigDecimal("1.60")));
        return new Terms(v2.header(), v2.objectives(), items, v2.serviceLevels());
    }

    private static ContractHeader bookkeepingHeader() {
        return new ContractHeader(
                LocalDate.of(2026, 1, 1), 12, Renewal.TACIT, 12, 3, pct("12"), new BigDecimal("5000.00"));
    }

    private static ScopeItem invoiceEntry(long baseline, BigDecimal priceAbove1000) {
        List<BigDecimal> coefficients = new ArrayList<>(Collections.nCopies(12, BigDecimal.ONE));
        coefficients.set(0, new BigDecimal("1.3"));
        coefficients.set(7, new BigDecimal("0.6"));
        return new ScopeItem(
                INVOICES,
                "Saisie des factures fournisseurs",
                "Saisir en comptabilité chaque facture fournisseur reçue (papier ou PDF), avec TVA et échéance.",
                "Facture saisie avec le bon compte, le bon taux de TVA et l'échéance, pièce jointe archivée.",
                "facture traitée",
                "https://docs.boulangerie-martin.example/saisie-factures",
                false,
                new VolumeTerms(
                        baseline,
                        new SeasonalProfile(coefficients),
                        pct("20"),
                        new BandPricing(
                                BandMode.GRADUATED,
                                List.of(
                                        new PriceBand(0, 500L, new BigDecimal("2.00")),
                                        new PriceBand(501, 1000L, new BigDecimal("1.80")),
                                        new PriceBand(1001, null, priceAbove1000)))));
    }

    private static ServiceLevel invoicesWithin48h() {
        return new ServiceLevel(
                "factures-48h",
                "Factures saisies sous 48 h",
                "Part des factures saisies dans les 48 h ouvrées suivant leur réception",
                pct("95"),
                pct("90"),
                MeasurementWindow.MONTHLY,
                true,
                pct("50"));
    }

    // --- AV-2026-002: IT support pilot, Boulangerie Martin SARL × InfoGérance Rhône SARL ---

    static final String WORKSTATION_SUPPORT = "support-postes";

    /** Two working days after the ticket is opened, French public holidays excluded. */
    static final Deadline INCIDENT_DEADLINE =
            new Deadline(2, DeadlineUnit.WORKING_DAYS, WorkingCalendar.FRANCE, WORKSTATION_SUPPORT);

    static Terms itSupportV1() {
        return new Terms(
                itSupportHeader(),
                List.of(new Objective(
                        "continuite-caisse",
                        ObjectiveKind.CONTINUITY,
                        "Aucun arrêt des caisses de plus d'une demi-journée",
                        "Heures d'arrêt des caisses par mois")),
                List.of(workstationSupport()),
                List.of(
                        new ServiceLevel(
                                        "incidents-48h",
                                        "Incidents résolus sous 48 h",
                                        "Part des incidents du mois résolus au plus tard le deuxième jour ouvré"
                                                + " suivant leur ouverture, jours fériés exclus",
                                        pct("95"),
                                        pct("93"),
                                        MeasurementWindow.MONTHLY,
                                        true,
                                        pct("20"))
                                // measured from the tickets recorded as deliverables (decision 0053)
                                .withDeadline(INCIDENT_DEADLINE),
                        new ServiceLevel(
                                "disponibilite-serveur",
                                "Disponibilité du serveur de fichiers",
                                "Temps de disponibilité mesuré par la supervision, heures ouvrées",
                                pct("99.5"),
                                pct("99"),
                                MeasurementWindow.MONTHLY,
                                true,
                                pct("30"))));
    }

    /** Version 2: off-site backup joins the scope; the PME keeps the decision on what is restored. */
    static Terms itSupportV2() {
        Terms v1 = itSupportV1();
        List<ScopeItem> items = new ArrayList<>(v1.scopeItems());
        items.add(new ScopeItem(
                "sauvegarde-externalisee",
                "Sauvegarde externalisée",
                "Sauvegarder chaque nuit le serveur de fichiers et la caisse hors site; tester une restauration par mois.",
                "Rapport de sauvegarde quotidien sans échec; test de restauration mensuel réussi.",
                "sauvegarde",
                "",
                true,
                null));
        return new Terms(v1.header(), v1.objectives(), items, v1.serviceLevels());
    }

    private static ContractHeader itSupportHeader() {
        return new ContractHeader(
                LocalDate.of(2026, 9, 1), 24, Renewal.EXPRESS, 12, 6, pct("10"), new BigDecimal("20000.00"));
    }

    /** The ARC/RRC example of the brief: 12 000 € for 1 000 resource units, ARC 11 €, RRC 9 €, ±5 %. */
    private static ScopeItem workstationSupport() {
        return new ScopeItem(
                WORKSTATION_SUPPORT,
                "Support et maintenance des postes de travail",
                "Assistance aux utilisateurs, maintenance des postes et des caisses, mises à jour de sécurité.",
                "Ticket clos avec l'accord de l'utilisateur; poste conforme à la politique de sécurité.",
                "unité d'œuvre",
                "https://docs.infogerance-rhone.example/catalogue-uo",
                false,
                new VolumeTerms(
                        1000,
                        SeasonalProfile.flat(),
                        pct("20"),
                        new BaselineChargePricing(
                                new BigDecimal("12000.00"),
                                new BigDecimal("11.00"),
                                new BigDecimal("9.00"),
                                pct("5"))));
    }

    private static BigDecimal pct(String value) {
        return new BigDecimal(value);
    }
}
