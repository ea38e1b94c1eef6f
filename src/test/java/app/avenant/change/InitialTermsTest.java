package app.avenant.change;

import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.ContractLifecycle;
import app.avenant.contract.ContractStatus;
import app.avenant.contract.Contracts;
import app.avenant.contract.NewContractRequest;
import app.avenant.contract.VersionSummary;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.contract.terms.ScopeItem;
import app.avenant.contract.terms.Terms;
import app.avenant.identity.OrganisationKind;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.TestAccounts.TestOrganisation;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A contract's first terms are drafted like any amendment: a change request against the empty terms of
 * version 0, approved by both sides, becomes version 1.
 */
@SpringBootTest
class InitialTermsTest {

    @Autowired
    ChangeRequests changes;

    @Autowired
    Contracts contracts;

    @Autowired
    ContractLifecycle lifecycle;

    @Autowired
    TestAccounts accounts;

    @Test
    void the_initial_terms_proposed_by_the_pme_and_approved_by_both_sides_become_version_1() {
        TestOrganisation pme = accounts.newOrganisation(OrganisationKind.CLIENT);
        TestOrganisation provider = accounts.newOrganisation(OrganisationKind.PROVIDER);
        String owner = pme.admin().username();
        String manager = provider.admin().username();
        UUID contractId = as(
                owner,
                () -> lifecycle.createContract(new NewContractRequest(
                        "IT-" + UUID.randomUUID().toString().substring(0, 8),
                        "Saisie des factures",
                        provider.organisation().id())));
        Terms empty = as(owner, () -> contracts.currentTerms(contractId)).terms();

        UUID id = as(
                owner,
                () -> changes.propose(
                        contractId,
                        new NewChangeRequest(
                                "Conditions initiales",
                                "Rédaction des premières conditions du contrat",
                                ObjectiveKind.TIME_SAVED)));
        ChangeRequestDetail draft = as(owner, () -> changes.detail(id));
        assertThat(draft.latest().baseVersion()).isZero();
        assertThat(draft.base()).isEqualTo(empty);
        assertThat(draft.proposed()).isEqualTo(empty);
        assertThat(draft.currentContractVersion()).isZero();
        assertThat(draft.baseOutdated()).isFalse();

        ScopeItem invoices = new ScopeItem(
                "saisie-factures",
                "Saisie des factures fournisseurs",
                "Saisie dans le logiciel comptable",
                "Pièce saisie sous 48 h",
                "facture",
                "",
                false,
                null);
        Terms proposed = empty.withScopeItem(invoices);
        as(owner, () -> changes.revise(id, draft.version(), proposed, "Premier périmètre"));
        as(owner, () -> changes.submit(id, changes.detail(id).version()));
        ChangeRequestDetail submitted = as(manager, () -> changes.detail(id));
        assertThat(submitted.diff().changes()).isNotEmpty();
        assertThat(submitted.can().approve()).isTrue();
        // the owner who sent it approved it for the PME: only the provider has to act
        assertThat(as(owner, () -> changes.detail(id)).can().approve()).isFalse();

        as(manager, () -> changes.approve(id, 2));

        ChangeRequestDetail accepted = as(owner, () -> changes.detail(id));
        assertThat(accepted.status()).isEqualTo(ChangeRequestStatus.ACCEPTED);
        assertThat(accepted.producedVersion()).isEqualTo(1);
        assertThat(as(owner, () -> contracts.currentTerms(contractId)).versionNumber())
                .isEqualTo(1);
        assertThat(as(manager, () -> contracts.termsOfVersion(contractId, 1))).isEqualTo(proposed);
        List<VersionSummary> history = as(owner, () -> contracts.versions(contractId, 0, 10));
        assertThat(history)
                .extracting(VersionSummary::number, VersionSummary::summary)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Conditions initiales"));
        // going to pilot or active is the steering committee's decision, not the first version's
        assertThat(as(owner, () -> contracts.workspace(contractId)).status()).isEqualTo(ContractStatus.DRAFT);
    }
}
