package app.avenant.change.draft;

import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.avenant.change.ChangeFixtures;
import app.avenant.change.ChangeFixtures.TestContract;
import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.identity.UserRef;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** What was typed in the new-request dialog is kept for its author alone, per contract, until created or cancelled. */
@SpringBootTest
class NewRequestDraftsTest {

    @Autowired
    NewRequestDrafts drafts;

    @Autowired
    ChangeFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private TestContract contract;

    @BeforeEach
    void aContract() {
        contract = fixtures.contract(1);
    }

    private void keepAs(UserRef user, String title, String reason, ObjectiveKind serves) {
        Instant kept = as(user.username(), () -> drafts.keep(contract.id(), title, reason, serves));
        assertThat(kept).isNotNull();
    }

    private Optional<KeptNewRequest> mineAs(UserRef user) {
        return as(user.username(), () -> drafts.mine(contract.id()));
    }

    private long rows() {
        return jdbc.queryForObject(
                "select count(*) from new_request_draft where contract_id = ?", Long.class, contract.id());
    }

    @Test
    void what_was_typed_is_given_back_to_its_author_with_when() {
        Instant before = Instant.now().minusSeconds(1);
        keepAs(contract.clientEditor(), "Passer à 1 300 factures", "Activité en hausse", ObjectiveKind.CONTINUITY);

        KeptNewRequest kept = mineAs(contract.clientEditor()).orElseThrow();

        assertThat(kept.title()).isEqualTo("Passer à 1 300 factures");
        assertThat(kept.reason()).isEqualTo("Activité en hausse");
        assertThat(kept.serves()).isEqualTo(ObjectiveKind.CONTINUITY);
        assertThat(kept.savedAt()).isAfter(before);
    }

    @Test
    void a_second_keep_replaces_the_first_and_a_title_over_its_limit_is_kept_whole() {
        keepAs(contract.clientEditor(), "Premier", "", ObjectiveKind.COST);
        String longTitle = "x".repeat(260);
        as(contract.clientEditor().username(), () -> drafts.keep(contract.id(), longTitle, "Raison", null));

        KeptNewRequest kept = mineAs(contract.clientEditor()).orElseThrow();
        assertThat(kept.title()).isEqualTo(longTitle);
        assertThat(kept.serves()).isNull();
        assertThat(rows()).isEqualTo(1L);
    }

    @Test
    void nobody_else_reads_it_not_even_a_colleague_of_the_same_side() {
        keepAs(contract.clientEditor(), "Mon titre", "Ma raison", ObjectiveKind.COST);

        assertThat(mineAs(contract.clientOwner())).isEmpty();
        assertThat(mineAs(contract.providerManager())).isEmpty();
        assertThat(mineAs(contract.clientEditor())).isPresent();
    }

    @Test
    void a_stranger_to_the_contract_is_told_it_does_not_exist_and_changes_nothing() {
        keepAs(contract.clientEditor(), "Mon titre", "Ma raison", ObjectiveKind.COST);
        String outsider = contract.outsider().admin().username();

        assertThatThrownBy(() -> as(outsider, () -> drafts.mine(contract.id())))
                .isInstanceOf(ContractNotFoundException.class);
        assertThatThrownBy(() -> as(outsider, () -> drafts.keep(contract.id(), "Intrus", "", null)))
                .isInstanceOf(ContractNotFoundException.class);
        assertThatThrownBy(() -> as(outsider, () -> {
                    drafts.discard(contract.id());
                    return null;
                }))
                .isInstanceOf(ContractNotFoundException.class);
        assertThat(mineAs(contract.clientEditor())).map(KeptNewRequest::title).contains("Mon titre");
    }

    @Test
    void nothing_is_kept_for_a_viewer_who_may_not_propose() {
        assertThat(as(contract.clientViewer().username(), () -> drafts.keep(contract.id(), "Titre", "Raison", null)))
                .isNull();
        assertThat(rows()).isZero();
    }

    @Test
    void discarding_or_erasing_everything_deletes_it() {
        keepAs(contract.clientEditor(), "Mon titre", "", null);
        as(contract.clientEditor().username(), () -> drafts.keep(contract.id(), " ", "", null));
        assertThat(mineAs(contract.clientEditor())).isEmpty();

        keepAs(contract.clientEditor(), "Mon titre", "", null);
        keepAs(contract.clientOwner(), "Le sien", "", null);
        as(contract.clientEditor().username(), () -> {
            drafts.discard(contract.id());
            return null;
        });

        assertThat(mineAs(contract.clientEditor())).isEmpty();
        assertThat(mineAs(contract.clientOwner())).isPresent();
    }

    @Test
    void texts_untouched_for_thirty_days_are_purged_and_newer_ones_stay() {
        keepAs(contract.clientEditor(), "Ancien", "", null);
        keepAs(contract.clientOwner(), "Récent", "", null);
        jdbc.update(
                "update new_request_draft set updated_at = ? where contract_id = ? and title = 'Ancien'",
                Timestamp.from(Instant.now().minus(31, ChronoUnit.DAYS)),
                contract.id());

        assertThat(drafts.purgeExpired()).isGreaterThanOrEqualTo(1);

        assertThat(mineAs(contract.clientEditor())).isEmpty();
        assertThat(mineAs(contract.clientOwner())).isPresent();
    }
}
