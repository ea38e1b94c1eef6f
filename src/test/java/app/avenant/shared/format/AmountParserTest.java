package app.avenant.shared.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AmountParserTest {

    @ParameterizedTest
    @ValueSource(strings = {"1540,5", "1540,50", "1 540,50", "1\u00A0540,50", "1\u202F540,50", "1540.50", "1.540,50",
            "1,540.50", " 1540,50 ", "1 540,50 €", "1540,50€", "1540.5 EUR", "+1540,5"})
    void reads_the_usual_ways_of_writing_1540_euros_50(String input) {
        assertThat(AmountParser.parse(input)).isEqualByComparingTo("1540.50");
    }

    @Test
    void reads_whole_amounts_and_grouped_thousands() {
        assertThat(AmountParser.parse("12000")).isEqualByComparingTo("12000");
        assertThat(AmountParser.parse("12 000")).isEqualByComparingTo("12000");
        assertThat(AmountParser.parse("1.234.567")).isEqualByComparingTo("1234567");
        assertThat(AmountParser.parse("1,234,567.8")).isEqualByComparingTo("1234567.8");
        assertThat(AmountParser.parse("1.234.567,89")).isEqualByComparingTo("1234567.89");
    }

    @Test
    void reads_small_and_negative_amounts() {
        assertThat(AmountParser.parse("1,8")).isEqualByComparingTo("1.80");
        assertThat(AmountParser.parse(",5")).isEqualByComparingTo("0.5");
        assertThat(AmountParser.parse("-1 620,00")).isEqualByComparingTo("-1620");
        assertThat(AmountParser.parse("0")).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void a_single_comma_is_a_decimal_separator_french_first() {
        assertThat(AmountParser.parse("1,540")).isEqualByComparingTo("1.54");
    }

    @Test
    void reads_what_formats_money_writes() {
        String formatted = Formats.money(new BigDecimal("1540.5"), Locale.FRANCE);
        assertThat(AmountParser.parse(formatted)).isEqualByComparingTo("1540.50");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "abc", "12a", "1 54,50", "12 34", "1,2,3.4.5", "1.2.3,4,5", "€", "-", "1..5",
            "1,,5", "1.5.", "1 540,5 0"})
    void refuses_what_is_not_an_amount_with_a_clear_message(String input) {
        assertThatThrownBy(() -> AmountParser.parse(input))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mount");
    }

    @Test
    void refuses_null() {
        assertThatThrownBy(() -> AmountParser.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
