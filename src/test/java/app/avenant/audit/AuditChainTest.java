package app.avenant.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.audit.domain.AuditChain;
import app.avenant.audit.domain.NewAuditEntry;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The hash chain against the real database. Tampering tests change the table behind the application's back
 * (as the database's owner would) and put it back as it was, so the shared chain stays intact for every
 * other test.
 */
@SpringBootTest
class AuditChainTest {

    @Autowired
    AuditChain chain;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void each_appended_entry_takes_the_next_number_and_links_to_the_hash_of_the_previous_one() {
        long first = chain.append(entry("premier"));
        long second = chain.append(entry("second"));

        assertThat(second).isEqualTo(first + 1);
        String firstHash = jdbc.queryForObject("select hash from audit_entry where seq = ?", String.class, first);
        String link = jdbc.queryForObject("select previous_hash from audit_entry where seq = ?", String.class, second);
        assertThat(link).isEqualTo(firstHash).hasSize(64);
    }

    @Test
    void an_untouched_chain_verifies_whole() {
        long last = chain.append(entry("intact"));

        IntegrityReport report = chain.verify();

        assertThat(report.intact()).as("%s", report).isTrue();
        assertThat(report.checked()).isGreaterThanOrEqualTo(last);
    }

    @Test
    void a_row_changed_directly_in_the_database_is_reported_as_the_first_broken_link() {
        long tampered = chain.append(entry("montant validé : 1 000 €"));
        chain.append(entry("après"));
        jdbc.update("update audit_entry set details = ? where seq = ?", "montant validé : 10 €", tampered);
        try {
            IntegrityReport report = chain.verify();

            assertThat(report.intact()).isFalse();
            assertThat(report.brokenSeq()).isEqualTo(tampered);
            assertThat(report.problem()).isEqualTo(IntegrityReport.Problem.HASH_MISMATCH);
        } finally {
            jdbc.update("update audit_entry set details = ? where seq = ?", "montant validé : 1 000 €", tampered);
        }
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void a_row_deleted_directly_in_the_database_is_reported_as_a_gap() {
        long deleted = chain.append(entry("à effacer"));
        chain.append(entry("après"));
        Map<String, Object> row = jdbc.queryForMap("select * from audit_entry where seq = ?", deleted);
        jdbc.update("delete from audit_entry where seq = ?", deleted);
        try {
            IntegrityReport report = chain.verify();

            assertThat(report.intact()).isFalse();
            assertThat(report.brokenSeq()).isEqualTo(deleted);
            assertThat(report.problem()).isEqualTo(IntegrityReport.Problem.GAP);
        } finally {
            reinsert(row);
        }
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void the_last_rows_deleted_are_reported_as_a_truncated_chain() {
        long deleted = chain.append(entry("dernière"));
        Map<String, Object> row = jdbc.queryForMap("select * from audit_entry where seq = ?", deleted);
        jdbc.update("delete from audit_entry where seq = ?", deleted);
        try {
            IntegrityReport report = chain.verify();

            assertThat(report.brokenSeq()).isEqualTo(deleted);
            assertThat(report.problem()).isEqualTo(IntegrityReport.Problem.TRUNCATED);
        } finally {
            reinsert(row);
        }
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void details_and_names_longer_than_their_columns_are_cut_not_refused() {
        long seq = chain.append(new NewAuditEntry(Instant.now(), null, "n".repeat(500), null, null,
                AuditAction.LOGIN_FAILED, "d".repeat(5000)));

        assertThat(jdbc.queryForObject("select details from audit_entry where seq = ?", String.class, seq)).hasSize(2000);
        assertThat(chain.verify().intact()).isTrue();
    }

    private void reinsert(Map<String, Object> row) {
        jdbc.update("insert into audit_entry (seq, occurred_at, actor_user_id, actor_name, organisation_id, contract_id,"
                        + " action, details, previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row.get("seq"), row.get("occurred_at"), row.get("actor_user_id"), row.get("actor_name"),
                row.get("organisation_id"), row.get("contract_id"), row.get("action"), row.get("details"),
                row.get("previous_hash"), row.get("hash"));
    }

    private static NewAuditEntry entry(String details) {
        return new NewAuditEntry(Instant.now(), null, "Test", null, UUID.randomUUID(), AuditAction.EXPORT, details);
    }
}
