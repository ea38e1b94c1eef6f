package app.avenant.notification;

import static app.avenant.performance.PerformanceFixtures.ERRORS;
import static app.avenant.performance.PerformanceFixtures.INVOICES;
import static app.avenant.performance.PerformanceFixtures.PAYROLL;
import static app.avenant.performance.PerformanceFixtures.WITHIN_48H;
import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.Approval;
import app.avenant.contract.ContractAccess;
import app.avenant.contract.ContractFixtures;
import app.avenant.contract.ContractRole;
import app.avenant.contract.ContractStatus;
import app.avenant.contract.Contracts;
import app.avenant.contract.terms.ContractHeader;
import app.avenant.contract.terms.Renewal;
import app.avenant.contract.terms.Terms;
import app.avenant.identity.UserRef;
import app.avenant.notification.NotificationTarget.Screen;
import app.avenant.performance.Deliverables;
import app.avenant.performance.PerformanceFixtures;
import app.avenant.performance.QualityOutcome;
import app.avenant.performance.Statements;
import app.avenant.shared.format.Formats;
import app.avenant.testing.MovableClock;
import app.avenant.testing.TestAccounts;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Contract alerts reach the right people once: a new contact person is told to the other side, notice
 * deadlines of tacit renewals 90 and 30 days ahead, the penalty cap when a validated month reaches it.
 */
@SpringBootTest
class ContractAlertsTest {

    @Autowired
    Notifications notifications;

    @Autowired
    Contracts contracts;

    @Autowired
    ContractAccess access;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ContractAlertSender sender;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Statements statements;

    @Autowired
    Deliverables deliverables;

    @Test
    void a_new_contact_person_is_told_to_the_other_side_only_and_not_when_the_application_named_them() {
        var contract = new ContractFixtures(accounts, contracts).contract(1, 1);
        String clientAdmin = contract.client().admin().username();
        String providerAdmin = contract.provider().admin().username();
        // the fixture's contact persons were named by the application itself: nobody is told
        assertThat(kinds(providerAdmin, contract.id())).doesNotContain(NotificationKind.CONTACT_PERSON_CHANGED);
        UserRef claire = contract.client().member();
        as(clientAdmin, () -> access.addMember(contract.id(), claire.id(), ContractRole.CLIENT_EDITOR));

        as(clientAdmin, () -> access.nameContactPerson(contract.id(), claire.id()));

        assertThat(of(providerAdmin, contract.id(), NotificationKind.CONTACT_PERSON_CHANGED))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.detail()).isEqualTo(claire.displayName());
                    assertThat(n.context()).isEqualTo("CLIENT");
                    assertThat(n.target()).isEqualTo(NotificationTarget.of(Screen.CONTRACT_TEAM, contract.id()));
                    assertThat(NotificationTexts.text(n, java.util.Locale.FRANCE))
                            .isEqualTo("Nouvel interlocuteur côté client : " + claire.displayName());
                });
        assertThat(kinds(clientAdmin, contract.id())).doesNotContain(NotificationKind.CONTACT_PERSON_CHANGED);
        assertThat(kinds(claire.username(), contract.id())).doesNotContain(NotificationKind.CONTACT_PERSON_CHANGED);
    }

    @Test
    void both_contact_persons_are_alerted_90_then_30_days_before_the_notice_deadline_once_each() {
        // starts 1 January 2026, 12 months renewed tacitly, 3 months' notice: last day to give notice 30/09/2026
        var contract = new ContractFixtures(accounts, contracts).contract(1, 1);
        accounts.contractInternals().setStatus(contract.id(), ContractStatus.ACTIVE);
        MovableClock clock = new MovableClock(Instant.parse("2026-07-01T10:00:00Z"));
        NoticeDeadlineAlerts job = new NoticeDeadlineAlerts(accounts.contractInternals(), sender, transactions, clock);
        String clientAdmin = contract.client().admin().username();
        String providerAdmin = contract.provider().admin().username();

        job.sendDueAlerts(); // 91 days before: nothing yet
        assertThat(of(clientAdmin, contract.id(), NotificationKind.NOTICE_DEADLINE))
                .isEmpty();

        clock.advance(Duration.ofDays(1)); // 90 days before
        job.sendDueAlerts();
        job.sendDueAlerts();
        assertThat(of(clientAdmin, contract.id(), NotificationKind.NOTICE_DEADLINE))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.detail()).isEqualTo("2026-09-30");
                    assertThat(n.target()).isEqualTo(NotificationTarget.of(Screen.CONTRACT_OVERVIEW, contract.id()));
                    assertThat(NotificationTexts.text(n, java.util.Locale.FRANCE))
                            .startsWith("Préavis : dernier jour le 30/09/2026 pour T-");
                });
        assertThat(of(providerAdmin, contract.id(), NotificationKind.NOTICE_DEADLINE))
                .hasSize(1);

        clock.advance(Duration.ofDays(59)); // 31 August, 30 days before
        job.sendDueAlerts();
        clock.advance(Duration.ofDays(10));
        job.sendDueAlerts();
        assertThat(of(clientAdmin, contract.id(), NotificationKind.NOTICE_DEADLINE))
                .hasSize(2);
        assertThat(of(providerAdmin, contract.id(), NotificationKind.NOTICE_DEADLINE))
                .hasSize(2);
    }

    @Test
    void no_notice_alert_for_an_express_renewal_nor_for_a_draft_contract() {
        var express = new ContractFixtures(accounts, contracts).contract(1, 1);
        Terms terms = ContractFixtures.terms(1, 2);
        ContractHeader h = terms.header();
        accounts.contractInternals()
                .adoptVersion(
                        express.id(),
                        terms.withHeader(new ContractHeader(
                                h.startDate(),
                                h.initialTermMonths(),
                                Renewal.EXPRESS,
                                h.renewalTermMonths(),
                                h.noticePeriodMonths(),
                                h.atRiskPercent(),
                                h.penaltyCapAmount())),
                        "Renouvellement exprès",
                        new Approval(express.client().admin().id(), Instant.now()),
                        new Approval(express.provider().admin().id(), Instant.now()));
        accounts.contractInternals().setStatus(express.id(), ContractStatus.ACTIVE);
        var draft = new ContractFixtures(accounts, contracts).contract(1, 1);
        NoticeDeadlineAlerts job = new NoticeDeadlineAlerts(
                accounts.contractInternals(),
                sender,
                transactions,
                new MovableClock(Instant.parse("2026-09-15T10:00:00Z")));

        job.sendDueAlerts();

        assertThat(of(express.client().admin().username(), express.id(), NotificationKind.NOTICE_DEADLINE))
                .isEmpty();
        assertThat(of(draft.client().admin().username(), draft.id(), NotificationKind.NOTICE_DEADLINE))
                .isEmpty();
    }

    @Test
    void both_contact_persons_are_alerted_once_when_a_validated_month_reaches_the_penalty_cap() {
        PerformanceFixtures fixtures = new PerformanceFixtures(accounts, contracts, deliverables);
        Terms worked = PerformanceFixtures.workedExampleTerms();
        ContractHeader h = worked.header();
        // March's credits (931,20 €) go beyond a 500 € cap
        var contract = fixtures.contract(worked.withHeader(new ContractHeader(
                h.startDate(),
                h.initialTermMonths(),
                h.renewal(),
                h.renewalTermMonths(),
                h.noticePeriodMonths(),
                h.atRiskPercent(),
                new BigDecimal("500"))));
        YearMonth march = YearMonth.of(2026, 3);
        fixtures.deliverMany(contract, INVOICES, march.atDay(10), 2, 400, QualityOutcome.FIRST_PASS, true);
        fixtures.deliver(contract, PAYROLL, march.atDay(31), 1180, QualityOutcome.FIRST_PASS, true);
        as(
                contract.providerManager(),
                () -> statements.recordMeasurement(contract.id(), march, WITHIN_48H, new BigDecimal("85")));
        as(
                contract.providerManager(),
                () -> statements.recordMeasurement(contract.id(), march, ERRORS, new BigDecimal("99.5")));

        lock(contract, march);
        as(contract.clientOwner(), () -> statements.reopen(contract.id(), march, "Correction"));
        lock(contract, march);

        for (String contact : List.of(contract.clientOwner(), contract.providerManager())) {
            assertThat(of(contact, contract.id(), NotificationKind.PENALTY_CAP_REACHED))
                    .singleElement()
                    .satisfies(n -> assertThat(NotificationTexts.text(n, java.util.Locale.FRANCE))
                            .isEqualTo("Plafond des pénalités atteint ("
                                    + Formats.money(new BigDecimal("500"), java.util.Locale.FRANCE) + ") pour "
                                    + contract.reference()));
        }
        assertThat(of(contract.clientViewer(), contract.id(), NotificationKind.PENALTY_CAP_REACHED))
                .isEmpty();
    }

    @Test
    void a_month_validated_by_one_side_is_to_do_for_the_others_approvers_until_they_validate_it() {
        PerformanceFixtures fixtures = new PerformanceFixtures(accounts, contracts, deliverables);
        var contract = fixtures.workedExample();
        YearMonth march = YearMonth.of(2026, 3);

        as(
                contract.clientOwner(),
                () -> statements.validate(
                        contract.id(),
                        march,
                        statements.statement(contract.id(), march).current().number()));

        assertThat(of(contract.providerManager(), contract.id(), NotificationKind.STATEMENT_TO_VALIDATE))
                .singleElement()
                .satisfies(n -> {
                    assertThat(NotificationTexts.text(n, java.util.Locale.FRANCE))
                            .isEqualTo("Relevé de mars 2026 à valider : "
                                    + contract.client().admin().displayName() + " l’a déjà validé");
                    assertThat(n.target())
                            .as("opens the month to validate, not the screen's default")
                            .isEqualTo(NotificationTarget.statement(contract.id(), march.toString()));
                    assertThat(NotificationBell.url(n.target())).endsWith("/statement?month=" + march);
                });
        assertThat(as(contract.providerManager(), notifications::awaitingActionCount))
                .isEqualTo(1);
        assertThat(as(contract.clientOwner(), notifications::awaitingActionCount))
                .isZero();

        as(
                contract.providerManager(),
                () -> statements.validate(
                        contract.id(),
                        march,
                        statements.statement(contract.id(), march).current().number()));

        assertThat(as(contract.providerManager(), notifications::awaitingActionCount))
                .isZero();
    }

    private void lock(PerformanceFixtures.PerformanceContract contract, YearMonth month) {
        as(
                contract.clientOwner(),
                () -> statements.validate(
                        contract.id(),
                        month,
                        statements.statement(contract.id(), month).current().number()));
        as(
                contract.providerManager(),
                () -> statements.validate(
                        contract.id(),
                        month,
                        statements.statement(contract.id(), month).current().number()));
    }

    private List<NotificationView> of(String username, UUID contractId, NotificationKind kind) {
        return as(username, () -> notifications.newest(100)).stream()
                .filter(n -> n.kind() == kind && n.target().contractId().equals(contractId))
                .toList();
    }

    private List<NotificationKind> kinds(String username, UUID contractId) {
        return as(username, () -> notifications.newest(100)).stream()
                .filter(n -> n.target().contractId().equals(contractId))
                .map(NotificationView::kind)
                .toList();
    }
}
