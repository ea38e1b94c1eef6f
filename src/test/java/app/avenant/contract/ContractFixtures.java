package app.avenant.contract;

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
import app.avenant.testing.TestAccounts;
import app.avenant.testing.TestAccounts.TestOrganisation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Creates isolated test contracts (unique names, so the suite also runs on a shared MariaDB database)
 * through the same public services as the application.
 */
public final class ContractFixtures {

    private final TestAccounts accounts;
    private final ContractsForModules contracts;

    public ContractFixtures(TestAccounts accounts, Contracts contracts) {
        this.accounts = accounts;
        // fixtures act as the application (open, enrol, adopt): the user-facing service passed in is not used
        this.contracts = accounts.contractInternals();
    }

    /** The admin of each party is its owner (client) or manager (provider) and contact person. */
    public record TestContract(UUID id, TestOrganisation client, TestOrganisation provider) {}

    /** A contract with {@code versions} versions of {@code scopeItems} scope items each. */
    public TestContract contract(int scopeItems, int versions) {
        TestOrganisation client = accounts.newOrganisation(OrganisationKind.CLIENT);
        TestOrganisation provider = accounts.newOrganisation(OrganisationKind.PROVIDER);
        UUID id = contracts.openContract(new NewContract(
                "T-" + UUID.randomUUID().toString().substring(0, 12),
                "Contrat de test",
                client.organisation().id(),
                provider.organisation().id()));
        contracts.enrol(id, client.admin().id(), ContractRole.CLIENT_OWNER, true);
        contracts.enrol(id, provider.admin().id(), ContractRole.PROVIDER_MANAGER, true);
        for (int v = 1; v <= versions; v++) {
            contracts.adoptVersion(
                    id,
                    terms(scopeItems, v),
                    "Version " + v,
                    new Approval(client.admin().id(), Instant.now()),
                    new Approval(provider.admin().id(), Instant.now()));
        }
        return new TestContract(id, client, provider);
    }

    /** Terms whose unit prices depend on {@code variant}, so every version differs from the previous one. */
    public static Terms terms(int scopeItems, int variant) {
        List<ScopeItem> items = new ArrayList<>(scopeItems);
        for (int i = 0; i < scopeItems; i++) {
            items.add(new ScopeItem(
                    "item-" + i,
                    "Prestation " + i,
                    "Description " + i,
                    "Critères " + i,
                    "unité",
                    "https://docs.example/" + i,
                    i % 7 == 0,
                    new VolumeTerms(
                            100 + i,
                            SeasonalProfile.flat(),
                            new BigDecimal("20"),
                            new BandPricing(
                                    BandMode.GRADUATED,
                                    List.of(
                                            new PriceBand(0, 100L, new BigDecimal("2.00")),
                                            new PriceBand(
                                                    101,
                                                    null,
                                                    new BigDecimal("1.50").add(BigDecimal.valueOf(variant, 2))))))));
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
}
