package app.avenant.contract.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.avenant.contract.terms.BandMode;
import app.avenant.contract.terms.BandPricing;
import app.avenant.contract.terms.BaselineChargePricing;
import app.avenant.contract.terms.ContractHeader;
import app.avenant.contract.terms.InvalidTermsException;
import app.avenant.contract.terms.MeasurementWindow;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.contract.terms.PriceBand;
import app.avenant.contract.terms.Renewal;
import app.avenant.contract.terms.ScopeItem;
import app.avenant.contract.terms.SeasonalProfile;
import app.avenant.contract.terms.Terms;
import app.avenant.contract.terms.TermsDiff;
import app.avenant.contract.terms.TermsFixtures;
import app.avenant.contract.terms.TermsViolation;
import app.avenant.contract.terms.VolumeTerms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermsJsonTest {

    /** Written by the first release of the format; it must stay readable as long as versions are kept. */
    private static final String STORED_2026_DOCUMENT = """
            {
              "header": {"startDate": "2026-01-01", "initialTermMonths": 12, "renewal": "TACIT",
                         "renewalTermMonths": 12, "noticePeriodMonths": 3, "atRiskPercent": 12,
                         "penaltyCapAmount": 5000.00},
              "objectives": [
                {"key": "gain-temps", "kind": "TIME_SAVED", "description": "Libérer la comptable de la saisie",
                 "indicator": ""}
              ],
              "scopeItems": [
                {"key": "saisie-factures", "title": "Saisie des factures fournisseurs",
                 "description": "Saisie des factures reçues", "acceptanceCriteria": "Facture saisie et imputée",
                 "unitOfMeasure": "facture traitée", "documentationUrl": "https://docs.example.fr/saisie",
                 "retainedDecision": false,
                 "volume": {"baselineMonthlyUnits": 800,
                            "seasonalProfile": {"coefficients": [1.3, 1, 1, 1, 1, 1, 1, 0.6, 1, 1, 1, 1]},
                            "flexRangePercent": 20,
                            "pricing": {"mechanism": "BANDS", "mode": "GRADUATED", "bands": [
                              {"fromUnits": 0, "toUnits": 500, "unitPrice": 2.00},
                              {"fromUnits": 501, "toUnits": 1000, "unitPrice": 1.80},
                              {"fromUnits": 1001, "toUnits": null, "unitPrice": 1.60}]}}},
                {"key": "support-n1", "title": "Support informatique de niveau 1", "description": "",
                 "acceptanceCriteria": "", "unitOfMeasure": "ticket", "documentationUrl": "",
                 "retainedDecision": true,
                 "volume": {"baselineMonthlyUnits": 1000,
                            "seasonalProfile": {"coefficients": [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]},
                            "flexRangePercent": 10,
                            "pricing": {"mechanism": "BASELINE_CHARGE", "fixedMonthlyCharge": 12000,
                                        "arcRate": 11, "rrcRate": 9, "deadbandPercent": 5}}},
                {"key": "archivage", "title": "Archivage des pièces", "description": "", "acceptanceCriteria": "",
                 "unitOfMeasure": "", "documentationUrl": "", "retainedDecision": false, "volume": null}
              ],
              "serviceLevels": [
                {"key": "factures-48h", "metric": "Factures saisies sous 48 h", "measurement": "",
                 "targetPercent": 95, "minimumPercent": 90, "window": "MONTHLY", "critical": true,
                 "atRiskSharePercent": 50}
              ]
            }
            """;

    @Test
    void the_worked_example_reads_back_equal() {
        Terms example = TermsFixtures.invoiceEntryExample();

        Terms read = TermsJson.parse(TermsJson.write(example));

        assertThat(read).isEqualTo(example);
        assertThat(TermsDiff.between(example, read).isEmpty()).isTrue();
    }

    @Test
    void a_large_contract_reads_back_equal() {
        Terms large = TermsFixtures.large(200);

        assertThat(TermsJson.parse(TermsJson.write(large))).isEqualTo(large);
    }

    @Test
    void amounts_keep_their_value_and_are_written_as_plain_numbers() {
        Terms terms = TermsFixtures.invoiceEntryExample()
                .withHeader(new ContractHeader(
                        LocalDate.of(2026, 1, 1),
                        12,
                        Renewal.TACIT,
                        12,
                        3,
                        new BigDecimal("12.5"),
                        new BigDecimal("5E+3")));

        String json = TermsJson.write(terms);
        Terms read = TermsJson.parse(json);

        assertThat(json)
                .contains("\"penaltyCapAmount\":5000", "\"unitPrice\":1.80", "\"startDate\":\"2026-01-01\"")
                .doesNotContain("E+");
        assertThat(read.header().penaltyCapAmount()).isEqualByComparingTo("5000");
        assertThat(read.header().atRiskPercent()).isEqualByComparingTo("12.5");
    }

    @Test
    void the_pricing_mechanism_is_named_in_the_document_and_derived_values_are_not_stored() {
        String json = TermsJson.write(TermsFixtures.invoiceEntryExample());

        assertThat(json).contains("\"mechanism\":\"BANDS\"").doesNotContain("ready");
    }

    @Test
    void a_document_stored_by_the_first_release_stays_readable() {
        Terms read = TermsJson.parse(STORED_2026_DOCUMENT);

        assertThat(read.header().penaltyCapAmount()).isEqualByComparingTo("5000");
        assertThat(read.objectives().getFirst().kind()).isEqualTo(ObjectiveKind.TIME_SAVED);
        assertThat(read.scopeItems())
                .extracting(ScopeItem::key)
                .containsExactly("saisie-factures", "support-n1", "archivage");
        VolumeTerms invoices = read.scopeItems().get(0).volume();
        assertThat(invoices.seasonalProfile().coefficients().get(7)).isEqualByComparingTo("0.6");
        assertThat(invoices.pricing())
                .isEqualTo(new BandPricing(
                        BandMode.GRADUATED,
                        List.of(
                                new PriceBand(0, 500L, new BigDecimal("2.00")),
                                new PriceBand(501, 1000L, new BigDecimal("1.80")),
                                new PriceBand(1001, null, new BigDecimal("1.60")))));
        VolumeTerms support = read.scopeItems().get(1).volume();
        assertThat(support.seasonalProfile()).isEqualTo(SeasonalProfile.flat());
        assertThat(support.pricing())
                .isEqualTo(new BaselineChargePricing(
                        new BigDecimal("12000"), new BigDecimal("11"), new BigDecimal("9"), new BigDecimal("5")));
        assertThat(read.scopeItems().get(1).retainedDecision()).isTrue();
        assertThat(read.scopeItems().get(2).volume()).isNull();
        assertThat(read.serviceLevels().getFirst().window()).isEqualTo(MeasurementWindow.MONTHLY);
        assertThat(TermsJson.parse(TermsJson.write(read))).isEqualTo(read);
    }

    @Test
    void a_version_adopted_before_the_edge_rules_reads_with_the_meaning_it_always_had() {
        // a cap of 0 was shown as "no cap"; a closed last band priced the units above it at its rate
        String earlier = STORED_2026_DOCUMENT
                .replace("\"penaltyCapAmount\": 5000.00", "\"penaltyCapAmount\": 0.00")
                .replace("\"fromUnits\": 1001, \"toUnits\": null", "\"fromUnits\": 1001, \"toUnits\": 5000");

        Terms read = TermsJson.parse(earlier);

        assertThat(read.header().penaltyCapAmount()).isNull();
        assertThat(read.scopeItems().getFirst().volume().pricing())
                .isEqualTo(new BandPricing(
                        BandMode.GRADUATED,
                        List.of(
                                new PriceBand(0, 500L, new BigDecimal("2.00")),
                                new PriceBand(501, 1000L, new BigDecimal("1.80")),
                                new PriceBand(1001, null, new BigDecimal("1.60")))));
        assertThat(read.serviceLevels().getFirst().atRiskSharePercent()).isEqualTo(new BigDecimal("50"));
        // any other broken rule is still refused
        assertThatThrownBy(() -> TermsJson.parse(earlier.replace("\"fromUnits\": 501", "\"fromUnits\": 500")))
                .isInstanceOf(InvalidTermsException.class);
    }

    @Test
    void no_cap_and_no_earn_back_are_left_out_of_the_document_and_an_earn_back_reads_back() {
        Terms example = TermsFixtures.invoiceEntryExample();
        Terms uncapped = example.withHeader(
                new ContractHeader(LocalDate.of(2026, 1, 1), 12, Renewal.TACIT, 12, 3, new BigDecimal("12"), null));
        Terms earnBack =
                example.withServiceLevel(example.serviceLevels().getFirst().withEarnBack(new BigDecimal("97.5")));

        assertThat(TermsJson.write(uncapped)).doesNotContain("penaltyCapAmount", "earnBackTargetPercent");
        assertThat(TermsJson.parse(TermsJson.write(uncapped))).isEqualTo(uncapped);
        assertThat(TermsJson.write(earnBack)).contains("\"earnBackTargetPercent\":97.5");
        assertThat(TermsJson.parse(TermsJson.write(earnBack))).isEqualTo(earnBack);
    }

    @Test
    void reading_runs_the_terms_validation() {
        String overlapping = STORED_2026_DOCUMENT.replace("\"fromUnits\": 501", "\"fromUnits\": 500");

        assertThatThrownBy(() -> TermsJson.parse(overlapping))
                .isInstanceOfSatisfying(
                        InvalidTermsException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(new TermsViolation(
                                        "scopeItems[saisie-factures].volume.pricing.bands[2].fromUnits",
                                        "band.overlap",
                                        List.of(501L))));
    }

    @Test
    void a_document_that_is_not_terms_is_refused_clearly() {
        assertThatThrownBy(() -> TermsJson.parse("{\"header\": 3}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TermsJson.parse("not json")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TermsJson.parse(STORED_2026_DOCUMENT.replace("\"BANDS\"", "\"TIERS\"")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TermsJson.parse(STORED_2026_DOCUMENT.replace("\"metric\"", "\"metrique\"")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_document_written_or_read_recently_is_not_parsed_again() {
        Terms large = TermsFixtures.large(50);
        String json = TermsJson.write(large);

        assertThat(TermsJson.read(new String(json))).isSameAs(large);
        Terms parsedOnce = TermsJson.read(STORED_2026_DOCUMENT);
        assertThat(TermsJson.read(STORED_2026_DOCUMENT))
                .isSameAs(parsedOnce)
                .isEqualTo(TermsJson.parse(STORED_2026_DOCUMENT));
    }
}
