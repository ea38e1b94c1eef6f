package app.avenant.contract.templates;

import app.avenant.contract.Activity;
import app.avenant.contract.terms.BandMode;
import app.avenant.contract.terms.BandPricing;
import app.avenant.contract.terms.BaselineChargePricing;
import app.avenant.contract.terms.ContractHeader;
import app.avenant.contract.terms.MeasurementWindow;
import app.avenant.contract.terms.Objective;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.contract.terms.PriceBand;
import app.avenant.contract.terms.Pricing;
import app.avenant.contract.terms.ScopeItem;
import app.avenant.contract.terms.SeasonalProfile;
import app.avenant.contract.terms.ServiceLevel;
import app.avenant.contract.terms.Terms;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The portal's own templates, one per activity PMEs outsource most: measurable scope items (description,
 * acceptance criteria, unit, the documentation expected), a volume mechanism with typical prices and typical
 * service levels. French first, as the terms a gérante signs. Plain Java: the terms they build are validated as any
 * terms are. Each scope item still needs its documentation (a link or a file) before it is ready: the readiness
 * check says so, on purpose, since only the PME has its procedures.
 */
public final class BuiltInTemplates {

    /** The version 0 header of a new contract stands in for the template's header (start next month). */
    private BuiltInTemplates() {}

    /** The terms of {@code activity}'s template, with {@code header}; empty terms for {@link Activity#AUTRE}. */
    public static Terms of(Activity activity, ContractHeader header) {
        return switch (activity) {
            case SAISIE_COMPTABLE -> bookkeeping(header);
            case PAIE -> payroll(header);
            case SUPPORT_CLIENT -> customerSupport(header);
            case INFOGERANCE -> itSupport(header);
            case LOGISTIQUE -> logistics(header);
            case AUTRE -> Terms.initial(header);
        };
    }

    /** The name a gérante reads in the list of templates. */
    public static final Map<Activity, String> NAMES = Map.of(
            Activity.SAISIE_COMPTABLE, "Saisie comptable (factures fournisseurs, rapprochement)",
            Activity.PAIE, "Paie (bulletins, déclarations sociales)",
            Activity.SUPPORT_CLIENT, "Support client (tickets, forfait avec ARC/RRC)",
            Activity.INFOGERANCE, "Infogérance (postes, serveur, sauvegardes)",
            Activity.LOGISTIQUE, "Logistique (préparation et expédition de commandes)");

    private static Terms bookkeeping(ContractHeader header) {
        return new Terms(
                header,
                List.of(objective(
                        "temps-libere",
                        ObjectiveKind.TIME_SAVED,
                        "Libérer la gérante et la comptable de la saisie pour le suivi des clients",
                        "Heures de saisie internes par mois")),
                List.of(
                        item(
                                "saisie-factures",
                                "Saisie des factures fournisseurs",
                                "Saisir en comptabilité chaque facture fournisseur reçue (papier ou PDF), avec TVA et"
                                        + " échéance. Documentation attendue : plan comptable, règles d'imputation.",
                                "Facture saisie avec le bon compte, le bon taux de TVA et l'échéance ; pièce archivée.",
                                "facture traitée",
                                bands(
                                        800,
                                        "20",
                                        band(0, 500L, "2.00"),
                                        band(501, 1000L, "1.80"),
                                        band(1001, null, "1.60"))),
                        item(
                                "rapprochement-bancaire",
                                "Rapprochement bancaire mensuel",
                                "Rapprocher chaque mois les relevés bancaires avec la comptabilité. Documentation"
                                        + " attendue : liste des comptes bancaires, accès en lecture.",
                                "Écart de rapprochement nul ou expliqué ligne par ligne, remis avant le 10 du mois.",
                                "rapprochement",
                                null)),
                List.of(
                        level(
                                "factures-48h",
                                "Factures saisies sous 48 h",
                                "Part des factures du mois saisies dans" + " les 48 h ouvrées suivant leur réception",
                                "95",
                                "90",
                                true,
                                "50"),
                        level(
                                "factures-sans-erreur",
                                "Factures saisies sans erreur",
                                "Part des factures du mois sans" + " correction demandée par la PME",
                                "99",
                                "97",
                                false,
                                "0")));
    }

    private static Terms payroll(ContractHeader header) {
        return new Terms(
                header,
                List.of(objective(
                        "paie-fiable",
                        ObjectiveKind.RELIABILITY,
                        "Des bulletins justes et à l'heure, sans risque de redressement",
                        "Bulletins corrigés après remise, par mois")),
                List.of(
                        item(
                                "bulletins",
                                "Bulletins de paie",
                                "Établir chaque mois les bulletins des salariés à partir des variables transmises par"
                                        + " la PME. Documentation attendue : convention collective, contrats, grille.",
                                "Bulletin conforme à la convention collective, remis avant le 28 du mois.",
                                "bulletin",
                                bands(30, "20", band(0, 50L, "18.00"), band(51, null, "15.00"))),
                        item(
                                "dsn",
                                "Déclarations sociales (DSN)",
                                "Déposer la DSN mensuelle et les déclarations d'événements. Documentation attendue :"
                                        + " accès net-entreprises, calendrier des échéances.",
                                "DSN déposée avant l'échéance, sans rejet.",
                                "déclaration",
                                null)),
                List.of(
                        level(
                                "bulletins-a-temps",
                                "Bulletins remis avant le 28 du mois",
                                "Part des bulletins du mois" + " remis à temps",
                                "100",
                                "98",
                                true,
                                "50"),
                        level(
                                "bulletins-justes",
                                "Bulletins sans correction",
                                "Part des bulletins sans correction" + " après remise",
                                "99",
                                "97",
                                false,
                                "0")));
    }

    private static Terms customerSupport(ContractHeader header) {
        return new Terms(
                header,
                List.of(objective(
                        "clients-servis",
                        ObjectiveKind.CONTINUITY,
                        "Répondre aux clients en toutes circonstances, y compris pendant les congés",
                        "Taux de réponse sous 4 h ouvrées")),
                List.of(item(
                        "tickets",
                        "Traitement des demandes clients",
                        "Répondre aux demandes clients (courriel, formulaire, téléphone) et les résoudre ou les"
                                + " escalader. Documentation attendue : base de réponses, procédure d'escalade.",
                        "Ticket clos avec l'accord du client ou escaladé selon la procédure.",
                        "ticket",
                        volume(
                                1000,
                                "20",
                                SeasonalProfile.flat(),
                                new BaselineChargePricing(
                                        new BigDecimal("4000.00"),
                                        new BigDecimal("3.50"),
                                        new BigDecimal("2.50"),
                                        new BigDecimal("5"))))),
                List.of(
                        level(
                                "premiere-reponse-4h",
                                "Première réponse sous 4 h ouvrées",
                                "Part des tickets du mois" + " ayant reçu une première réponse sous 4 h ouvrées",
                                "90",
                                "85",
                                true,
                                "30"),
                        level(
                                "resolution-48h",
                                "Tickets résolus sous 48 h",
                                "Part des tickets du mois résolus sous" + " 48 h ouvrées",
                                "85",
                                "80",
                                true,
                                "30"),
                        level(
                                "satisfaction",
                                "Clients satisfaits (4/5 ou plus)",
                                "Part des enquêtes du mois notées 4" + " ou 5 sur 5",
                                "85",
                                "75",
                                false,
                                "0")));
    }

    private static Terms itSupport(ContractHeader header) {
        return new Terms(
                header,
                List.of(objective(
                        "continuite",
                        ObjectiveKind.CONTINUITY,
                        "Aucun arrêt des postes ou des caisses de plus d'une demi-journée",
                        "Heures d'arrêt par mois")),
                List.of(
                        item(
                                "support-postes",
                                "Support et maintenance des postes de travail",
                                "Assistance aux utilisateurs, maintenance des postes, mises à jour de sécurité."
                                        + " Documentation attendue : inventaire du parc, politique de sécurité.",
                                "Ticket clos avec l'accord de l'utilisateur ; poste conforme à la politique de"
                                        + " sécurité.",
                                "unité d'œuvre",
                                volume(
                                        250,
                                        "20",
                                        SeasonalProfile.flat(),
                                        new BaselineChargePricing(
                                                new BigDecimal("3000.00"),
                                                new BigDecimal("12.00"),
                                                new BigDecimal("9.00"),
                                                new BigDecimal("5")))),
                        item(
                                "sauvegarde",
                                "Sauvegarde externalisée",
                                "Sauvegarder chaque nuit les serveurs hors site ; tester une restauration par mois."
                                        + " Documentation attendue : liste des données à sauvegarder.",
                                "Rapport de sauvegarde quotidien sans échec ; test de restauration mensuel réussi.",
                                "sauvegarde",
                                null)),
                List.of(
                        level(
                                "incidents-8h",
                                "Incidents résolus sous 8 h ouvrées",
                                "Part des incidents du mois" + " résolus sous 8 h ouvrées",
                                "95",
                                "90",
                                true,
                                "40"),
                        level(
                                "disponibilite",
                                "Disponibilité du serveur de fichiers",
                                "Temps de disponibilité mesuré" + " par la supervision, heures ouvrées",
                                "99.5",
                                "99",
                                true,
                                "30")));
    }

    private static Terms logistics(ContractHeader header) {
        List<BigDecimal> coefficients = new ArrayList<>(Collections.nCopies(12, BigDecimal.ONE));
        coefficients.set(7, new BigDecimal("0.7"));
        coefficients.set(10, new BigDecimal("1.3"));
        coefficients.set(11, new BigDecimal("1.6"));
        SeasonalProfile season = new SeasonalProfile(coefficients);
        return new Terms(
                header,
                List.of(objective(
                        "livraisons-fiables",
                        ObjectiveKind.RELIABILITY,
                        "Des commandes justes et parties le jour même, y compris en fin d'année",
                        "Part des commandes expédiées le jour même")),
                List.of(
                        item(
                                "preparation",
                                "Préparation de commandes",
                                "Préparer les commandes reçues avant 14 h (prélèvement, contrôle, emballage)."
                                        + " Documentation attendue : catalogue, consignes d'emballage.",
                                "Commande complète et conforme, emballée selon les consignes.",
                                "commande préparée",
                                volume(
                                        1500,
                                        "20",
                                        season,
                                        new BandPricing(
                                                BandMode.GRADUATED,
                                                List.of(band(0, 2000L, "1.20"), band(2001, null, "0.95"))))),
                        item(
                                "expedition",
                                "Expédition",
                                "Remettre les colis au transporteur avec leur suivi. Documentation attendue : contrats"
                                        + " transporteurs, zones de livraison.",
                                "Colis remis au transporteur le jour de sa préparation, numéro de suivi transmis.",
                                "colis",
                                volume(
                                        1500,
                                        "20",
                                        season,
                                        new BandPricing(
                                                BandMode.GRADUATED,
                                                List.of(band(0, 2000L, "0.80"), band(2001, null, "0.65")))))),
                List.of(
                        level(
                                "expedie-jour-meme",
                                "Commandes expédiées le jour même",
                                "Part des commandes reçues" + " avant 14 h expédiées le jour même",
                                "98",
                                "95",
                                true,
                                "40"),
                        level(
                                "sans-erreur",
                                "Commandes sans erreur de préparation",
                                "Part des commandes du mois sans" + " réclamation pour erreur",
                                "99.5",
                                "99",
                                true,
                                "20")));
    }

    private static Objective objective(String key, ObjectiveKind kind, String description, String indicator) {
        return new Objective(key, kind, description, indicator);
    }

    private static ScopeItem item(
            String key,
            String title,
            String description,
            String criteria,
            String unit,
            app.avenant.contract.terms.@org.jspecify.annotations.Nullable VolumeTerms volume) {
        return new ScopeItem(key, title, description, criteria, unit, "", false, volume);
    }

    private static app.avenant.contract.terms.VolumeTerms bands(long baseline, String flex, PriceBand... bands) {
        return volume(baseline, flex, SeasonalProfile.flat(), new BandPricing(BandMode.GRADUATED, List.of(bands)));
    }

    private static app.avenant.contract.terms.VolumeTerms volume(
            long baseline, String flex, SeasonalProfile season, Pricing pricing) {
        return new app.avenant.contract.terms.VolumeTerms(baseline, season, new BigDecimal(flex), pricing);
    }

    private static PriceBand band(long from, @org.jspecify.annotations.Nullable Long to, String price) {
        return new PriceBand(from, to, new BigDecimal(price));
    }

    private static ServiceLevel level(
            String key,
            String metric,
            String measurement,
            String target,
            String minimum,
            boolean critical,
            String share) {
        return new ServiceLevel(
                key,
                metric,
                measurement,
                new BigDecimal(target),
                new BigDecimal(minimum),
                MeasurementWindow.MONTHLY,
                critical,
                new BigDecimal(share));
    }
}
