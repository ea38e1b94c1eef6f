package app.avenant.consultation;

import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.avenant.change.ChangeRequestDetail;
import app.avenant.change.ChangeRequests;
import app.avenant.contract.Activity;
import app.avenant.contract.ContractRole;
import app.avenant.contract.ContractRuleException;
import app.avenant.contract.ContractTemplates;
import app.avenant.contract.Contracts;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.contract.terms.Terms;
import app.avenant.identity.OrganisationKind;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.TestAccounts.TestOrganisation;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue 15, point 2, played by its three parties: a PME consults two providers, each answers seeing only its own
 * offer, the PME compares and chooses; the chosen offer is change request n°1 of a new contract, and both providers
 * are told by mail. A stranger learns nothing; a refused choice leaves everything as it was.
 */
@SpringBootTest
class ConsultationFlowTest {

    @Autowired
    Consultations consultations;

    @Autowired
    ContractTemplates templates;

    @Autowired
    ChangeRequests changeRequests;

    @Autowired
    Contracts contracts;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    app.avenant.contract.ContractLifecycle lifecycle;

    private TestOrganisation organisation(OrganisationKind kind) {
        TestOrganisation org = accounts.newOrganisation(kind);
        accounts.userInternals().setEmail(org.admin().id(), org.admin().username() + "@example.org");
        return org;
    }

    @Test
    void a_pme_consults_two_providers_compares_and_the_chosen_offer_becomes_request_number_one() {
        var p = organisation(OrganisationKind.CLIENT);
        var a = organisation(OrganisationKind.PROVIDER);
        var b = organisation(OrganisationKind.PROVIDER);
        var outsider = organisation(OrganisationKind.CLIENT);
        String gerante = p.admin().username();
        Terms need = as(gerante, () -> templates.startingTerms("builtin:" + Activity.SAISIE_COMPTABLE.name()));
        UUID id = as(
                gerante,
                () -> consultations.launch(new NewConsultation(
                        "Saisie des factures fournisseurs",
                        Activity.SAISIE_COMPTABLE,
                        ObjectiveKind.COST,
                        need,
                        LocalDate.now().plusDays(10),
                        EnumSet.allOf(SecurityQuestion.class),
                        List.of(a.organisation().id(), b.organisation().id()))));
        assertThat(mails(a.admin().id())).isEqualTo(1);
        assertThat(as(a.admin().username(), () -> consultations.needingMe()))
                .extracting(ConsultationSummary::id)
                .contains(id);

        as(a.admin().username(), () -> consultations.submitOffer(id, offer(need, "1.70", true)));
        as(b.admin().username(), () -> consultations.submitOffer(id, offer(need, "1.60", false)));

        assertThat(mails(p.admin().id()))
                .as("the gérante hears of each offer received")
                .isEqualTo(2);

        // each provider sees its own offer, never the other
        ConsultationDetail seenByA = as(a.admin().username(), () -> consultations.detail(id));
        assertThat(seenByA.asClient()).isFalse();
        assertThat(seenByA.offers())
                .singleElement()
                .satisfies(o ->
                        assertThat(o.providerId()).isEqualTo(a.organisation().id()));
        assertThatThrownBy(() -> as(a.admin().username(), () -> consultations.compare(id, Weights.DEFAULT)))
                .isInstanceOf(AccessDeniedException.class);
        // a stranger, or a provider's plain member, learns nothing, not even that it exists
        assertThatThrownBy(() -> as(outsider.admin().username(), () -> consultations.detail(id)))
                .isInstanceOf(ConsultationNotFoundException.class);
        assertThatThrownBy(() -> as(a.member().username(), () -> consultations.detail(id)))
                .isInstanceOf(ConsultationNotFoundException.class);
        assertThat(as(outsider.admin().username(), () -> consultations.mine(0, 50)))
                .extracting(ConsultationSummary::id)
                .doesNotContain(id);

        OfferComparison.Result compared = as(gerante, () -> consultations.compare(id, new Weights(100, 0, 0)));
        assertThat(compared.rows()).hasSize(2);
        assertThat(compared.rows().getFirst().providerName())
                .isEqualTo(b.organisation().name());
        UUID offerOfA = compared.rows().get(1).offerId();

        // a reference already taken: refused, and nothing changed (no contract, still open, nobody told again)
        String taken = "CONS-" + UUID.randomUUID().toString().substring(0, 8);
        as(
                gerante,
                () -> lifecycle.createContract(new app.avenant.contract.NewContractRequest(
                        taken, "Déjà là", a.organisation().id())));
        long contractsBefore = as(gerante, () -> contracts.countMyContracts(app.avenant.contract.ContractFilter.all()));
        assertThatThrownBy(() ->
                        as(gerante, () -> consultations.choose(id, offerOfA, taken, "Mieux disant", Weights.DEFAULT)))
                .isInstanceOf(ContractRuleException.class);
        assertThat(as(gerante, () -> consultations.detail(id)).status()).isEqualTo(ConsultationStatus.OPEN);
        assertThat(as(gerante, () -> contracts.countMyContracts(app.avenant.contract.ContractFilter.all())))
                .isEqualTo(contractsBefore);

        String reference = "CONS-" + UUID.randomUUID().toString().substring(0, 8);
        Chosen chosen = as(
                gerante,
                () -> consultations.choose(
                        id, offerOfA, reference, "Meilleurs engagements de service", new Weights(100, 0, 0)));
        assertThat(as(gerante, () -> consultations.detail(id)).decisionWeights())
                .as("the comparison reads later as it did when she chose")
                .isEqualTo(new Weights(100, 0, 0));
        ChangeRequestDetail requestOne = as(gerante, () -> changeRequests.detail(chosen.changeRequestId()));
        assertThat(requestOne.number()).isEqualTo(1);
        assertThat(requestOne.contractId()).isEqualTo(chosen.contractId());
        assertThat(requestOne.proposed())
                .isEqualTo(as(gerante, () -> consultations.detail(id)).offers().stream()
                        .filter(o -> o.id().equals(offerOfA))
                        .findFirst()
                        .orElseThrow()
                        .terms());
        // the chosen provider's admin is in the contract to negotiate it; the other one is told, and sees no contract
        assertThat(as(a.admin().username(), () -> contracts.myRole(chosen.contractId())))
                .isEqualTo(ContractRole.PROVIDER_MANAGER);
        ConsultationDetail seenByB = as(b.admin().username(), () -> consultations.detail(id));
        assertThat(seenByB.offers().getFirst().status()).isEqualTo(OfferStatus.NOT_CHOSEN);
        assertThat(seenByB.contractId()).isNull();
        assertThat(seenByB.decisionReason()).isEmpty();
        assertThat(as(a.admin().username(), () -> consultations.detail(id))
                        .offers()
                        .getFirst()
                        .status())
                .isEqualTo(OfferStatus.CHOSEN);
        assertThat(mails(a.admin().id())).isEqualTo(2);
        assertThat(mails(b.admin().id())).isEqualTo(2);

        // decided once: a second choice and a late offer are refused
        assertThatThrownBy(() -> as(
                        gerante, () -> consultations.choose(id, offerOfA, reference + "b", "encore", Weights.DEFAULT)))
                .isInstanceOfSatisfying(
                        ConsultationRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("consultation.error.notOpen"));
        assertThatThrownBy(() ->
                        as(b.admin().username(), () -> consultations.submitOffer(id, offer(need, "1.50", true))))
                .isInstanceOf(ConsultationRuleException.class);
    }

    /** Every band and charge at {@code price}, each level at its target (+1 when {@code better}), all "yes". */
    static OfferInput offer(Terms need, String price, boolean better) {
        java.math.BigDecimal p = new java.math.BigDecimal(price);
        java.util.Map<String, app.avenant.contract.terms.Pricing> prices = new java.util.HashMap<>();
        for (var item : need.scopeItems()) {
            if (item.volume() == null) {
                continue;
            }
            prices.put(
                    item.key(),
                    switch (item.volume().pricing()) {
                        case app.avenant.contract.terms.BandPricing bands ->
                            new app.avenant.contract.terms.BandPricing(
                                    bands.mode(),
                                    bands.bands().stream()
                                            .map(band -> new app.avenant.contract.terms.PriceBand(0, null, p))
                                            .toList());
                        case app.avenant.contract.terms.BaselineChargePricing fixed ->
                            new app.avenant.contract.terms.BaselineChargePricing(
                                    p.multiply(java.math.BigDecimal.valueOf(100)), p, p, java.math.BigDecimal.ZERO);
                    });
        }
        java.util.Map<String, CommittedLevel> levels = new java.util.HashMap<>();
        for (var level : need.serviceLevels()) {
            java.math.BigDecimal target = better
                    ? level.targetPercent().add(java.math.BigDecimal.ONE).min(java.math.BigDecimal.valueOf(100))
                    : level.targetPercent();
            levels.put(level.key(), new CommittedLevel(target, level.minimumPercent()));
        }
        java.util.Map<SecurityQuestion, SecurityAnswer> answers = new java.util.EnumMap<>(SecurityQuestion.class);
        for (SecurityQuestion q : SecurityQuestion.values()) {
            answers.put(q, new SecurityAnswer(SecurityAnswer.Level.YES, "Clause type"));
        }
        return new OfferInput(prices, levels, answers, "Notre offre");
    }

    private long mails(UUID recipient) {
        Long count = jdbc.queryForObject(
                "select count(*) from mail_message where purpose = 'CONSULTATION' and recipient_id = ?",
                Long.class,
                recipient);
        return count == null ? 0 : count;
    }
}
