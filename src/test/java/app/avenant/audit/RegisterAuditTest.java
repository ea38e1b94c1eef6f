package app.avenant.audit;

import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.avenant.contract.ContractFixtures;
import app.avenant.contract.ContractFixtures.TestContract;
import app.avenant.contract.ContractRole;
import app.avenant.contract.Contracts;
import app.avenant.governance.AccessRegister;
import app.avenant.governance.Art28Item;
import app.avenant.governance.Art28Status;
import app.avenant.governance.GovernanceRuleException;
import app.avenant.governance.NewRegisterEntry;
import app.avenant.governance.NewReview;
import app.avenant.governance.Reviews;
import app.avenant.shared.i18n.Translations;
import app.avenant.testing.TestAccounts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The access register, its RGPD checklist and the re-certification a held comité opens, as the contract's
 * owners read them in the audit trail: who did it, on which contract, to which system or item.
 */
@SpringBootTest
class RegisterAuditTest {

    @Autowired
    ApplicationContext applicationContext;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Contracts contracts;

    @Autowired
    AccessRegister register;

    @Autowired
    Reviews reviews;

    @Autowired
    AuditTrail trail;

    @Autowired
    Clock clock;

    TestContract contract;
    String owner;
    String manager;
    LocalDate today;

    @BeforeEach
    void aContract() {
        // another test class may have started a second context whose strategy is now the JVM-wide one
        SecurityContextHolder.setContextHolderStrategy(applicationContext.getBean(SecurityContextHolderStrategy.class));
        contract = new ContractFixtures(accounts, contracts).contract(1, 1);
        owner = contract.client().admin().username();
        manager = contract.provider().admin().username();
        today = LocalDate.now(clock);
    }

    private NewRegisterEntry entry(String system, boolean personal, LocalDate revokedOn) {
        return new NewRegisterEntry(
                system, "factures fournisseurs, RIB", personal, today.minusMonths(3), revokedOn, "");
    }

    @Test
    void declaring_correcting_and_revoking_an_access_each_leave_an_entry_naming_the_author_and_the_system() {
        UUID id = as(manager, () -> register.addEntry(contract.id(), entry("  ERP Sage 100 ", false, null)));
        as(owner, () -> register.updateEntry(id, entry("ERP Sage 100", true, null)));
        as(owner, () -> register.revokeEntry(id, today.plusDays(7)));

        assertThat(entries(AuditAction.REGISTER_ENTRY_ADDED)).singleElement().satisfies(e -> {
            assertThat(e.actorUserId()).isEqualTo(contract.provider().admin().id());
            assertThat(e.organisationName()).isNotBlank();
            assertThat(e.details()).isEqualTo("entry=" + id + " personalData=false system=ERP Sage 100");
        });
        assertThat(entries(AuditAction.REGISTER_ENTRY_UPDATED)).singleElement().satisfies(e -> {
            assertThat(e.actorUserId()).isEqualTo(contract.client().admin().id());
            assertThat(e.details()).isEqualTo("entry=" + id + " personalData=true revokedOn=none system=ERP Sage 100");
        });
        assertThat(entries(AuditAction.REGISTER_ENTRY_REVOKED)).singleElement().satisfies(e -> {
            assertThat(e.actorUserId()).isEqualTo(contract.client().admin().id());
            assertThat(e.details())
                    .isEqualTo("entry=" + id + " revokedOn=" + today.plusDays(7) + " system=ERP Sage 100");
        });
        assertThat(as(owner, () -> trail.verifyFromContract(contract.id())).intact())
                .isTrue();
    }

    @Test
    void setting_an_article_28_item_and_going_through_the_register_in_comite_are_recorded() {
        UUID held = as(
                owner,
                () -> reviews.plan(
                        contract.id(), new NewReview(LocalDateTime.now(clock).minusHours(1), 60, "Comité")));

        as(
                manager,
                () -> register.setChecklistItem(
                        contract.id(),
                        Art28Item.SUB_PROCESSORS,
                        Art28Status.NON_CONFORME,
                        "Sous-traitant ultérieur non déclaré"));
        as(owner, () -> register.markReviewed(contract.id(), held));
        as(owner, () -> register.markReviewed(contract.id(), null));

        assertThat(entries(AuditAction.REGISTER_CHECKLIST_SET)).singleElement().satisfies(e -> {
            assertThat(e.actorUserId()).isEqualTo(contract.provider().admin().id());
            assertThat(e.details()).isEqualTo("item=SUB_PROCESSORS status=NON_CONFORME");
        });
        assertThat(entries(AuditAction.REGISTER_REVIEWED))
                .allSatisfy(e -> assertThat(e.actorUserId())
                        .isEqualTo(contract.client().admin().id()))
                .extracting(AuditEntryView::details)
                .containsExactlyInAnyOrder("review=" + held, "review=none");
    }

    @Test
    void holding_a_review_records_the_re_certification_round_it_opens_and_its_last_day() {
        UUID held = as(
                owner,
                () -> reviews.plan(
                        contract.id(), new NewReview(LocalDateTime.now(clock).minusHours(1), 60, "Comité")));

        as(owner, () -> reviews.markHeld(held));

        assertThat(entries(AuditAction.RECERTIFICATION_OPENED)).singleElement().satisfies(e -> {
            assertThat(e.actorUserId()).isEqualTo(contract.client().admin().id());
            assertThat(e.details()).startsWith("from=").endsWith(" due=" + today.plusDays(14));
        });
        assertThat(as(owner, () -> trail.verifyFromContract(contract.id())).intact())
                .isTrue();
    }

    @Test
    void a_refused_change_to_the_register_leaves_no_entry() {
        UUID id = as(owner, () -> register.addEntry(contract.id(), entry("Banque en ligne", false, null)));
        as(owner, () -> register.revokeEntry(id, today));
        String viewer = contract.provider().member().username();
        accounts.contractInternals()
                .enrol(contract.id(), contract.provider().member().id(), ContractRole.PROVIDER_VIEWER, false);

        assertThatThrownBy(() -> as(owner, () -> register.addEntry(contract.id(), entry("   ", false, null))))
                .isInstanceOf(GovernanceRuleException.class);
        assertThatThrownBy(() ->
                        as(owner, () -> register.updateEntry(id, entry("Banque en ligne", false, today.minusYears(1)))))
                .isInstanceOf(GovernanceRuleException.class);
        assertThatThrownBy(() -> as(owner, () -> register.revokeEntry(id, today)))
                .isInstanceOf(GovernanceRuleException.class);
        assertThatThrownBy(() -> as(
                        owner,
                        () -> register.setChecklistItem(
                                contract.id(), Art28Item.AUDITS, Art28Status.CONFORME, "x".repeat(5000))))
                .isInstanceOf(GovernanceRuleException.class);
        assertThatThrownBy(() -> as(owner, () -> register.markReviewed(contract.id(), UUID.randomUUID())))
                .isInstanceOf(GovernanceRuleException.class);
        assertThatThrownBy(() -> as(viewer, () -> register.addEntry(contract.id(), entry("CRM", false, null))))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(entries(AuditAction.REGISTER_ENTRY_ADDED)).hasSize(1);
        assertThat(entries(AuditAction.REGISTER_ENTRY_REVOKED)).hasSize(1);
        assertThat(entries(AuditAction.REGISTER_ENTRY_UPDATED)).isEmpty();
        assertThat(entries(AuditAction.REGISTER_CHECKLIST_SET)).isEmpty();
        assertThat(entries(AuditAction.REGISTER_REVIEWED)).isEmpty();
        assertThat(as(owner, () -> trail.verifyFromContract(contract.id())).intact())
                .isTrue();
    }

    @Test
    void every_action_of_the_trail_has_a_french_and_an_english_label() {
        Map<String, Set<String>> keys = Translations.keysByLanguage();

        for (AuditAction action : AuditAction.values()) {
            assertThat(keys.values())
                    .as(action.name())
                    .allSatisfy(language -> assertThat(language).contains(action.labelKey()));
        }
    }

    /** The contract's trail as its PME owner reads it, this one action only. */
    private List<AuditEntryView> entries(AuditAction action) {
        return as(owner, () -> trail.entriesOfContract(contract.id(), 0, 500)).stream()
                .filter(e -> e.action() == action)
                .toList();
    }
}
