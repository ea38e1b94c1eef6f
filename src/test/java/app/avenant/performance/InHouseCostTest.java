package app.avenant.performance;

import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.Contracts;
import app.avenant.testing.TestAccounts;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** Issue 15, point 3: the PME records what the activity cost in-house; the provider never reads it. */
@SpringBootTest
class InHouseCostTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    Contracts contracts;

    @Autowired
    Deliverables deliverables;

    @Autowired
    InHouseCosts inHouse;

    private static InHouseCost cost(long units) {
        return new InHouseCost(
                PerformanceFixtures.INVOICES,
                new BigDecimal("0.5"),
                new BigDecimal("1800.00"),
                new BigDecimal("150.50"),
                76,
                units,
                "Mi-temps de la comptable, logiciel de saisie");
    }

    @Test
    void the_pme_records_it_and_reads_it_back_with_its_cost_per_deliverable() {
        var contract = new PerformanceFixtures(accounts, contracts, deliverables).workedExample();

        assertThat(as(contract.clientOwner(), () -> inHouse.of(contract.id()))).isEmpty();
        as(contract.clientOwner(), () -> inHouse.save(contract.id(), cost(800)));
        as(contract.clientOwner(), () -> inHouse.save(contract.id(), cost(780)));

        InHouseCost read =
                as(contract.clientViewer(), () -> inHouse.of(contract.id())).orElseThrow();
        assertThat(read.unitsMonthly()).isEqualTo(780);
        assertThat(read.monthly()).isEqualByComparingTo("1950.50");
        // 1 950,50 / 780 = 2,5006… → 2,50 €
        assertThat(read.perUnit()).isEqualByComparingTo("2.50");
        assertThat(read.note()).isEqualTo("Mi-temps de la comptable, logiciel de saisie");
    }

    @Test
    void the_provider_never_reads_it_a_viewer_never_writes_it_and_bad_figures_store_nothing() {
        var contract = new PerformanceFixtures(accounts, contracts, deliverables).workedExample();
        as(contract.clientOwner(), () -> inHouse.save(contract.id(), cost(800)));

        assertThatThrownBy(() -> as(contract.providerManager(), () -> inHouse.of(contract.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(contract.providerManager(), () -> inHouse.save(contract.id(), cost(1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(contract.clientViewer(), () -> inHouse.save(contract.id(), cost(1))))
                .isInstanceOf(AccessDeniedException.class);
        var outsider = accounts.newOrganisation(app.avenant.identity.OrganisationKind.CLIENT);
        assertThatThrownBy(() -> as(outsider.admin().username(), () -> inHouse.of(contract.id())))
                .isInstanceOf(ContractNotFoundException.class);

        assertThatThrownBy(() -> as(contract.clientOwner(), () -> inHouse.save(contract.id(), cost(0))))
                .isInstanceOfSatisfying(
                        StatementRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("performance.inhouse.error.units"));
        assertThatThrownBy(() -> as(
                        contract.clientOwner(),
                        () -> inHouse.save(
                                contract.id(),
                                new InHouseCost(
                                        "inconnue", BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, 1, 10, ""))))
                .isInstanceOfSatisfying(
                        StatementRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("performance.inhouse.error.item"));
        assertThat(as(contract.clientOwner(), () -> inHouse.of(contract.id()))
                        .orElseThrow()
                        .unitsMonthly())
                .as("the figures as they were")
                .isEqualTo(800);
    }
}
