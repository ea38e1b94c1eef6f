package app.avenant.change.draft;

import static app.avenant.change.ChangeFixtures.withBaseline;
import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.avenant.change.ChangeFixtures;
import app.avenant.change.ChangeFixtures.TestContract;
import app.avenant.change.ChangeRequestDetail;
import app.avenant.change.ChangeRequestNotFoundException;
import app.avenant.change.ChangeRequests;
import app.avenant.change.NewChangeRequest;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.contract.terms.Terms;
import app.avenant.identity.UserRef;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Unsaved edits kept in the database: only their author reads them, and they go when they become pointless. */
@SpringBootTest
class ProposalDraftsTest {

    @Autowired
    ProposalDrafts drafts;

    @Autowired
    ChangeRequests changes;

    @Autowired
    ChangeFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private TestContract contract;
    private UUID id;
    private ChangeRequestDetail opened;

    @BeforeEach
    void aDraftRequestOfTheClientEditor() {
        contract = fixtures.contract(1);
        id = as(
                contract.clientEditor().username(),
                () -> changes.propose(
                        contract.id(),
                        new NewChangeRequest("Hausse des volumes", "Activité en hausse", ObjectiveKind.CONTINUITY)));
        opened = detail(contract.clientEditor());
    }

    private ChangeRequestDetail detail(UserRef user) {
        return as(user.username(), () -> changes.detail(id));
    }

    private Terms edited() {
        return withBaseline(opened.proposed(), "item-0", 1300);
    }

    private void keepAs(UserRef user, Terms terms, String note) {
        Instant kept = as(
                user.username(), () -> drafts.keep(id, opened.latest().number(), null, opened.proposed(), terms, note));
        assertThat(kept).isNotNull();
    }

    private Optional<StoredDraft> mineAs(UserRef user) {
        return as(user.username(), () -> drafts.mine(id));
    }

    @Test
    void edits_kept_are_given_back_to_their_author_as_typed_with_the_note_and_when() {
        Instant before = Instant.now().minusSeconds(1);
        keepAs(contract.clientEditor(), edited(), "Saison haute");

        StoredDraft draft = mineAs(contract.clientEditor()).orElseThrow();

        assertThat(draft.terms()).isEqualTo(edited());
        assertThat(draft.startedFrom()).isEqualTo(opened.proposed());
        assertThat(draft.note()).isEqualTo("Saison haute");
        assertThat(draft.revision()).isEqualTo(opened.latest().number());
        assertThat(draft.inForceVersion()).isNull();
        assertThat(draft.savedAt()).isAfter(before);
    }

    @Test
    void a_second_keep_replaces_the_first() {
        keepAs(contract.clientEditor(), edited(), "");
        keepAs(contract.clientEditor(), withBaseline(opened.proposed(), "item-0", 1400), "Plutôt 1 400");

        StoredDraft draft = mineAs(contract.clientEditor()).orElseThrow();
        assertThat(draft.note()).isEqualTo("Plutôt 1 400");
        assertThat(jdbc.queryForObject(
                        "select count(*) from proposal_draft where change_request_id = ?", Long.class, id))
                .isEqualTo(1L);
    }

    @Test
    void nobody_else_reads_it_not_even_a_colleague_of_the_same_side() {
        keepAs(contract.clientEditor(), edited(), "Saison haute");

        assertThat(mineAs(contract.clientOwner())).isEmpty();
        assertThat(mineAs(contract.clientViewer())).isEmpty();
        assertThat(mineAs(contract.providerManager())).isEmpty();
        assertThat(mineAs(contract.clientEditor())).isPresent();
    }

    @Test
    void a_stranger_to_the_contract_is_told_the_request_does_not_exist() {
        keepAs(contract.clientEditor(), edited(), "Saison haute");
        String outsider = contract.outsider().admin().username();

        assertThatThrownBy(() -> as(outsider, () -> drafts.mine(id)))
                .isInstanceOf(ChangeRequestNotFoundException.class);
        assertThatThrownBy(() -> as(outsider, () -> drafts.keep(id, 1, null, opened.proposed(), edited(), "")))
                .isInstanceOf(ChangeRequestNotFoundException.class);
        assertThatThrownBy(() -> as(outsider, () -> {
                    drafts.discard(id);
                    return null;
                }))
                .isInstanceOf(ChangeRequestNotFoundException.class);
        assertThat(mineAs(contract.clientEditor())).isPresent();
    }

    @Test
    void nothing_is_kept_for_someone_who_may_not_revise_the_request() {
        // a viewer, and the other side while the request is still a draft of the client's side
        assertThat(as(
                        contract.clientViewer().username(),
                        () -> drafts.keep(id, 1, null, opened.proposed(), edited(), "")))
                .isNull();
        assertThat(as(
                        contract.providerEditor().username(),
                        () -> drafts.keep(id, 1, null, opened.proposed(), edited(), "")))
                .isNull();
        assertThat(jdbc.queryForObject(
                        "select count(*) from proposal_draft where change_request_id = ?", Long.class, id))
                .isZero();
    }

    @Test
    void saving_the_revision_deletes_its_authors_draft() {
        keepAs(contract.clientEditor(), edited(), "Saison haute");

        as(contract.clientEditor().username(), () -> {
            changes.revise(id, opened.version(), edited(), "Saison haute");
            return null;
        });

        assertThat(mineAs(contract.clientEditor())).isEmpty();
    }

    @Test
    void someone_elses_revision_leaves_the_draft_to_be_carried_onto_it() {
        as(contract.clientEditor().username(), () -> {
            changes.revise(id, opened.version(), edited(), "Saison haute");
            changes.submit(id, changes.detail(id).version());
            return null;
        });
        opened = detail(contract.clientEditor());
        keepAs(contract.clientEditor(), withBaseline(opened.proposed(), "item-0", 1400), "");

        ChangeRequestDetail provider = detail(contract.providerEditor());
        as(contract.providerEditor().username(), () -> {
            changes.revise(
                    id, provider.version(), withBaseline(provider.proposed(), "item-0", 900), "Contre-proposition");
            return null;
        });

        StoredDraft draft = mineAs(contract.clientEditor()).orElseThrow();
        assertThat(draft.revision())
                .isLessThan(detail(contract.clientEditor()).latest().number());
    }

    @Test
    void abandoning_deletes_it() {
        keepAs(contract.clientEditor(), edited(), "Saison haute");

        as(contract.clientEditor().username(), () -> {
            drafts.discard(id);
            return null;
        });

        assertThat(mineAs(contract.clientEditor())).isEmpty();
    }

    @Test
    void withdrawing_the_request_deletes_every_draft_of_it() {
        keepAs(contract.clientEditor(), edited(), "Saison haute");
        keepAs(contract.clientOwner(), edited(), "Moi aussi");

        as(contract.clientEditor().username(), () -> {
            changes.withdraw(id);
            return null;
        });

        assertThat(jdbc.queryForObject(
                        "select count(*) from proposal_draft where change_request_id = ?", Long.class, id))
                .isZero();
    }

    @Test
    void rejecting_the_request_deletes_every_draft_of_it() {
        as(contract.clientEditor().username(), () -> {
            changes.revise(id, opened.version(), edited(), "Saison haute");
            changes.submit(id, changes.detail(id).version());
            return null;
        });
        opened = detail(contract.clientEditor());
        keepAs(contract.clientEditor(), withBaseline(opened.proposed(), "item-0", 1400), "");

        as(contract.providerManager().username(), () -> {
            changes.reject(id, "Trop cher");
            return null;
        });

        assertThat(jdbc.queryForObject(
                        "select count(*) from proposal_draft where change_request_id = ?", Long.class, id))
                .isZero();
    }

    @Test
    void drafts_untouched_for_thirty_days_are_purged_and_newer_ones_stay() {
        keepAs(contract.clientEditor(), edited(), "Ancien");
        keepAs(contract.clientOwner(), edited(), "Récent");
        jdbc.update(
                "update proposal_draft set updated_at = ? where change_request_id = ? and note = 'Ancien'",
                Timestamp.from(Instant.now().minus(31, ChronoUnit.DAYS)),
                id);

        assertThat(drafts.purgeExpired()).isGreaterThanOrEqualTo(1);

        assertThat(mineAs(contract.clientEditor())).isEmpty();
        assertThat(mineAs(contract.clientOwner())).isPresent();
    }

    @Test
    void a_document_that_cannot_be_read_any_more_is_ignored_not_thrown() {
        keepAs(contract.clientEditor(), edited(), "Saison haute");
        jdbc.update("update proposal_draft set terms = ? where change_request_id = ?", "{\"old\": true", id);

        assertThat(mineAs(contract.clientEditor())).isEmpty();

        // and the next keep replaces it
        keepAs(contract.clientEditor(), edited(), "Saison haute");
        assertThat(mineAs(contract.clientEditor())).isPresent();
    }
}
