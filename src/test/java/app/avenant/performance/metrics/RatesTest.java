package app.avenant.performance.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.performance.DeliveryRates;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatesTest {

    @Test
    void rates_are_percentages_of_the_delivered_with_one_decimal() {
        // 8 delivered: 7 on time = 87,5 %; 5 first pass = 62,5 %; 2 after rework = 25,0 %; 1 rejected
        DeliveryRates rates = Rates.of(8, 7, 5, 2, 1);

        assertThat(rates)
                .isEqualTo(new DeliveryRates(
                        8, 7, 5, 2, 1, new BigDecimal("87.5"), new BigDecimal("62.5"), new BigDecimal("25.0")));
    }

    @Test
    void rates_are_rounded_half_up() {
        // 2 / 3 = 66,66… → 66,7; 1 / 3 = 33,33… → 33,3; 1 / 16 = 6,25 → 6,3
        assertThat(Rates.percent(2, 3)).isEqualTo(new BigDecimal("66.7"));
        assertThat(Rates.percent(1, 3)).isEqualTo(new BigDecimal("33.3"));
        assertThat(Rates.percent(1, 16)).isEqualTo(new BigDecimal("6.3"));
        assertThat(Rates.percent(0, 16)).isEqualTo(new BigDecimal("0.0"));
        assertThat(Rates.percent(16, 16)).isEqualTo(new BigDecimal("100.0"));
    }

    @Test
    void nothing_delivered_has_no_rate_rather_than_zero_percent() {
        DeliveryRates rates = Rates.of(0, 0, 0, 0, 0);

        assertThat(rates.onTimePercent()).isNull();
        assertThat(rates.firstPassPercent()).isNull();
        assertThat(rates.reworkPercent()).isNull();
        assertThat(rates).isEqualTo(Rates.NONE);
    }

    @Test
    void late_delivery_lowers_the_on_time_rate() {
        assertThat(Rates.of(4, 3, 4, 0, 0).onTimePercent()).isEqualTo(new BigDecimal("75.0"));
        assertThat(Rates.of(4, 4, 4, 0, 0).onTimePercent()).isEqualTo(new BigDecimal("100.0"));
    }

    @Test
    void the_rates_of_several_items_are_drawn_from_their_summed_counts() {
        // (1 of 1 on time) + (1 of 3 on time) = 2 of 4 = 50,0 %, not the average 66,7 % of 100 % and 33,3 %
        DeliveryRates rates = Rates.ofActuals(List.of(
                new ItemActuals(1, 1, 1, 0, 0, 10, BigDecimal.ZERO),
                new ItemActuals(3, 1, 1, 1, 1, 20, BigDecimal.ONE)));

        assertThat(rates).isEqualTo(Rates.of(4, 2, 2, 1, 1));
        assertThat(rates.onTimePercent()).isEqualTo(new BigDecimal("50.0"));
        assertThat(rates.firstPassPercent()).isEqualTo(new BigDecimal("50.0"));
        assertThat(rates.reworkPercent()).isEqualTo(new BigDecimal("25.0"));
    }

    @Test
    void a_range_s_totals_weigh_each_month_by_its_deliveries() {
        // January 9 of 10 on time (90,0 %), February 0 delivered, March 1 of 2 (50,0 %):
        // total 10 of 12 = 83,33… → 83,3 %; first pass 8 + 2 = 10 of 12 → 83,3 %; rework 1 of 12 → 8,3 %
        DeliveryRates total = Rates.sum(List.of(Rates.of(10, 9, 8, 1, 1), Rates.NONE, Rates.of(2, 1, 2, 0, 0)));

        assertThat(total)
                .isEqualTo(new DeliveryRates(
                        12, 10, 10, 1, 1, new BigDecimal("83.3"), new BigDecimal("83.3"), new BigDecimal("8.3")));
    }

    @Test
    void the_sum_of_no_period_has_no_rate() {
        assertThat(Rates.sum(List.of())).isEqualTo(Rates.NONE);
        assertThat(Rates.ofActuals(List.of())).isEqualTo(Rates.NONE);
    }
}
