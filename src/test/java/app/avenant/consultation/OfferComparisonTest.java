package app.avenant.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.avenant.contract.terms.BandMode;
import app.avenant.contract.terms.BandPricing;
import app.avenant.contract.terms.BaselineChargePricing;
import app.avenant.contract.terms.ContractHeader;
import app.avenant.contract.terms.InvalidTermsException;
import app.avenant.contract.terms.MeasurementWindow;
import app.avenant.contract.terms.PriceBand;
import app.avenant.contract.terms.Renewal;
import app.avenant.contract.terms.ScopeItem;
import app.avenant.contract.terms.SeasonalProfile;
import app.avenant.contract.terms.ServiceLevel;
import app.avenant.contract.terms.Terms;
import app.avenant.contract.terms.VolumeTerms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The comparison a gérante reads before choosing: every offer priced on the same expected volumes by the statements'
 * engine, to the cent, and ranked by the weights she sets. The figures are worked by hand in the comments.
 */
class OfferComparisonTest {

    private static final Set<SecurityQuestion> ASKED =
            EnumSet.of(SecurityQuestion.INSTRUCTIONS, SecurityQuestion.EU_HOSTING);

    /**
     * Invoices: 800 a month, graduated bands 0–500 and 501+; December ×1.5 (1 200 invoices). Bank reconciliation: a
     * fixed charge on a baseline of 10 with a ±10 % deadband. One critical level asked at 95 %.
     */
    static Terms need() {
        List<BigDecimal> seasons = new ArrayList<>(Collections.nCopies(12, BigDecimal.ONE));
        seasons.set(11, new BigDecimal("1.5"));
        return new Terms(
                new ContractHeader(LocalDate.of(2027, 1, 1), 12, Renewal.TACIT, 12, 3, new BigDecimal("10"), null),
                List.of(),
                List.of(
                        new ScopeItem(
                                "factures",
                                "Saisie des factures",
                                "",
                                "",
                                "facture",
                                "",
                                false,
                                new VolumeTerms(
                                        800,
                                        new SeasonalProfile(seasons),
                                        new BigDecimal("20"),
                                        new BandPricing(
                                                BandMode.GRADUATED,
                                                List.of(
                                                        new PriceBand(0, 500L, new BigDecimal("2.00")),
                                                        new PriceBand(501, null, new BigDecimal("1.80")))))),
                        new ScopeItem(
                                "rapprochement",
                                "Rapprochement",
                                "",
                                "",
                                "compte",
                                "",
                                false,
                                new VolumeTerms(
                                        10,
                                        SeasonalProfile.flat(),
                                        new BigDecimal("10"),
                                        new BaselineChargePricing(
                                                new BigDecimal("100"),
                                                new BigDecimal("12"),
                                                new BigDecimal("8"),
                                                new BigDecimal("10"))))),
                List.of(new ServiceLevel(
                        "delai",
                        "Factures saisies sous 48 h",
                        "",
                        new BigDecimal("95"),
                        new BigDecimal("90"),
                        MeasurementWindow.MONTHLY,
                        true,
                        new BigDecimal("50"))));
    }

    static OfferInput offer(String first, String above, String fixed, String target, SecurityAnswer.Level hosting) {
        return new OfferInput(
                Map.of(
                        "factures",
                        new BandPricing(
                                BandMode.GRADUATED,
                                List.of(
                                        new PriceBand(0, null, new BigDecimal(first)),
                                        new PriceBand(0, null, new BigDecimal(above)))),
                        "rapprochement",
                        new BaselineChargePricing(
                                new BigDecimal(fixed), new BigDecimal("12"), new BigDecimal("8"), BigDecimal.ZERO)),
                Map.of("delai", new CommittedLevel(new BigDecimal(target), new BigDecimal("90"))),
                Map.of(
                        SecurityQuestion.INSTRUCTIONS,
                        new SecurityAnswer(SecurityAnswer.Level.YES, ""),
                        SecurityQuestion.EU_HOSTING,
                        new SecurityAnswer(hosting, "")),
                "");
    }

    @Test
    void every_offer_is_priced_month_by_month_on_the_expected_volumes_to_the_cent() {
        Terms need = need();
        Terms a = Offers.apply(need, offer("1.90", "1.55", "95.50", "95", SecurityAnswer.Level.YES), ASKED);
        List<BigDecimal> months = OfferComparison.monthlyCost(need, a, OfferComparison.months(need));

        // January: 500 × 1.90 = 950.00 plus 300 × 1.55 = 465.00, plus the fixed 95.50: 1 510.50
        assertThat(months.getFirst()).isEqualByComparingTo("1510.50");
        // December ×1.5: 1 200 invoices → 950.00 + 700 × 1.55 = 1 085.00; the reconciliation stays flat: 2 130.50
        assertThat(months.get(11)).isEqualByComparingTo("2130.50");
        assertThat(OfferComparison.months(need)).first().isEqualTo(YearMonth.of(2027, 1));
        // eleven months at 1 510.50 and December: 16 615.50 + 2 130.50
        var result = OfferComparison.compare(need, ASKED, List.of(answered("A", a)), Weights.DEFAULT);
        assertThat(result.rows().getFirst().yearlyCost()).isEqualByComparingTo("18746.00");
    }

    @Test
    void the_ranking_follows_the_weights_the_pme_sets() {
        Terms need = need();
        // A is cheaper but commits to 93 % where 95 % is asked and hosts partly outside the EU
        Terms a = Offers.apply(need, offer("1.80", "1.50", "90", "93", SecurityAnswer.Level.PARTLY), ASKED);
        Terms b = Offers.apply(need, offer("2.00", "1.70", "100", "96", SecurityAnswer.Level.YES), ASKED);
        List<OfferComparison.Answered> offers = List.of(answered("A", a), answered("B", b));

        var costFirst = OfferComparison.compare(need, ASKED, offers, new Weights(100, 0, 0));
        assertThat(costFirst.rows())
                .extracting(OfferComparison.Row::providerName)
                .containsExactly("A", "B");
        assertThat(costFirst.rows().getFirst().costScore()).isEqualByComparingTo("100.0");
        assertThat(costFirst.rows().getFirst().rank()).isEqualTo(1);

        var balanced = OfferComparison.compare(need, ASKED, offers, Weights.DEFAULT);
        OfferComparison.Row best = balanced.rows().getFirst();
        assertThat(best.providerName()).isEqualTo("B");
        assertThat(best.levelsMet()).isEqualTo(1);
        assertThat(best.securityScore()).isEqualByComparingTo("100.0");
        OfferComparison.Row second = balanced.rows().get(1);
        assertThat(second.levelsScore()).isEqualByComparingTo("0.0");
        // yes + partly over two questions: 1.5 / 2 = 75 %
        assertThat(second.securityScore()).isEqualByComparingTo("75.0");
        // A: January 500 × 1.80 + 300 × 1.50 + 90 = 1 440.00, December 900 + 700 × 1.50 + 90 = 2 040.00, the year
        // 11 × 1 440 + 2 040 = 17 880.00; B: 1 610.00 and 2 290.00, 20 000.00. B's cost score 17 880 / 20 000 = 89.4,
        // its score (89.4 × 50 + 100 × 30 + 100 × 20) / 100 = 94.7
        assertThat(second.yearlyCost()).isEqualByComparingTo("17880.00");
        assertThat(best.yearlyCost()).isEqualByComparingTo("20000.00");
        assertThat(best.costScore()).isEqualByComparingTo("89.4");
        assertThat(best.score()).isEqualByComparingTo("94.7");
        // A: (100 × 50 + 0 × 30 + 75 × 20) / 100 = 65.0
        assertThat(second.score()).isEqualByComparingTo("65.0");
    }

    @Test
    void an_offer_keeps_the_needs_bands_and_deadband_whatever_was_sent() {
        Terms offered = Offers.apply(need(), offer("1.90", "1.55", "95.50", "95", SecurityAnswer.Level.YES), ASKED);
        BandPricing bands = (BandPricing)
                offered.scopeItem("factures").orElseThrow().volume().pricing();
        assertThat(bands.bands()).extracting(PriceBand::fromUnits).containsExactly(0L, 501L);
        assertThat(bands.bands())
                .extracting(PriceBand::unitPrice)
                .containsExactly(new BigDecimal("1.90"), new BigDecimal("1.55"));
        BaselineChargePricing fixed = (BaselineChargePricing)
                offered.scopeItem("rapprochement").orElseThrow().volume().pricing();
        assertThat(fixed.deadbandPercent()).isEqualByComparingTo("10");
    }

    @Test
    void an_incomplete_or_invalid_offer_is_refused_with_what_is_missing() {
        Terms need = need();
        OfferInput good = offer("1.90", "1.55", "95.50", "95", SecurityAnswer.Level.YES);
        assertThatThrownBy(() -> Offers.apply(need, new OfferInput(Map.of(), good.levels(), good.answers(), ""), ASKED))
                .isInstanceOf(ConsultationRuleException.class)
                .hasMessage("consultation.error.offer.price");
        assertThatThrownBy(() -> Offers.apply(need, new OfferInput(good.prices(), Map.of(), good.answers(), ""), ASKED))
                .hasMessage("consultation.error.offer.level");
        assertThatThrownBy(() -> Offers.apply(need, new OfferInput(good.prices(), good.levels(), Map.of(), ""), ASKED))
                .hasMessage("consultation.error.offer.answers");
        // a minimum above its target breaks the terms' own rule, reported with its path
        OfferInput upsideDown = new OfferInput(
                good.prices(),
                Map.of("delai", new CommittedLevel(new BigDecimal("90"), new BigDecimal("95"))),
                good.answers(),
                "");
        assertThatThrownBy(() -> Offers.apply(need, upsideDown, ASKED))
                .isInstanceOf(InvalidTermsException.class)
                .hasMessageContaining("serviceLevels[delai]");
        OfferInput negative = offer("-1", "1.55", "95.50", "95", SecurityAnswer.Level.YES);
        assertThatThrownBy(() -> Offers.apply(need, negative, ASKED)).isInstanceOf(InvalidTermsException.class);
    }

    @Test
    void the_score_weighs_the_exact_parts_and_is_rounded_once() {
        Terms need = need();
        // the cheaper offer's year 17 880,00 €; the other's 19 940,00 € (January 1 000 + 510 + 95 = 1 605,00 €,
        // December
        // 1 000 + 1 190 + 95 = 2 285,00 €): exact cost score 17 880 / 19 940 = 89,669…, shown 89,7; weighted 50/30/20
        // with
        // 100 and 100: (89,669… × 50 + 3 000 + 2 000) / 100 = 94,834… → 94,8 (from the shown 89,7 it would read 94,9)
        Terms cheap = Offers.apply(need, offer("1.80", "1.50", "90", "96", SecurityAnswer.Level.YES), ASKED);
        Terms dear = Offers.apply(need, offer("2.00", "1.70", "95", "96", SecurityAnswer.Level.YES), ASKED);
        var result = OfferComparison.compare(
                need, ASKED, List.of(answered("B", cheap), answered("C", dear)), Weights.DEFAULT);
        OfferComparison.Row second = result.rows().get(1);
        assertThat(second.yearlyCost()).isEqualByComparingTo("19940.00");
        assertThat(second.costScore()).isEqualByComparingTo("89.7");
        assertThat(second.score()).isEqualByComparingTo("94.8");
    }

    @Test
    void weights_are_between_0_and_100_and_not_all_zero() {
        assertThatThrownBy(() -> new Weights(0, 0, 0)).hasMessage("consultation.error.weights.zero");
        assertThatThrownBy(() -> new Weights(-1, 50, 50)).hasMessage("consultation.error.weights.range");
        assertThatThrownBy(() -> new Weights(101, 50, 50)).hasMessage("consultation.error.weights.range");
    }

    private static OfferComparison.Answered answered(String name, Terms terms) {
        OfferInput answers =
                offer("1", "1", "1", "95", name.equals("A") ? SecurityAnswer.Level.PARTLY : SecurityAnswer.Level.YES);
        return new OfferComparison.Answered(UUID.randomUUID(), name, terms, answers.answers());
    }
}
