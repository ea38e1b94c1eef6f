package app.avenant.contract;

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
import app.avenant.identity.NewUser;
import app.avenant.identity.OrganisationKind;
import app.avenant.identity.OrganisationRef;
import app.avenant.identity.UserRef;
import app.avenant.identity.Users;
import app.avenant.shared.SystemCaller;
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
final class ContractFixtures {

    private final Users users;
    private final Contracts contracts;

    ContractFixtures(Users users, Contracts contracts) {
        this.users = users;
        this.contracts = contracts;
    }

    record Party(OrganisationRef organisation, UserRef owner) {
    }

    record TestContract(UUID id, Party client, Party provider) {
    }

    Party party(OrganisationKind kind) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return SystemCaller.run(() -> {
            OrganisationRef org = users.createOrganisation("Org " + suffix, kind);
            UserRef owner = users.createUserInOrganisation(org.id(),
                    new NewUser("owner-" + suffix, "Owner " + suffix, "correct-horse-battery", true));
            return new Party(org, owner);
        });
    }

    /** A contract with {@code versions} versions of {@code scopeItems} scope items each. */
    TestContract contract(int scopeItems, int versions) {
        Party client = party(OrganisationKind.CLIENT);
        Party provider = party(OrganisationKind.PROVIDER);
        return SystemCaller.run(() -> {
            UUID id = contracts.openContract(new NewContract("T-" + UUID.randomUUID().toString().substring(0, 12),
                    "Contrat de test", client.organisation().id(), provider.organisation().id()));
            contracts.enrol(id, client.owner().id(), ContractRole.CLIENT_OWNER, true);
            contracts.enrol(id, provider.owner().id(), ContractRole.PROVIDER_MANAGER, true);
            for (int v = 1; v <= versions; v++) {
                contracts.adoptVersion(id, terms(scopeItems, v), "Version " + v,
                        new Approval(client.owner().id(), Instant.now()),
                        new Approval(provider.owner().id(), Instant.now()));
            }
            return new TestContract(id, client, provider);
        });
    }

    /** Terms whose unit prices depend on {@code variant}, so every version differs from the previous one. */
    static Terms terms(int scopeItems, int variant) {
        List<ScopeItem> items = new ArrayList<>(scopeItems);
        for (int i = 0; i < scopeItems; i++) {
            items.add(new ScopeItem("item-" + i, "Prestation " + i, "Description " + i, "Critères " + i, "unité",
                    "https://docs.example/" + i, i % 7 == 0,
                    new VolumeTerms(100 + i, SeasonalProfile.flat(), new BigDecimal("20"),
                            new BandPricing(BandMode.GRADUATED, List.of(
                                    new PriceBand(0, 100L, new BigDecimal("2.00")),
                                    new PriceBand(101, null, new BigDecimal("1.50").add(BigDecimal.valueOf(variant, 2))))))));
        }
        return new Terms(new ContractHeader(LocalDate.of(2026, 1, 1), 12, Renewal.TACIT, 12, 3,
                new BigDecimal("10"), new BigDecimal("1000")),
                List.of(new Objective("temps", ObjectiveKind.TIME_SAVED, "Gagner du temps", "")),
                items,
                List.of(new ServiceLevel("delai", "Délai", "", new BigDecimal("95"), new BigDecimal("90"),
                        MeasurementWindow.MONTHLY, true, new BigDecimal("50"))));
    }
}
