package app.avenant.shared.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.avenant.shared.format.UnreadableNumberException.Reason;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one number rule (docs/decisions/0022): what is read, what is refused, and what is suggested instead. */
class AmountParserTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1040",
                "1 040",
                "1\u00A0040",
                "1\u202F040",
                "1\u2009040",
                " 1040 ",
                "1040 €",
                "1 040€",
                "1040 EUR",
                "+1040",
                "1 040,00",
                "1040.00"
            })
    void reads_1040_written_the_french_or_the_plain_way(String input) {
        assertThat(AmountParser.parse(input)).isEqualByComparingTo("1040");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1 040,50", "1040,50", "1040.50", "1040,5", "1 040.50", "1\u202F040,50 €", "1 040,50 EUR"})
    void reads_1040_euros_50_with_a_single_comma_or_dot_as_decimal_separator(String input) {
        assertThat(AmountParser.parse(input)).isEqualByComparingTo("1040.50");
    }

    @Test
    void a_single_comma_is_the_decimal_separator_french_first() {
        assertThat(AmountParser.parse("1,040")).isEqualByComparingTo("1.04");
        assertThat(AmountParser.parse("1,8")).isEqualByComparingTo("1.8");
        assertThat(AmountParser.parse(",5")).isEqualByComparingTo("0.5");
        assertThat(AmountParser.parse("1 000 000,125")).isEqualByComparingTo("1000000.125");
    }

    @Test
    void a_dot_is_decimal_when_it_cannot_be_a_thousands_separator() {
        assertThat(AmountParser.parse("1.5")).isEqualByComparingTo("1.5");
        assertThat(AmountParser.parse("1.70")).isEqualByComparingTo("1.70");
        assertThat(AmountParser.parse("0.500")).isEqualByComparingTo("0.5");
        assertThat(AmountParser.parse("1040.500")).isEqualByComparingTo("1040.5");
        assertThat(AmountParser.parse("1 040.500")).isEqualByComparingTo("1040.5");
        assertThat(AmountParser.parse("1.0405")).isEqualByComparingTo("1.0405");
    }

    @Test
    void reads_signs_and_zero() {
        assertThat(AmountParser.parse("-1 620,00")).isEqualByComparingTo("-1620");
        assertThat(AmountParser.parse("- 12,5 €")).isEqualByComparingTo("-12.5");
        assertThat(AmountParser.parse("\u221212")).isEqualByComparingTo("-12");
        assertThat(AmountParser.parse("+3")).isEqualByComparingTo("3");
        assertThat(AmountParser.parse("0")).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void reads_what_formats_money_writes() {
        String formatted = Formats.money(new BigDecimal("1540.5"), Locale.FRANCE);
        assertThat(AmountParser.parse(formatted)).isEqualByComparingTo("1540.50");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"1.040|1040|1.04", "12.345|12345|12.345", "999.999|999999|999.999", "-1.040|-1040|-1.04"})
    void refuses_a_dot_followed_by_three_digits_as_ambiguous_and_offers_both_readings(
            String input, String german, String english) {
        UnreadableNumberException refusal = refusal(input);
        assertThat(refusal.reason()).isEqualTo(Reason.AMBIGUOUS);
        assertThat(refusal.suggestions())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal(german), new BigDecimal(english));
        assertThat(refusal.messageKey()).isEqualTo("shared.number.ambiguous");
    }

    @Test
    void the_suggestions_are_written_the_way_the_parser_accepts_them_in_each_language() {
        UnreadableNumberException refusal = refusal("1.040");
        assertThat(refusal.args(Locale.FRANCE)).containsExactly("1.040", "1\u00A0040", "1,04");
        assertThat(refusal.args(Locale.ENGLISH)).containsExactly("1.040", "1\u00A0040", "1.04");
        assertThat(AmountParser.parse("1,04"))
                .isEqualByComparingTo(refusal.suggestions().get(1));
        assertThat(AmountParser.parse("1\u00A0040"))
                .isEqualByComparingTo(refusal.suggestions().get(0));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1.000,50|1000.50",
                "1,040.50|1040.50",
                "1.540,5 €|1540.5",
                "1.234.567,89|1234567.89",
                "1,234,567.8|1234567.8"
            })
    void refuses_a_comma_mixed_with_a_dot_and_suggests_the_space_grouped_form(String input, String meant) {
        UnreadableNumberException refusal = refusal(input);
        assertThat(refusal.reason()).isEqualTo(Reason.MIXED);
        assertThat(refusal.suggestions())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal(meant));
    }

    @Test
    void suggests_1_000_50_for_1_000_comma_50() {
        assertThat(refusal("1.000,50").args(Locale.FRANCE)).containsExactly("1.000,50", "1\u00A0000,50");
        assertThat(refusal("1.000,50").suggestionText(Locale.FRANCE)).isEqualTo("1\u00A0000,50");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"1.000.000|1000000", "1,000,000|1000000", "12.345.678|12345678"})
    void refuses_dots_or_commas_grouping_thousands_and_suggests_spaces(String input, String meant) {
        UnreadableNumberException refusal = refusal(input);
        assertThat(refusal.reason()).isEqualTo(Reason.GROUPING);
        assertThat(refusal.suggestions())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal(meant));
        assertThat(refusal.args(Locale.FRANCE)[1]).isEqualTo(AmountParser.write(new BigDecimal(meant), Locale.FRANCE));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "abc",
                "12a",
                "1 54,50",
                "12 34",
                "1,2,3.4.5",
                "1.2.3,4,5",
                "€",
                "-",
                "1..5",
                "1,,5",
                "1.5.",
                "1040,",
                "1 540,5 0",
                "1.0.0",
                "12,5,0",
                "1,2.3.4",
                "--5",
                "5-"
            })
    void refuses_what_is_not_a_number_without_a_suggestion(String input) {
        UnreadableNumberException refusal = refusal(input);
        assertThat(refusal.reason()).isEqualTo(Reason.INVALID);
        assertThat(refusal.suggestions()).isEmpty();
        assertThat(refusal).hasMessageContaining("mount");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u00A0"})
    void refuses_empty_text(String input) {
        assertThat(refusal(input).reason()).isEqualTo(Reason.EMPTY);
    }

    @Test
    void refuses_null_as_empty() {
        assertThat(refusal(null).reason()).isEqualTo(Reason.EMPTY);
    }

    @Test
    void whole_numbers_follow_the_same_rule() {
        assertThat(AmountParser.parseWhole("1 040")).isEqualTo(1040);
        assertThat(AmountParser.parseWhole("1040")).isEqualTo(1040);
        assertThat(AmountParser.parseWhole("1 040,00")).isEqualTo(1040);
        assertThat(AmountParser.parseWhole("-3")).isEqualTo(-3);
        assertThat(AmountParser.parseWhole("0")).isZero();
    }

    @Test
    void a_whole_number_written_1_040_with_a_dot_can_only_mean_1040_and_is_refused_with_that_suggestion() {
        UnreadableNumberException refusal =
                catchThrowableOfType(UnreadableNumberException.class, () -> AmountParser.parseWhole("1.040"));
        assertThat(refusal.reason()).isEqualTo(Reason.GROUPING);
        assertThat(refusal.suggestions())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("1040"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12,5", "1.5", "0,1"})
    void refuses_a_fraction_where_a_whole_number_is_expected(String input) {
        UnreadableNumberException refusal =
                catchThrowableOfType(UnreadableNumberException.class, () -> AmountParser.parseWhole(input));
        assertThat(refusal.reason()).isEqualTo(Reason.NOT_WHOLE);
        assertThat(refusal.messageKey()).isEqualTo("shared.number.whole");
    }

    @Test
    void refuses_a_whole_number_too_large_for_a_long() {
        assertThat(catchThrowableOfType(
                                UnreadableNumberException.class, () -> AmountParser.parseWhole("99999999999999999999"))
                        .reason())
                .isEqualTo(Reason.INVALID);
    }

    @Test
    void writes_grouped_digits_and_the_language_decimal_separator() {
        assertThat(AmountParser.write(new BigDecimal("1234567.50"), Locale.FRANCE))
                .isEqualTo("1\u00A0234\u00A0567,50");
        assertThat(AmountParser.write(new BigDecimal("1234567.50"), Locale.ENGLISH))
                .isEqualTo("1\u00A0234\u00A0567.50");
        assertThat(AmountParser.write(new BigDecimal("-999"), Locale.FRANCE)).isEqualTo("-999");
    }

    @Test
    void on_an_english_screen_1_040_with_a_comma_is_ambiguous_not_one_euro_four() {
        UnreadableNumberException refusal = catchThrowableOfType(
                UnreadableNumberException.class, () -> AmountParser.parse("1,040", Locale.ENGLISH));
        assertThat(refusal.reason()).isEqualTo(Reason.AMBIGUOUS);
        assertThat(refusal.suggestions()).containsExactly(new BigDecimal("1040"), new BigDecimal("1.04"));
        // French readers keep their decimal comma
        assertThat(AmountParser.parse("1,040", Locale.FRANCE)).isEqualByComparingTo("1.04");
        // and the whole-number reading can only be 1 040
        UnreadableNumberException whole = catchThrowableOfType(
                UnreadableNumberException.class, () -> AmountParser.parseWhole("-1,040", Locale.ENGLISH));
        assertThat(whole.suggestions()).containsExactly(new BigDecimal("-1040"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1040", "1234567.5", "0.125", "-42", "1000000"})
    void what_is_written_in_either_language_is_read_back_unchanged(String value) {
        BigDecimal number = new BigDecimal(value);
        for (Locale locale : new Locale[] {Locale.FRANCE, Locale.ENGLISH}) {
            assertThat(AmountParser.parse(AmountParser.write(number, locale), locale))
                    .as("%s in %s", value, locale)
                    .isEqualByComparingTo(number);
        }
    }

    private static UnreadableNumberException refusal(String input) {
        UnreadableNumberException refusal =
                catchThrowableOfType(UnreadableNumberException.class, () -> AmountParser.parse(input));
        assertThat(refusal).as("refused: %s", input).isNotNull();
        return refusal;
    }
}
