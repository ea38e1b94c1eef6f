package app.avenant.shared.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

    /** Narrow no-break space: the JDK's French grouping separator. */
    private static final String NNBSP = "\u202F";
    /** No-break space: before the euro and percent signs in French. */
    private static final String NBSP = "\u00A0";

    @Test
    void money_in_french_groups_with_a_narrow_no_break_space_and_puts_the_euro_sign_after() {
        assertThat(Formats.money(new BigDecimal("1540"), Locale.FRANCE)).isEqualTo("1" + NNBSP + "540,00" + NBSP + "€");
        assertThat(Formats.money(new BigDecimal("1.8"), Locale.FRANCE)).isEqualTo("1,80" + NBSP + "€");
        assertThat(Formats.money(new BigDecimal("279.605"), Locale.FRANCE)).isEqualTo("279,61" + NBSP + "€");
    }

    @Test
    void money_in_french_without_country_is_still_in_euros() {
        assertThat(Formats.money(new BigDecimal("12000"), Locale.FRENCH))
                .isEqualTo("12" + NNBSP + "000,00" + NBSP + "€");
    }

    @Test
    void money_in_english_puts_the_euro_sign_first() {
        assertThat(Formats.money(new BigDecimal("1540"), Locale.ENGLISH)).isEqualTo("€1,540.00");
        assertThat(Formats.money(new BigDecimal("-1620"), Locale.ENGLISH)).isEqualTo("-€1,620.00");
        // the UI's English is British: still euros, never pounds
        assertThat(Formats.money(new BigDecimal("1.8"), Locale.UK)).isEqualTo("€1.80");
    }

    @Test
    void percent_is_given_on_the_0_to_100_scale() {
        assertThat(Formats.percent(new BigDecimal("12"), Locale.FRANCE)).isEqualTo("12" + NBSP + "%");
        assertThat(Formats.percent(new BigDecimal("12.5"), Locale.FRANCE)).isEqualTo("12,5" + NBSP + "%");
        assertThat(Formats.percent(new BigDecimal("12.50"), Locale.ENGLISH)).isEqualTo("12.5%");
        assertThat(Formats.percent(new BigDecimal("100"), Locale.FRANCE)).isEqualTo("100" + NBSP + "%");
    }

    @Test
    void dates_are_day_month_year_in_both_languages() {
        LocalDate date = LocalDate.of(2026, 11, 26);
        assertThat(Formats.date(date, Locale.FRANCE)).isEqualTo("26/11/2026");
        assertThat(Formats.date(date, Locale.ENGLISH)).isEqualTo("26/11/2026");
    }

    @Test
    void date_times_are_shown_in_paris_time() {
        Instant winter = Instant.parse("2026-01-15T08:30:00Z");
        Instant summer = Instant.parse("2026-07-15T08:30:00Z");
        assertThat(Formats.dateTime(winter, Locale.FRANCE)).isEqualTo("15/01/2026 09:30");
        assertThat(Formats.dateTime(summer, Locale.FRANCE, ZoneId.of("Europe/Paris")))
                .isEqualTo("15/07/2026 10:30");
        assertThat(Formats.dateTime(Instant.parse("2026-12-31T23:30:00Z"), Locale.ENGLISH))
                .isEqualTo("01/01/2027 00:30");
    }

    @Test
    void units_are_grouped() {
        assertThat(Formats.units(1040, Locale.FRANCE)).isEqualTo("1" + NNBSP + "040");
        assertThat(Formats.units(1040, Locale.ENGLISH)).isEqualTo("1,040");
        assertThat(Formats.units(800, Locale.FRANCE)).isEqualTo("800");
    }

    @Test
    void decimals_keep_only_significant_digits() {
        assertThat(Formats.decimal(new BigDecimal("1.30"), 2, Locale.FRANCE)).isEqualTo("1,3");
        assertThat(Formats.decimal(new BigDecimal("1"), 2, Locale.FRANCE)).isEqualTo("1");
        assertThat(Formats.decimal(new BigDecimal("0.6"), 2, Locale.ENGLISH)).isEqualTo("0.6");
    }
}
