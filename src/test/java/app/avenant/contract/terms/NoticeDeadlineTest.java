package app.avenant.contract.terms;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.terms.NoticeDeadline.TermWindow;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NoticeDeadlineTest {

    private static ContractHeader header(LocalDate start, int initial, Renewal renewal, int renewalTerm, int notice) {
        return new ContractHeader(start, initial, renewal, renewalTerm, notice, BigDecimal.TEN, BigDecimal.ZERO);
    }

    private static final ContractHeader ONE_YEAR_TACIT = header(LocalDate.of(2026, 1, 1), 12, Renewal.TACIT, 12, 3);

    @Test
    void the_initial_term_ends_the_day_before_its_anniversary_and_notice_is_due_three_months_earlier() {
        TermWindow window = NoticeDeadline.current(ONE_YEAR_TACIT, LocalDate.of(2026, 5, 1));

        assertThat(window).isEqualTo(new TermWindow(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 9, 30), 0));
    }

    @Test
    void the_last_day_of_a_term_still_belongs_to_it() {
        assertThat(NoticeDeadline.current(ONE_YEAR_TACIT, LocalDate.of(2026, 12, 31))
                        .termEnd())
                .isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void before_the_start_the_initial_term_applies() {
        assertThat(NoticeDeadline.current(ONE_YEAR_TACIT, LocalDate.of(2025, 11, 15)))
                .isEqualTo(new TermWindow(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 9, 30), 0));
    }

    @Test
    void a_tacitly_renewed_contract_moves_to_the_next_term_the_day_after_a_term_ends() {
        assertThat(NoticeDeadline.current(ONE_YEAR_TACIT, LocalDate.of(2027, 1, 1)))
                .isEqualTo(new TermWindow(LocalDate.of(2027, 12, 31), LocalDate.of(2027, 9, 30), 1));
    }

    @Test
    void renewal_terms_of_their_own_length_follow_one_another() {
        ContractHeader header = header(LocalDate.of(2026, 1, 1), 12, Renewal.TACIT, 6, 3);

        // 2026-12-31, then 2027-06-30, 2027-12-31, 2028-06-30
        assertThat(NoticeDeadline.current(header, LocalDate.of(2028, 3, 15)))
                .isEqualTo(new TermWindow(LocalDate.of(2028, 6, 30), LocalDate.of(2028, 3, 30), 3));
    }

    @Test
    void an_express_renewal_contract_ends_with_its_initial_term_even_after_it() {
        ContractHeader header = header(LocalDate.of(2026, 1, 1), 12, Renewal.EXPRESS, 12, 3);

        assertThat(NoticeDeadline.current(header, LocalDate.of(2028, 3, 15)))
                .isEqualTo(new TermWindow(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 9, 30), 0));
    }

    @Test
    void a_mid_month_start_ends_the_day_before_the_same_date() {
        ContractHeader header = header(LocalDate.of(2026, 3, 15), 24, Renewal.TACIT, 12, 2);

        assertThat(NoticeDeadline.current(header, LocalDate.of(2026, 3, 15)))
                .isEqualTo(new TermWindow(LocalDate.of(2028, 3, 14), LocalDate.of(2028, 1, 14), 0));
    }

    @Test
    void month_end_starts_do_not_drift_from_term_to_term() {
        ContractHeader header = header(LocalDate.of(2026, 1, 31), 1, Renewal.TACIT, 1, 0);

        // each end is counted from 31 January: 27 Feb (31 Jan + 1 month = 28 Feb), 30 Mar, 29 Apr, 30 May
        assertThat(NoticeDeadline.current(header, LocalDate.of(2026, 5, 15)).termEnd())
                .isEqualTo(LocalDate.of(2026, 5, 30));
    }

    @Test
    void without_notice_period_notice_can_be_given_until_the_last_day_of_the_term() {
        ContractHeader header = header(LocalDate.of(2026, 1, 1), 12, Renewal.TACIT, 12, 0);

        TermWindow window = NoticeDeadline.current(header, LocalDate.of(2026, 6, 1));

        assertThat(window.noticeDeadline()).isEqualTo(window.termEnd());
    }

    @Test
    void notice_is_still_possible_on_the_deadline_day_and_not_after() {
        TermWindow window = NoticeDeadline.current(ONE_YEAR_TACIT, LocalDate.of(2026, 5, 1));

        assertThat(window.noticeStillPossible(LocalDate.of(2026, 9, 30))).isTrue();
        assertThat(window.noticeStillPossible(LocalDate.of(2026, 10, 1))).isFalse();
    }
}
