package app.avenant.contract.terms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/** Terms to test and benchmark with: the product brief's worked example, and large generated contracts. */
public final class TermsFixtures {

    private TermsFixtures() {}

    public static ContractHeader header() {
        return new ContractHeader(
                LocalDate.of(2026, 1, 1), 12, Renewal.TACIT, 12, 3, new BigDecimal("12"), new BigDecimal("5000"));
    }

    /** January ×1.3, August ×0.6, every other month ×1. */
    public static SeasonalProfile januaryHighAugustLow() {
        List<BigDecimal> coefficients = new ArrayList<>(Collections.nCopies(12, BigDecimal.ONE));
        coefficients.set(0, new BigDecimal("1.3"));
        coefficients.set(7, new BigDecimal("0.6"));
        return new SeasonalProfile(coefficients);
    }

    /** 0–500 at 2,00 €, 501–1 000 at 1,80 €, above at 1,60 €. */
    public static BandPricing invoiceBands() {
        return new BandPricing(
                BandMode.GRADUATED, List.of(band(0, 500L, "2.00"), band(501, 1000L, "1.80"), band(1001, null, "1.60")));
    }

    public static VolumeTerms invoiceVolume() {
        return new VolumeTerms(800, januaryHighAugustLow(), new BigDecimal("20"), invoiceBands());
    }

    public static ScopeItem invoiceEntry() {
        return new ScopeItem(
                "saisie-factures",
                "Saisie des factures fournisseurs",
                "Saisie dans le logiciel comptable des factures fournisseurs reçues par courrier et par e-mail",
                "Facture saisie avec fournisseur, montants HT/TVA/TTC, échéance et imputation; pièce jointe",
                "facture traitée",
                "https://docs.example.fr/procedures/saisie-factures",
                false,
                invoiceVolume());
    }

    public static ServiceLevel invoicesWithin48h() {
        return new ServiceLevel(
                "factures-48h",
                "Factures saisies sous 48 h",
                "Part des factures saisies dans les 48 h ouvrées suivant leur réception",
                new BigDecimal("95"),
                new BigDecimal("90"),
                MeasurementWindow.MONTHLY,
                true,
                new BigDecimal("50"));
    }

    public static Objective timeSaved() {
        return new Objective(
                "gain-temps",
                ObjectiveKind.TIME_SAVED,
                "Libérer la comptable de la saisie pour qu'elle se consacre au suivi de trésorerie",
                "Heures de saisie internes par mois");
    }

    /** The worked example of the product brief ("Saisie des factures fournisseurs"). */
    public static Terms invoiceEntryExample() {
        return new Terms(header(), List.of(timeSaved()), List.of(invoiceEntry()), List.of(invoicesWithin48h()));
    }

    public static PriceBand band(long from, Long to, String price) {
        return new PriceBand(from, to, new BigDecimal(price));
    }

    public static Terms large(int items) {
        return large(items, 42);
    }

    /** {@code items} scope items, each with volume terms, 3 bands and its own seasonal profile; 20 service levels. */
    public static Terms large(int items, int seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Objective> objectives = new ArrayList<>();
        ObjectiveKind[] kinds = ObjectiveKind.values();
        for (int i = 0; i < kinds.length; i++) {
            objectives.add(new Objective("objectif-" + (i + 1), kinds[i], "Objectif n°" + (i + 1), "Indicateur " + i));
        }
        List<ScopeItem> scope = new ArrayList<>(items);
        for (int i = 1; i <= items; i++) {
            scope.add(generatedItem(i, random));
        }
        List<ServiceLevel> levels = new ArrayList<>(20);
        for (int i = 1; i <= 20; i++) {
            boolean critical = i <= 5;
            levels.add(new ServiceLevel(
                    "sla-" + i,
                    "Indicateur de service n°" + i,
                    "Mesure mensuelle n°" + i,
                    BigDecimal.valueOf(90 + random.nextInt(10)),
                    BigDecimal.valueOf(80 + random.nextInt(10)),
                    i % 2 == 0 ? MeasurementWindow.MONTHLY : MeasurementWindow.QUARTERLY,
                    critical,
                    critical ? BigDecimal.valueOf(20) : BigDecimal.ZERO));
        }
        return new Terms(header(), objectives, scope, levels);
    }

    private static ScopeItem generatedItem(int number, SplittableRandom random) {
        long firstEnd = 100 + random.nextInt(900);
        long secondEnd = firstEnd + 100 + random.nextInt(900);
        BandPricing pricing = new BandPricing(
                number % 4 == 0 ? BandMode.VOLUME : BandMode.GRADUATED,
                List.of(
                        new PriceBand(0, firstEnd, cents(200 + random.nextInt(800))),
                        new PriceBand(firstEnd + 1, secondEnd, cents(150 + random.nextInt(50))),
                        new PriceBand(secondEnd + 1, null, cents(100 + random.nextInt(50)))));
        List<BigDecimal> coefficients = new ArrayList<>(12);
        for (int m = 0; m < 12; m++) {
            coefficients.add(BigDecimal.valueOf(60 + random.nextInt(80), 2));
        }
        VolumeTerms volume = new VolumeTerms(
                50 + random.nextInt(2000),
                new SeasonalProfile(coefficients),
                BigDecimal.valueOf(5 + random.nextInt(30)),
                pricing);
        return new ScopeItem(
                "prestation-" + number,
                "Prestation récurrente n°" + number,
                "Description détaillée de la prestation n°" + number + " telle que convenue entre les parties",
                "Critères d'acceptation de la prestation n°" + number,
                "unité n°" + number,
                "https://docs.example.fr/procedures/" + number,
                number % 3 == 0,
                volume);
    }

    /**
     * A copy of {@code terms} where each of these fields changes with probability {@code rate}: scope title and
     * description, baseline, flex range, each seasonal month, each band price (of band-priced items), and
     * service level targets.
     */
    public static Terms changed(Terms terms, double rate, int seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ScopeItem> scope = new ArrayList<>(terms.scopeItems().size());
        for (ScopeItem item : terms.scopeItems()) {
            scope.add(changed(item, rate, random));
        }
        List<ServiceLevel> levels = new ArrayList<>();
        for (ServiceLevel level : terms.serviceLevels()) {
            levels.add(
                    random.nextDouble() >= rate
                            ? level
                            : new ServiceLevel(
                                    level.key(),
                                    level.metric(),
                                    level.measurement(),
                                    level.targetPercent().add(BigDecimal.ONE).min(BigDecimal.valueOf(100)),
                                    level.minimumPercent(),
                                    level.window(),
                                    level.critical(),
                                    level.atRiskSharePercent()));
        }
        return new Terms(terms.header(), terms.objectives(), scope, levels);
    }

    private static ScopeItem changed(ScopeItem item, double rate, SplittableRandom random) {
        String title = random.nextDouble() < rate ? item.title() + " (révisée)" : item.title();
        String description = random.nextDouble() < rate ? item.description() + " et archivage" : item.description();
        VolumeTerms volume = item.volume();
        if (volume != null) {
            long baseline =
                    random.nextDouble() < rate ? volume.baselineMonthlyUnits() + 10 : volume.baselineMonthlyUnits();
            BigDecimal flex = random.nextDouble() < rate
                    ? volume.flexRangePercent().add(BigDecimal.ONE)
                    : volume.flexRangePercent();
            List<BigDecimal> coefficients =
                    new ArrayList<>(volume.seasonalProfile().coefficients());
            for (int m = 0; m < 12; m++) {
                if (random.nextDouble() < rate) {
                    coefficients.set(m, coefficients.get(m).add(new BigDecimal("0.05")));
                }
            }
            Pricing pricing = volume.pricing();
            if (pricing instanceof BandPricing bands) {
                List<PriceBand> changedBands = new ArrayList<>(bands.bands().size());
                for (PriceBand band : bands.bands()) {
                    changedBands.add(
                            random.nextDouble() >= rate
                                    ? band
                                    : new PriceBand(
                                            band.fromUnits(),
                                            band.toUnits(),
                                            band.unitPrice().add(new BigDecimal("0.10"))));
                }
                pricing = new BandPricing(bands.mode(), changedBands);
            }
            volume = new VolumeTerms(baseline, new SeasonalProfile(coefficients), flex, pricing);
        }
        return new ScopeItem(
                item.key(),
                title,
                description,
                item.acceptanceCriteria(),
                item.unitOfMeasure(),
                item.documentationUrl(),
                item.retainedDecision(),
                volume);
    }

    private static BigDecimal cents(int cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    /**
     * Like {@link #changed(Terms, double, int)} but only the scope items at an index of the given parity (0 or 1)
     * change, the others stay the very same instances; service levels change only for parity 0. Two calls with
     * parities 0 and 1 give two proposals on a common base with disjoint edits (merge tests and benchmark).
     */
    public static Terms changedItems(Terms terms, double rate, int seed, int parity) {
        Terms changed = changed(terms, rate, seed);
        List<ScopeItem> scope = new ArrayList<>(terms.scopeItems().size());
        for (int i = 0; i < terms.scopeItems().size(); i++) {
            scope.add((i % 2 == parity ? changed : terms).scopeItems().get(i));
        }
        return new Terms(
                terms.header(),
                terms.objectives(),
                scope,
                parity == 0 ? changed.serviceLevels() : terms.serviceLevels());
    }
}
