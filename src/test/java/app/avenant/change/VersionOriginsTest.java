package app.avenant.change;

import static app.avenant.change.ChangeFixtures.withBaseline;
import static app.avenant.change.ChangeFixtures.withTitle;
import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.avenant.change.ChangeFixtures.TestContract;
import app.avenant.contract.ContractLifecycle;
import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.Contracts;
import app.avenant.contract.NewContractRequest;
import app.avenant.contract.Provenance;
import app.avenant.contract.Side;
import app.avenant.contract.VersionOrigin;
import app.avenant.contract.VersionOrigins;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.contract.terms.ScopeItem;
import app.avenant.contract.terms.Terms;
import app.avenant.identity.OrganisationKind;
import app.avenant.identity.UserRef;
import app.avenant.testing.OwnRequest;
import app.avenant.testing.SqlStatementCounter;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.TestAccounts.TestOrganisation;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Who proposed the versions of a contract, as the history and the compare read it (docs/decisions/0026): from
 * the accepted requests, for members only, in the same few statements whatever the number of versions.
 */
@SpringBootTest
class VersionOriginsTest {

    /**
     * Membership, the requests with their approvals, the versions' terms (what each acceptance changed), their
     * revisions with terms, the names.
     */
    private static final long BUDGET = 6;

    @Autowired
    ChangeRequests changeRequests;

    @Autowired
    VersionOrigins origins;

    @Autowired
    ChangeFixtures fixtures;

    @Autowired
    SqlStatementCounter counter;

    @Autowired
    ContractLifecycle lifecycle;

    @Autowired
    Contracts contracts;

    @Autowired
    TestAccounts accounts;

    @Test
    void each_version_is_credited_to_its_request_and_each_field_to_the_side_that_proposed_it_last() {
        TestContract c = fixtures.contract(1);
        accept(c, c.clientEditor(), "Hausse", t -> withBaseline(t, "item-0", 1200), null);
        accept(
                c,
                c.clientEditor(),
                "Hausse encore",
                t -> withBaseline(t, "item-0", 1300),
                t -> withTitle(t, "item-0", "Saisie renommée"));

        List<VersionOrigin> found = as(c.clientViewer().username(), () -> origins.attributedOrigins(c.id(), 2, 3));

        assertThat(found)
                .extracting(VersionOrigin::version, VersionOrigin::requestNumber)
                .containsExactly(tuple(2, 1), tuple(3, 2));
        VersionOrigin second = found.get(1);
        assertThat(second.reason()).isEqualTo("Hausse encore");
        assertThat(second.approvals())
                .extracting(VersionOrigin.Approver::side, VersionOrigin.Approver::name)
                .containsExactly(
                        tuple(Side.CLIENT, c.clientOwner().displayName()),
                        tuple(Side.PROVIDER, c.providerManager().displayName()));
        assertThat(second.fields())
                .extracting(
                        VersionOrigin.Proposal::field, VersionOrigin.Proposal::side, VersionOrigin.Proposal::authorName)
                .contains(
                        tuple("scope.title", Side.PROVIDER, c.providerEditor().displayName()),
                        tuple(
                                "volume.baselineMonthlyUnits",
                                Side.CLIENT,
                                c.clientEditor().displayName()));
        // the history asks without fields: no revision is read
        assertThat(as(c.clientViewer().username(), () -> origins.origins(c.id(), 1, 3)))
                .allMatch(o -> o.fields().isEmpty())
                .hasSize(2);
    }

    /**
     * The trial's compare v3 → v5: request A (opened first) lowered a field, request B set it otherwise and was
     * accepted first; A settled the conflict by taking the value in force and was accepted after. The field's
     * change belongs to B, whose acceptance changed it; A's acceptance left it as it was.
     */
    @Test
    void a_request_that_kept_the_value_in_force_does_not_take_the_credit_for_it() {
        TestContract c = fixtures.contract(1);
        UUID first = as(c.clientEditor().username(), () -> {
            UUID created = changeRequests.propose(
                    c.id(), new NewChangeRequest("Baisse", "Volumes stables", ObjectiveKind.CONTINUITY));
            var detail = changeRequests.detail(created);
            changeRequests.revise(
                    created,
                    detail.version(),
                    withTitle(withBaseline(detail.proposed(), "item-0", 900), "item-0", "Saisie renommée"),
                    "");
            changeRequests.submit(created, changeRequests.detail(created).version());
            return created;
        });
        accept(c, c.clientEditor(), "Accord téléphonique", t -> withBaseline(t, "item-0", 1300), null);
        as(c.clientEditor().username(), () -> {
            var detail = changeRequests.detail(first);
            assertThat(detail.conflicts()).isNotEmpty();
            // "prendre la valeur en vigueur": the baseline of version 2, A's own title kept
            Terms settled = withTitle(contracts.currentTerms(c.id()).terms(), "item-0", "Saisie renommée");
            changeRequests.reviseOnTermsInForce(first, detail.version(), 2, settled, "On garde la valeur en vigueur");
        });
        for (UserRef approver : List.of(c.clientOwner(), c.providerManager())) {
            as(
                    approver.username(),
                    () -> changeRequests.approve(
                            first, changeRequests.detail(first).latest().number()));
        }

        List<VersionOrigin> found = as(c.clientViewer().username(), () -> origins.attributedOrigins(c.id(), 2, 3));

        assertThat(found).extracting(VersionOrigin::version).containsExactly(2, 3);
        assertThat(found.get(1).fields())
                .extracting(VersionOrigin.Proposal::field)
                .containsExactly("scope.title");
        var diff = as(c.clientViewer().username(), () -> contracts.compare(c.id(), 1, 3))
                .diff();
        var baseline = diff.changes().stream()
                .flatMap(item -> item.fields().stream()
                        .filter(f -> f.field().equals("volume.baselineMonthlyUnits"))
                        .map(f -> new Provenance(found).of(item, f).orElseThrow()))
                .findFirst()
                .orElseThrow();
        assertThat(baseline.request().version()).isEqualTo(2);
        assertThat(baseline.request().reason()).isEqualTo("Accord téléphonique");
    }

    @Test
    void version_1_is_credited_to_the_request_that_drafted_the_first_terms() {
        TestOrganisation pme = accounts.newOrganisation(OrganisationKind.CLIENT);
        TestOrganisation provider = accounts.newOrganisation(OrganisationKind.PROVIDER);
        String owner = pme.admin().username();
        UUID contractId = as(
                owner,
                () -> lifecycle.createContract(new NewContractRequest(
                        "VO-" + UUID.randomUUID().toString().substring(0, 8),
                        "Saisie",
                        provider.organisation().id())));
        UUID id = as(
                owner,
                () -> changeRequests.propose(
                        contractId,
                        new NewChangeRequest(
                                "Conditions initiales", "Premières conditions", ObjectiveKind.TIME_SAVED)));
        as(owner, () -> {
            var draft = changeRequests.detail(id);
            changeRequests.revise(
                    id,
                    draft.version(),
                    draft.proposed()
                            .withScopeItem(
                                    new ScopeItem("saisie", "Saisie des factures", "", "", "facture", "", false, null)),
                    "");
            // submitting approves it for the PME (decision 0033)
            changeRequests.submit(id, changeRequests.detail(id).version());
        });
        as(provider.admin().username(), () -> changeRequests.approve(id, 2));

        List<VersionOrigin> found = as(owner, () -> origins.attributedOrigins(contractId, 1, 1));

        assertThat(found).singleElement().satisfies(origin -> {
            assertThat(origin.version()).isEqualTo(1);
            assertThat(origin.title()).isEqualTo("Conditions initiales");
            assertThat(origin.fields())
                    .extracting(VersionOrigin.Proposal::field, VersionOrigin.Proposal::side)
                    .contains(tuple("scope.title", Side.CLIENT));
        });
    }

    @Test
    void a_stranger_learns_nothing_not_even_that_the_contract_exists() {
        TestContract c = fixtures.contract(1);
        accept(c, c.clientEditor(), "Hausse", t -> withBaseline(t, "item-0", 1200), null);

        assertThatThrownBy(() -> as(c.outsider().admin().username(), () -> origins.attributedOrigins(c.id(), 1, 2)))
                .isInstanceOf(ContractNotFoundException.class);
    }

    @Test
    void reading_many_versions_costs_the_same_statements_as_reading_one() {
        TestContract small = fixtures.contract(1);
        accept(small, small.clientEditor(), "Une", t -> withBaseline(t, "item-0", 1100), null);
        TestContract large = fixtures.contract(3);
        for (int i = 1; i <= 6; i++) {
            long baseline = 1000 + 100L * i;
            String title = "Titre " + i;
            accept(
                    large,
                    large.clientEditor(),
                    "Demande " + i,
                    t -> withBaseline(t, "item-" + (baseline % 3), baseline),
                    t -> withTitle(t, "item-0", title));
        }

        // once first, so that the server knows the people named on both (KnownPeople)
        statements(small, 2);
        statements(large, 7);
        long onSmall = statements(small, 2);
        long onLarge = statements(large, 7);

        System.out.printf("version origins: 1 request %d statements, 6 requests of 3 revisions %d%n", onSmall, onLarge);
        assertThat(onLarge).isEqualTo(onSmall).isLessThanOrEqualTo(BUDGET);
    }

    private long statements(TestContract c, int lastVersion) {
        return as(
                c.clientViewer().username(),
                () -> OwnRequest.of(() -> counter.count(() -> origins.attributedOrigins(c.id(), 1, lastVersion))));
    }

    /**
     * A request by {@code author} (revised with {@code change}), submitted, optionally counter-proposed by the
     * provider's editor, then approved by both sides: the contract's next version.
     */
    private void accept(
            TestContract c,
            UserRef author,
            String reason,
            UnaryOperator<Terms> change,
            @Nullable UnaryOperator<Terms> counterProposal) {
        UUID id = as(author.username(), () -> {
            UUID created =
                    changeRequests.propose(c.id(), new NewChangeRequest("Demande", reason, ObjectiveKind.CONTINUITY));
            var detail = changeRequests.detail(created);
            changeRequests.revise(created, detail.version(), change.apply(detail.proposed()), "");
            changeRequests.submit(created, changeRequests.detail(created).version());
            return created;
        });
        if (counterProposal != null) {
            as(c.providerEditor().username(), () -> {
                var detail = changeRequests.detail(id);
                changeRequests.revise(
                        id, detail.version(), counterProposal.apply(detail.proposed()), "Contre-proposition");
            });
        }
        for (UserRef approver : List.of(c.clientOwner(), c.providerManager())) {
            as(
                    approver.username(),
                    () -> changeRequests.approve(
                            id, changeRequests.detail(id).latest().number()));
        }
    }
}
