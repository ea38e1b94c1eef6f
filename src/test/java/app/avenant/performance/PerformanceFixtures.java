package app.avenant.performance;

import app.avenant.contract.Approval;
import app.avenant.contract.ContractRole;
import app.avenant.contract.Contracts;
import app.avenant.contract.NewContract;
import app.avenant.contract.internal.ContractsForModules;
import app.avenant.contract.terms.BandMode;
import app.avenant.contract.terms.BandPricing;
import app.avenant.contract.terms.BaselineChargePricing;
import app.avenant.contract.terms.ContractHeader;
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
import app.avenant.identity.OrganisationKind;
import app.avenant.performance.internal.DeliverablesForModules;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.TestAccounts.TestOrganisation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Contracts and deliverables to test the performance module with, through the same public services as the
 * application (unique references and organisations, so the suite also runs on a shared MariaDB database).
 * <p>
 * {@link #workedExample()} is the product brief's worked example: scope item {@value #INVOICES} (baseline 800,
 * graduated bands 0–500 at 2,00 €, 501–1 000 at 1,80 €, above at 1,60 €, flex ±20 %, January ×1.3 and
 * August ×0.6) and the ARC/RRC item {@value #PAYROLL} (12 000 € a month for 1 000 resource units, ARC 11 €,
 * RRC 9 €, deadband ±5 %, flex ±20 %); service levels {@value #WITHIN_48H} (critical: target 95, minimum 90,
 * 50 % of the at-risk amount) and {@value #ERRORS} (indicator only); the contract starts on 1 January 2026,
 * 12 % of the month's charges are at risk, penalty cap 5 000 €.
 */
public final class PerformanceFixtures {

    public static final String INVOICES = "factures";
    public static final String PAYROLL = "paie";
    public static final String WITHIN_48H = "delai48h";
    public static final String ERRORS = "erreurs";
    public static final LocalDate START = LocalDate.of(2026, 1, 1);

    private static final AtomicLong REFERENCES = new AtomicLong();

    private final TestAccounts accounts;
    private final ContractsForModules contracts;
    private final DeliverablesForModules deliverableInternals;
    private final Deliverables deliverables;

    public PerformanceFixtures(TestAccounts accounts, Contracts contracts, Deliverables deliverables) {
        this.accounts = accounts;
        // fixtures act as the application (open, enrol, adopt): the user-facing service passed in is not used
        this.contracts = accounts.contractInternals();
        this.deliverableInternals = accounts.deliverableInternals();
        this.deliverables = deliverables;
    }

    /**
     * A contract and its people: each side's admin approves (CLIENT_OWNER, PROVIDER_MANAGER, contact persons);
     * the client's plain member is CLIENT_VIEWER, the provider's plain member PROVIDER_EDITOR.
     */
    public record PerformanceContract(UUID id, String reference, TestOrganisation client, TestOrganisation provider) {

        public String clientOwner() {
            return client.admin().username();
        }

        public String clientViewer() {
            return client.member().username();
        }

        public String providerManager() {
            return provider.admin().username();
        }

        public String providerEditor() {
            return provider.member().username();
        }
    }

    /** The worked example at version 1 (adopted now, so it prices every month from the start). */
    public PerformanceContract workedExample() {
        return contract(workedExampleTerms());
    }

    /** A contract whose version 1 is {@code terms} (adopted now). */
    public PerformanceContract contract(Terms terms) {
        return contract(terms, Instant.now());
    }

    /**
     * A contract whose version 1 is {@code terms}, adopted at {@code adoptedAt} (version 1 prices every month
     * until the next version's, whenever it was adopted).
     */
    public PerformanceContract contract(Terms terms, Instant adoptedAt) {
        TestOrganisation client = accounts.newOrganisation(OrganisationKind.CLIENT);
        TestOrganisation provider = accounts.newOrganisation(OrganisationKind.PROVIDER);
        String reference = "P-" + UUID.randomUUID().toString().substring(0, 12);
        UUID id = contracts.openContract(new NewContract(
                reference,
                "Contrat de performance de test",
                client.organisation().id(),
                provider.organisation().id()));
        contracts.enrol(id, client.admin().id(), ContractRole.CLIENT_OWNER, true);
        contracts.enrol(id, provider.admin().id(), ContractRole.PROVIDER_MANAGER, true);
        contracts.enrol(id, client.member().id(), ContractRole.CLIENT_VIEWER, false);
        contracts.enrol(id, provider.member().id(), ContractRole.PROVIDER_EDITOR, false);
        PerformanceContract contract = new PerformanceContract(id, reference, client, provider);
        adopt(contract, terms, adoptedAt);
        return contract;
    }

    /**
     * Adopts {@code terms} as the next version, both sides approving at {@code adoptedAt} (the version then
     * prices the month of {@code adoptedAt} and later ones: see {@code VersionTimeline}).
     */
    public int adopt(PerformanceContract contract, Terms terms, Instant adoptedAt) {
        return contracts.adoptVersion(
                contract.id(),
                terms,
                "Version de test",
                new Approval(contract.client().admin().id(), adoptedAt),
                new Approval(contract.provider().admin().id(), adoptedAt));
    }

    // --- recording, as the provider's manager ---

    /**
     * Records one delivered deliverable: delivered on {@code day}, due that day when {@code onTime}, else the
     * day before (so a late one cannot be delivered on the contract's first day).
     */
    public IngestResult deliver(
            PerformanceContract contract,
            String item,
            LocalDate day,
            long units,
            QualityOutcome quality,
            boolean onTime) {
        return record(contract, List.of(delivered(item, day, units, quality, onTime)));
    }

    /** Records a batch as the provider's manager, through the form's way in. */
    public IngestResult record(PerformanceContract contract, List<DeliverableInput> batch) {
        return TestAccounts.as(
                contract.providerManager(), () -> deliverables.record(contract.id(), batch, DeliverableSource.FORM));
    }

    /** Records {@code count} deliverables of {@code unitsEach} units, all delivered on {@code day}. */
    public IngestResult deliverMany(
            PerformanceContract contract,
            String item,
            LocalDate day,
            int count,
            long unitsEach,
            QualityOutcome quality,
            boolean onTime) {
        List<DeliverableInput> batch = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            batch.add(delivered(item, day, unitsEach, quality, onTime));
        }
        return record(contract, batch);
    }

    /** A delivered deliverable with a fresh reference (due that day when on time, else the day before). */
    public static DeliverableInput delivered(
            String item, LocalDate day, long units, QualityOutcome quality, boolean onTime) {
        return new DeliverableInput(newReference(), item, onTime ? day : day.minusDays(1), day, units, quality, null);
    }

    /** A deliverable not delivered yet, with a fresh reference. */
    public static DeliverableInput pending(String item, LocalDate due, long units) {
        return new DeliverableInput(newReference(), item, due, null, units, null, null);
    }

    /** The same deliverable with a cost. */
    public static DeliverableInput withCost(DeliverableInput input, @Nullable BigDecimal cost) {
        return new DeliverableInput(
                input.reference(),
                input.scopeItemKey(),
                input.dueDate(),
                input.deliveredOn(),
                input.units(),
                input.quality(),
                cost);
    }

    /**
     * Deterministic deliverables of one month for volume tests and benchmarks: {@code count} deliverables
     * delivered that month (on days 2 to 28, never after {@code today}), alternately {@value #INVOICES} and
     * {@value #PAYROLL}, about 92 % on time, 90 % first pass, 8 % after rework, 2 % rejected, one in ten with
     * a cost. References are unique per month and index ({@code prefix}-yyyy-MM-index).
     */
    public static List<DeliverableInput> generatedMonth(String prefix, YearMonth month, int count, LocalDate today) {
        java.util.SplittableRandom random =
                new java.util.SplittableRandom(month.getYear() * 100L + month.getMonthValue());
        int lastDay = month.equals(YearMonth.from(today)) ? Math.max(2, Math.min(28, today.getDayOfMonth())) : 28;
        List<DeliverableInput> inputs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate day = month.atDay(2 + random.nextInt(lastDay - 1));
            boolean onTime = random.nextInt(100) < 92;
            int draw = random.nextInt(100);
            QualityOutcome quality = draw < 2
                    ? QualityOutcome.REJECTED
                    : draw < 10 ? QualityOutcome.AFTER_REWORK : QualityOutcome.FIRST_PASS;
            BigDecimal cost = random.nextInt(10) == 0 ? BigDecimal.valueOf(100 + random.nextInt(5000), 2) : null;
            inputs.add(new DeliverableInput(
                    prefix + "-" + month + "-" + i,
                    i % 2 == 0 ? INVOICES : PAYROLL,
                    onTime ? day : day.minusDays(1),
                    day,
                    1 + random.nextInt(60),
                    quality,
                    cost));
        }
        return inputs;
    }

    /**
     * Seeds {@code perMonth} deliverables in each month from {@code from} to {@code to} through the API's way
     * in, in batches of {@link Deliverables#MAX_BATCH} (so totals are kept as in production).
     *
     * @return the deliverables recorded per second
     */
    public double seed(PerformanceContract contract, YearMonth from, YearMonth to, int perMonth, LocalDate today) {
        long created = 0;
        long started = System.nanoTime();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            List<DeliverableInput> all = generatedMonth("SEED", month, perMonth, today);
            for (int offset = 0; offset < all.size(); offset += Deliverables.MAX_BATCH) {
                List<DeliverableInput> batch =
                        all.subList(offset, Math.min(all.size(), offset + Deliverables.MAX_BATCH));
                created += deliverableInternals
                        .recordAsApplication(
                                contract.provider().organisation().id(), contract.reference(), batch, "seed")
                        .created();
            }
        }
        return created / ((System.nanoTime() - started) / 1e9);
    }

    public static String newReference() {
        return "LIV-" + REFERENCES.incrementAndGet() + "-"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    // --- the worked example's terms ---

    public static Terms workedExampleTerms() {
        return workedExampleTerms(START);
    }

    /** The worked example for a contract starting on {@code start} (e.g. three years back, for benchmarks). */
    public static Terms workedExampleTerms(LocalDate start) {
        return new Terms(
                new ContractHeader(start, 12, Renewal.TACIT, 12, 3, new BigDecimal("12"), new BigDecimal("5000")),
                List.of(new Objective(
                        "gain-temps",
                        ObjectiveKind.TIME_SAVED,
                        "Libérer du temps de saisie",
                        "Heures de saisie internes par mois")),
                List.of(invoices(800, new BigDecimal("1.60")), payroll()),
                List.of(
                        new ServiceLevel(
                                WITHIN_48H,
                                "Factures saisies sous 48 h",
                                "Part des factures saisies dans les 48 h ouvrées",
                                new BigDecimal("95"),
                                new BigDecimal("90"),
                                MeasurementWindow.MONTHLY,
                                true,
                                new BigDecimal("50")),
                        new ServiceLevel(
                                ERRORS,
                                "Factures saisies sans erreur",
                                "Part des factures sans correction demandée",
                                new BigDecimal("99"),
                                new BigDecimal("97"),
                                MeasurementWindow.MONTHLY,
                                false,
                                BigDecimal.ZERO)));
    }

    /**
     * The worked example's amendment (version 3 of the brief): baseline 1 040 invoices, band above 1 000 at
     * 1,70 €.
     */
    public static Terms amendedTerms() {
        Terms base = workedExampleTerms();
        return base.withScopeItem(invoices(1040, new BigDecimal("1.70")));
    }

    public static ContractHeader header() {
        return new ContractHeader(START, 12, Renewal.TACIT, 12, 3, new BigDecimal("12"), new BigDecimal("5000"));
    }

    /** January ×1.3, August ×0.6, every other month ×1. */
    public static SeasonalProfile januaryHighAugustLow() {
        List<BigDecimal> coefficients = new ArrayList<>(Collections.nCopies(12, BigDecimal.ONE));
        coefficients.set(0, new BigDecimal("1.3"));
        coefficients.set(7, new BigDecimal("0.6"));
        return new SeasonalProfile(coefficients);
    }

    public static ScopeItem invoices(long baseline, BigDecimal priceAbove1000) {
        return new ScopeItem(
                INVOICES,
                "Saisie des factures fournisseurs",
                "Saisie des factures reçues",
                "Facture saisie avec TVA et échéance",
                "facture traitée",
                "https://docs.example.fr/factures",
                false,
                new VolumeTerms(
                        baseline,
                        januaryHighAugustLow(),
                        new BigDecimal("20"),
                        new BandPricing(
                                BandMode.GRADUATED,
                                List.of(
                                        new PriceBand(0, 500L, new BigDecimal("2.00")),
                                        new PriceBand(501, 1000L, new BigDecimal("1.80")),
                                        new PriceBand(1001, null, priceAbove1000)))));
    }

    public static ScopeItem payroll() {
        return new ScopeItem(
                PAYROLL,
                "Préparation de la paie",
                "Bulletins de paie et déclarations",
                "Bulletins validés sans correction",
                "unité d'œuvre",
                "https://docs.example.fr/paie",
                false,
                new VolumeTerms(
                        1000,
                        SeasonalProfile.flat(),
                        new BigDecimal("20"),
                        new BaselineChargePricing(
                                new BigDecimal("12000.00"),
                                new BigDecimal("11.00"),
                                new BigDecimal("9.00"),
                                new BigDecimal("5"))));
    }
}
