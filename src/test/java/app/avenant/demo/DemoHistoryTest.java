package app.avenant.demo;

import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.avenant.contract.ContractFilter;
import app.avenant.contract.ContractSummary;
import app.avenant.contract.Contracts;
import app.avenant.contract.Side;
import app.avenant.contract.VersionOrigin;
import app.avenant.contract.VersionOrigins;
import app.avenant.contract.VersionSummary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The demo contracts' later versions come from real change requests (issue 12, point 7): each names its request,
 * its reason, who proposed which field and who approved it, on the days the history says.
 */
@SpringBootTest
class DemoHistoryTest {

    @Autowired
    Contracts contracts;

    @Autowired
    VersionOrigins origins;

    @Autowired
    Clock clock;

    private UUID contract(String reference) {
        return as("claire.martin", () -> contracts.myContracts(new ContractFilter(null, reference), 0, 5)).stream()
                .filter(c -> c.reference().equals(reference))
                .map(ContractSummary::id)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void every_demo_version_after_the_first_names_its_request_its_reason_and_both_approvers() {
        UUID bookkeeping = contract("AV-2026-001");

        List<VersionOrigin> found = as("claire.martin", () -> origins.attributedOrigins(bookkeeping, 1, 3));

        assertThat(found)
                .extracting(VersionOrigin::version, VersionOrigin::requestNumber, VersionOrigin::authorName)
                .containsExactly(tuple(2, 1, "Paul Durand"), tuple(3, 2, "Paul Durand"));
        assertThat(found).allSatisfy(origin -> {
            assertThat(origin.reason()).isNotBlank();
            assertThat(origin.approvals())
                    .extracting(VersionOrigin.Approver::side, VersionOrigin.Approver::name)
                    .containsExactly(tuple(Side.CLIENT, "Claire Martin"), tuple(Side.PROVIDER, "Julien Moreau"));
        });
        VersionOrigin v3 = found.get(1);
        assertThat(v3.title()).startsWith("Volume de référence porté à 1 040 factures");
        // the PME proposed the baseline, the provider countered with the price above 1 000 invoices
        assertThat(v3.fields())
                .extracting(VersionOrigin.Proposal::side, VersionOrigin.Proposal::authorName)
                .contains(tuple(Side.CLIENT, "Paul Durand"), tuple(Side.PROVIDER, "Léa Bernard"));

        UUID itSupport = contract("AV-2026-002");
        assertThat(as("claire.martin", () -> origins.origins(itSupport, 2, 2)))
                .singleElement()
                .satisfies(origin -> {
                    assertThat(origin.title()).isEqualTo("Ajout de la sauvegarde externalisée");
                    assertThat(origin.authorSide()).isEqualTo(Side.PROVIDER);
                    assertThat(origin.approvals())
                            .extracting(VersionOrigin.Approver::name)
                            .containsExactlyInAnyOrder("Claire Martin", "Marc Petit");
                });
    }

    @Test
    void the_demo_versions_are_adopted_on_the_days_the_history_tells() {
        UUID bookkeeping = contract("AV-2026-001");
        Instant now = clock.instant();

        List<VersionSummary> versions = as("claire.martin", () -> contracts.versions(bookkeeping, 0, 10));

        assertThat(versions).extracting(VersionSummary::number).containsExactly(3, 2, 1);
        assertThat(Duration.between(versions.get(0).adoptedAt(), now).toDays()).isBetween(29L, 30L);
        assertThat(Duration.between(versions.get(1).adoptedAt(), now).toDays()).isBetween(199L, 200L);
        assertThat(versions.get(0).summary())
                .isEqualTo("Volume de référence porté à 1 040 factures (+30 %) ; tranche au-delà de 1 000 à 1,70 €");
    }
}
