package app.avenant.performance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.terms.ContractHeader;
import app.avenant.contract.terms.Renewal;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Starts 1 January 2026, 12 months, 3 months' notice: term ends 31/12/2026, notice until 30/09/2026. */
class RenewalOutlookTest {

    private static ContractHeader header(Renewal renewal) {
        return new ContractHeader(LocalDate.of(2026, 1, 1), 12, renewal, 12, 3, BigDecimal.TEN, BigDecimal.ZERO);
    }

    private static RenewalOutlook on(Renewal renewal, String today) {
        return RenewalOutlook.of(header(renewal), LocalDate.parse(today));
    }

    @Test
    void a_deadline_more_than_90_days_away_is_calm_then_amber_within_90_then_red_within_30() {
        assertThat(on(Renewal.TACIT, "2026-07-01").state()).isEqualTo(RenewalOutlook.State.CALM);
        assertThat(on(Renewal.TACIT, "2026-07-02").state()).isEqualTo(RenewalOutlook.State.SOON);
        assertThat(on(Renewal.TACIT, "2026-08-31").state()).isEqualTo(RenewalOutlook.State.URGENT);
        RenewalOutlook lastDay = on(Renewal.TACIT, "2026-09-30");
        assertThat(lastDay.state()).isEqualTo(RenewalOutlook.State.URGENT);
        assertThat(lastDay.daysLeft()).isZero();
        assertThat(lastDay.noticeDeadline()).isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @Test
    void past_the_deadline_the_contract_renews_the_day_after_the_term_ends() {
        RenewalOutlook passed = on(Renewal.TACIT, "2026-10-01");
        assertThat(passed.state()).isEqualTo(RenewalOutlook.State.PASSED);
        assertThat(passed.renewsOn()).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void an_express_renewal_counts_down_to_the_term_end_and_then_has_ended() {
        RenewalOutlook soon = on(Renewal.EXPRESS, "2026-11-01");
        assertThat(soon.keyDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(soon.state()).isEqualTo(RenewalOutlook.State.SOON);
        assertThat(on(Renewal.EXPRESS, "2027-01-05").state()).isEqualTo(RenewalOutlook.State.PASSED);
    }
}
