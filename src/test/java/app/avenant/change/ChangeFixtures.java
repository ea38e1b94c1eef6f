package app.avenant.change;

import app.avenant.contract.Approval;
import app.avenant.contract.ContractRole;
import app.avenant.contract.Contracts;
import app.avenant.contract.NewContract;
import app.avenant.contract.internal.ContractsForModules;
import app.avenant.contract.terms.BandMode;
import app.avenant.contract.terms.BandPricing;
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
import app.avenant.identity.UserRef;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.TestAccounts.TestOrganisation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Isolated contracts for change request tests (unique names: the suite also runs on a shared MariaDB),
 * made through the contract module's public services, with one member per role that matters.
 */
@Component
public class ChangeFixtures {

    private final TestAccounts accounts;
    private final ContractsForModules contracts;

    ChangeFixtures(TestAccounts accounts, Contracts contracts) {
        this.accounts = accounts;
        // fixtures act as the application (open, enrol, adopt): the user-facing service passed in is not used
        this.contracts = accounts.contractInternals();
    }

    /**
     * A contract at version 1. {@code clientOwner}/{@code providerManager} approve; {@code clientEditor} and
     * {@code providerEditor} edit; {@code clientViewer} only reads.
     */
    public record TestContract(
            UUID id,
            UserRef clientOwner,
            UserRef clientEditor,
            UserRef clientViewer,
            UserRef providerManager,
            UserRef providerEditor,
            TestOrganisation outsider) {}

    public TestContract contract(int scopeItems) {
        TestOrganisation client = accounts.newOrganisation(OrganisationKind.CLIENT);
        TestOrganisation provider = accounts.newOrganisation(OrganisationKind.PROVIDER);
        TestOrganisation outsider = accounts.newOrganisation(OrganisationKind.PROVIDER);
        UserRef clientViewer = accounts.newUser(client.organisation(), false);
        UUID id = contracts.openContract(new NewContract(
                "C-" + UUID.randomUUID().toString().substring(0, 12),
                "Contrat de test",
                client.organisation().id(),
                provider.organisation().id()));
        contracts.enrol(id, client.admin().id(), ContractRole.CLIENT_OWNER, true);
        contracts.enrol(id, client.member().id(), ContractRole.CLIENT_EDITOR, false);
        contracts.enrol(id, clientViewer.id(), ContractRole.CLIENT_VIEWER, false);
        contracts.enrol(id, provider.admin().id(), ContractRole.PROVIDER_MANAGER, true);
        contracts.enrol(id, provider.member().id(), ContractRole.PROVIDER_EDITOR, false);
        contracts.adoptVersion(
                id,
                terms(scopeItems),
                "Version 1",
                new Approval(client.admin().id(), Instant.now()),
                new Approval(provider.admin().id(), Instant.now()));
        return new TestContract(
                id, client.admin(), client.member(), clientViewer, provider.admin(), provider.member(), outsider);
    }

    /** {@code scopeItems} items "item-0"…, each with a baseline of 1 000 and bands 0–1 000 at 2,00 €, above at 1,50 €. */
    public static Terms terms(int scopeItems) {
        List<ScopeItem> items = new ArrayList<>(scopeItems);
        for (int i = 0; i < scopeItems; i++) {
            items.add(new ScopeItem(
                    "item-" + i,
                    "Prestation " + i,
                    "Description " + i,
                    "Critères " + i,
                    "unité",
                    "https://docs.example/" + i,
                    false,
                    new VolumeTerms(
                            1000,
                            SeasonalProfile.flat(),
                            new BigDecimal("20"),
                            bands(new PriceBand(0, null, new BigDecimal("2.00"))))));
        }
        return new Terms(
                new ContractHeader(
                        LocalDate.of(2026, 1, 1),
                        12,
                        Renewal.TACIT,
                        12,
                        3,
                        new BigDecimal("10"),
                        new BigDecimal("1000")),
                List.of(new Objective("temps", ObjectiveKind.TIME_SAVED, "Gagner du temps", "")),
                items,
                List.of(new ServiceLevel(
                        "delai",
                        "Délai",
                        "",
                        new BigDecimal("95"),
                        new BigDecimal("90"),
                        MeasurementWindow.MONTHLY,
                        true,
                        new BigDecimal("50"))));
    }

    public static BandPricing bands(PriceBand... bands) {
        return new BandPricing(BandMode.GRADUATED, List.of(bands));
    }

    public static ScopeItem item(Terms terms, String key) {
        return terms.scopeItem(key).orElseThrow();
    }

    /** The same terms with another baseline volume for one item. */
    public static Terms withBaseline(Terms terms, String key, long baseline) {
        ScopeItem item = item(terms, key);
        VolumeTerms v = item.volume();
        return terms.withScopeItem(
                withVolume(item, new VolumeTerms(baseline, v.seasonalProfile(), v.flexRangePercent(), v.pricing())));
    }

    /** The same terms with other price bands for one item. */
    public static Terms withPricing(Terms terms, String key, BandPricing pricing) {
        ScopeItem item = item(terms, key);
        VolumeTerms v = item.volume();
        return terms.withScopeItem(withVolume(
                item, new VolumeTerms(v.baselineMonthlyUnits(), v.seasonalProfile(), v.flexRangePercent(), pricing)));
    }

    /** The same terms with another notice period (a change to the header that moves no amount). */
    public static Terms withNoticePeriod(Terms terms, int months) {
        ContractHeader h = terms.header();
        return terms.withHeader(new ContractHeader(
                h.startDate(),
                h.initialTermMonths(),
                h.renewal(),
                h.renewalTermMonths(),
                months,
                h.atRiskPercent(),
                h.penaltyCapAmount()));
    }

    /** The same terms with another title for one item. */
    public static Terms withTitle(Terms terms, String key, String title) {
        ScopeItem i = item(terms, key);
        return terms.withScopeItem(new ScopeItem(
                i.key(),
                title,
                i.description(),
                i.acceptanceCriteria(),
                i.unitOfMeasure(),
                i.documentationUrl(),
                i.retainedDecision(),
                i.volume()));
    }

    private static ScopeItem withVolume(ScopeItem i, VolumeTerms volume) {
        return new ScopeItem(
                i.key(),
                i.title(),
                i.description(),
                i.acceptanceCriteria(),
                i.unitOfMeasure(),
                i.documentationUrl(),
                i.retainedDecision(),
                volume);
    }
}
