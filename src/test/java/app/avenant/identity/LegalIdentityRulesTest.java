package app.avenant.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.avenant.identity.LegalIdentityException.Problem;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegalIdentityRulesTest {

    /** A French SAS as an admin types it, spaces and all. */
    private static LegalIdentity typed(String siren, String siret, String vat) {
        return new LegalIdentity(
                siren,
                siret,
                vat,
                " SAS ",
                new BigDecimal("50000"),
                "Lyon",
                "45 avenue Jean Jaurès",
                "  ",
                "69007",
                "Lyon",
                "fr",
                VatRegime.RECEIPTS);
    }

    private static List<String> refusals(LegalIdentity identity) {
        try {
            LegalIdentityRules.check(identity);
            return List.of();
        } catch (LegalIdentityException e) {
            return e.problems().stream()
                    .map(p -> p.field() + " " + p.messageKey())
                    .toList();
        }
    }

    @Test
    void numbers_typed_with_spaces_dots_and_dashes_are_kept_as_digits_and_blank_texts_as_nothing() {
        LegalIdentity checked = LegalIdentityRules.check(typed("732 829 320", "732.829.320-00074", "fr 44 732829320"));

        assertThat(checked.siren()).isEqualTo("732829320");
        assertThat(checked.sirenGrouped()).isEqualTo("732 829 320");
        assertThat(checked.siret()).isEqualTo("73282932000074");
        assertThat(checked.vatNumber()).isEqualTo("FR44732829320");
        assertThat(checked.legalForm()).isEqualTo("SAS");
        assertThat(checked.addressLine2()).isNull();
        assertThat(checked.countryCode()).isEqualTo("FR");
        assertThat(checked.shareCapital()).isEqualByComparingTo("50000.00");
        assertThat(checked.complete()).isTrue();
    }

    @Test
    void the_french_vat_key_is_12_plus_3_times_the_siren_modulo_97_modulo_97() {
        // the example of the tax administration's notice: SIREN 404 833 048 → FR 83 404 833 048
        assertThat(LegalIdentityRules.frenchVatNumber("404833048")).isEqualTo("FR83404833048");
        // 552 100 554 mod 97 = 28; 12 + 84 = 96
        assertThat(LegalIdentityRules.frenchVatNumber("552100554")).isEqualTo("FR96552100554");
    }

    @Test
    void a_siren_whose_luhn_key_is_wrong_is_refused_and_a_vat_number_for_another_siren_is_corrected() {
        // 123 456 789: Luhn sum 37, not a multiple of 10
        assertThat(refusals(typed("123456789", "", "FR32123456789")))
                .containsExactly("siren identity.legal.error.siren.key");
        assertThat(refusals(typed("73282932", "", "FR44732829320")))
                .containsExactly("siren identity.legal.error.siren.format");

        LegalIdentityException e = org.junit.jupiter.api.Assertions.assertThrows(
                LegalIdentityException.class, () -> LegalIdentityRules.check(typed("552100554", "", "FR44732829320")));
        assertThat(e.problems())
                .containsExactly(new Problem("vatNumber", "identity.legal.error.vat.siren", List.of("FR96552100554")));
    }

    @Test
    void a_french_vat_number_with_a_wrong_key_says_the_right_one() {
        assertThat(refusals(typed("552100554", "", "FR97552100554")))
                .containsExactly("vatNumber identity.legal.error.vat.key");
        assertThat(refusals(typed("552100554", "", "US552100554")))
                .containsExactly("vatNumber identity.legal.error.vat.format");
        LegalIdentityException cut = org.junit.jupiter.api.Assertions.assertThrows(
                LegalIdentityException.class, () -> LegalIdentityRules.check(typed("552100554", "", "FR12345")));
        assertThat(cut.problems())
                .containsExactly(
                        new Problem("vatNumber", "identity.legal.error.vat.french.siren", List.of("FR96552100554")));
        // another member state's number keeps its own key (checked by VIES, not here)
        assertThat(refusals(typed("552100554", "", "DE123456789"))).isEmpty();
    }

    @Test
    void a_siret_starts_with_the_siren_and_has_its_own_luhn_key_except_at_la_poste() {
        assertThat(refusals(typed("732829320", "55210055400013", "FR44732829320")))
                .containsExactly("siret identity.legal.error.siret.siren");
        assertThat(refusals(typed("732829320", "73282932000075", "FR44732829320")))
                .containsExactly("siret identity.legal.error.siret.key");
        assertThat(refusals(typed("732829320", "7328293200007", "FR44732829320")))
                .containsExactly("siret identity.legal.error.siret.format");
        // La Poste's establishments: the sum of the 14 digits is a multiple of 5 (3+5+6+6 = 20), not Luhn
        assertThat(refusals(typed("356000000", "35600000000006", "FR39356000000")))
                .isEmpty();
    }

    @Test
    void every_problem_is_said_at_once_and_the_vat_number_is_required_unless_under_the_franchise() {
        LegalIdentity empty = LegalIdentity.empty();
        assertThat(refusals(empty))
                .containsExactly(
                        "siren identity.legal.error.siren.required",
                        "vatNumber identity.legal.error.vat.required",
                        "addressLine1 identity.legal.error.address.required",
                        "postcode identity.legal.error.postcode.required",
                        "city identity.legal.error.city.required");

        LegalIdentity franchise = new LegalIdentity(
                "552100554",
                null,
                null,
                "EI",
                null,
                null,
                "1 place Bellecour",
                null,
                "69002",
                "Lyon",
                "FR",
                VatRegime.FRANCHISE);
        assertThat(LegalIdentityRules.check(franchise).vatNumber()).isNull();
    }

    @Test
    void a_french_postcode_has_five_digits_a_foreign_one_its_own_shape_and_the_country_must_exist() {
        LegalIdentity belgian = new LegalIdentity(
                null,
                null,
                "BE0403170701",
                "SA",
                null,
                null,
                "Rue de la Loi 16",
                null,
                "1000",
                "Bruxelles",
                "BE",
                VatRegime.RECEIPTS);
        assertThat(refusals(belgian)).isEmpty(); // no SIREN outside France
        LegalIdentity shortPostcode = new LegalIdentity(
                "552100554",
                null,
                "FR96552100554",
                null,
                null,
                null,
                "1 rue",
                null,
                "6900",
                "Lyon",
                "FR",
                VatRegime.RECEIPTS);
        assertThat(refusals(shortPostcode)).containsExactly("postcode identity.legal.error.postcode.french");
        LegalIdentity nowhere = new LegalIdentity(
                null, null, null, null, null, null, "1 rue", null, "1000", "Ville", "ZZ", VatRegime.FRANCHISE);
        assertThat(refusals(nowhere)).containsExactly("countryCode identity.legal.error.country");
    }

    @Test
    void a_negative_or_sub_cent_share_capital_and_too_long_texts_are_refused() {
        LegalIdentity base = typed("552100554", "", "FR96552100554");
        assertThatThrownBy(() -> LegalIdentityRules.check(new LegalIdentity(
                        base.siren(),
                        null,
                        base.vatNumber(),
                        "SAS",
                        new BigDecimal("-1"),
                        null,
                        "1 rue",
                        null,
                        "69001",
                        "Lyon",
                        "FR",
                        VatRegime.DEBITS)))
                .isInstanceOf(LegalIdentityException.class)
                .extracting(
                        e -> ((LegalIdentityException) e).problems().getFirst().field())
                .isEqualTo("shareCapital");
        assertThat(refusals(new LegalIdentity(
                        base.siren(),
                        null,
                        base.vatNumber(),
                        "S".repeat(61),
                        new BigDecimal("0.001"),
                        null,
                        "1 rue",
                        null,
                        "69001",
                        "Lyon",
                        "FR",
                        VatRegime.DEBITS)))
                .containsExactly("legalForm identity.legal.error.tooLong", "shareCapital identity.legal.error.capital");
    }
}
