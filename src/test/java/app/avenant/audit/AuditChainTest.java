package app.avenant.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

import app.avenant.audit.domain.AuditChain;
import app.avenant.audit.domain.AuditCheckpoints;
import app.avenant.audit.domain.AuditHash;
import app.avenant.audit.domain.ChainKey;
import app.avenant.audit.domain.NewAuditEntry;
import app.avenant.identity.OrganisationKind;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.TestAccounts.TestOrganisation;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

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

    @Autowired
    ChainKey key;

    @Autowired
    AuditCheckpoints checkpoints;

    @Autowired
    TestAccounts accounts;

    @Autowired
    WebApplicationContext context;

    @Autowired
    ApplicationContext applicationContext;

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

    /**
     * The attack decision 0013 keys the chain against: the schema's owner deletes a row and re-chains every
     * following one exactly as the application would without the key (numbers moved down, plain SHA-256 over
     * the same canonical strings, previous hashes and the head updated). Numbers, links and head all agree:
     * only the key tells.
     */
    @Test
    void a_row_deleted_and_the_following_ones_rechained_without_the_key_is_reported_as_broken() {
        long deleted = chain.append(entry("à effacer"));
        chain.append(entry("après 1"));
        chain.append(entry("après 2"));
        assertThat(deleted).as("the test's rows are keyed").isGreaterThanOrEqualTo(key.keyedFrom());
        List<Map<String, Object>> original =
                jdbc.queryForList("select * from audit_entry where seq >= ? order by seq", deleted);
        Map<String, Object> head = jdbc.queryForMap("select last_seq, last_hash from audit_head where id = 1");

        jdbc.update("delete from audit_entry where seq = ?", deleted);
        rechainWithoutKey(deleted);
        try {
            assertThat(jdbc.queryForObject("select last_seq from audit_head where id = 1", Long.class))
                    .isEqualTo(deleted + original.size() - 2);
            IntegrityReport report = chain.verify();

            assertThat(report.intact()).isFalse();
            assertThat(report.brokenSeq()).isEqualTo(deleted);
            assertThat(report.problem()).isEqualTo(IntegrityReport.Problem.HASH_MISMATCH);
        } finally {
            jdbc.update("delete from audit_entry where seq >= ?", deleted);
            original.forEach(this::reinsert);
            jdbc.update(
                    "update audit_head set last_seq = ?, last_hash = ? where id = 1",
                    head.get("last_seq"),
                    head.get("last_hash"));
        }
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void the_last_rows_deleted_with_the_head_moved_back_are_reported_thanks_to_the_checkpoints() {
        long kept = chain.append(entry("gardée"));
        long firstDeleted = chain.append(entry("effacée 1"));
        chain.append(entry("effacée 2"));
        chain.append(entry("effacée 3"));
        checkpoints.writeNow();
        List<Map<String, Object>> tail =
                jdbc.queryForList("select * from audit_entry where seq > ? order by seq", kept);
        Map<String, Object> head = jdbc.queryForMap("select last_seq, last_hash from audit_head where id = 1");

        jdbc.update("delete from audit_entry where seq > ?", kept);
        jdbc.update(
                "update audit_head set last_seq = ?, last_hash = (select hash from audit_entry where seq = ?)"
                        + " where id = 1",
                kept,
                kept);
        try {
            IntegrityReport report = chain.verify();

            assertThat(report.intact()).isFalse();
            assertThat(report.brokenSeq()).isEqualTo(firstDeleted);
            assertThat(report.problem()).isEqualTo(IntegrityReport.Problem.TRUNCATED);
        } finally {
            tail.forEach(this::reinsert);
            jdbc.update(
                    "update audit_head set last_seq = ?, last_hash = ? where id = 1",
                    head.get("last_seq"),
                    head.get("last_hash"));
        }
        assertThat(chain.verify().intact()).isTrue();
    }

    /**
     * The application's database user may update the head: moving it back by one once made every later append
     * collide with an existing number, sign-ins included. Appends now link to the last entry itself.
     */
    @Test
    void a_head_moved_back_is_reported_and_neither_appends_nor_sign_ins_stall() throws Exception {
        long last = chain.append(entry("dernière avant la tête déplacée"));
        jdbc.update("update audit_head set last_seq = last_seq - 1 where id = 1");

        IntegrityReport moved = chain.verify();
        assertThat(moved.intact()).isFalse();
        assertThat(moved.brokenSeq()).isEqualTo(last);
        assertThat(moved.problem()).isEqualTo(IntegrityReport.Problem.BEYOND_HEAD);

        assertThat(chain.append(entry("après la tête déplacée"))).isEqualTo(last + 1);
        TestOrganisation pme = accounts.newOrganisation(OrganisationKind.CLIENT);
        mvc().perform(formLogin("/login").user(pme.member().username()).password(TestAccounts.PASSWORD))
                .andExpect(authenticated());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where action = 'LOGIN_SUCCEEDED'"
                                + " and actor_user_id = ? and seq > ?",
                        Long.class,
                        pme.member().id(),
                        last))
                .isEqualTo(1);
        assertThat(chain.verify().intact())
                .as("the next append moved the head on to the real end")
                .isTrue();
    }

    /**
     * Appends from many threads at once are written in shared transactions (group commit): every caller still
     * learns its own entry's number, the numbers follow each other without a gap, and the chain verifies.
     */
    @Test
    void concurrent_appends_each_get_their_own_number_and_the_chain_stays_whole() throws Exception {
        int writers = 8;
        int each = 40;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Map<Long, String>>> results = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                results.add(pool.submit(() -> {
                    Map<Long, String> mine = new HashMap<>();
                    for (int i = 0; i < each; i++) {
                        String details = "écrivain " + writer + " n° " + i;
                        mine.put(chain.append(entry(details)), details);
                    }
                    return mine;
                }));
            }
            Map<Long, String> all = new TreeMap<>();
            for (Future<Map<Long, String>> result : results) {
                all.putAll(result.get(60, TimeUnit.SECONDS));
            }

            assertThat(all).as("one number per append, none shared").hasSize(writers * each);
            long first = all.keySet().iterator().next();
            long count = jdbc.queryForObject(
                    "select count(*) from audit_entry where seq between ? and ?",
                    Long.class,
                    first,
                    first + writers * each - 1);
            assertThat(count).as("consecutive numbers").isEqualTo(writers * each);
            all.forEach((seq, details) -> assertThat(
                            jdbc.queryForObject("select details from audit_entry where seq = ?", String.class, seq))
                    .as("the number returned is the caller's own entry")
                    .isEqualTo(details));
            assertThat(chain.verify().intact()).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void details_and_names_longer_than_their_columns_are_cut_not_refused() {
        long seq = chain.append(new NewAuditEntry(
                Instant.now(), null, "n".repeat(500), null, null, AuditAction.LOGIN_FAILED, "d".repeat(5000)));

        assertThat(jdbc.queryForObject("select details from audit_entry where seq = ?", String.class, seq))
                .hasSize(2000);
        assertThat(chain.verify().intact()).isTrue();
    }

    /**
     * What a forger holding the schema owner's rights but not the key does after deleting {@code from}: every
     * later entry moves down one number and is hashed again with plain SHA-256, linked to its new predecessor;
     * the head follows.
     */
    private void rechainWithoutKey(long from) {
        String previous = jdbc.queryForObject("select hash from audit_entry where seq = ?", String.class, from - 1);
        List<Map<String, Object>> later =
                jdbc.queryForList("select * from audit_entry where seq > ? order by seq", from);
        long seq = from;
        for (Map<String, Object> row : later) {
            Instant at = jdbc.queryForObject(
                            "select occurred_at from audit_entry where seq = ?",
                            (rs, n) -> rs.getObject(1, LocalDateTime.class),
                            row.get("seq"))
                    .toInstant(ZoneOffset.UTC);
            String hash = AuditHash.plain(AuditHash.canonical(
                    seq,
                    at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000,
                    text(row.get("actor_user_id")),
                    (String) row.get("actor_name"),
                    text(row.get("organisation_id")),
                    text(row.get("contract_id")),
                    (String) row.get("action"),
                    (String) row.get("details"),
                    previous));
            jdbc.update(
                    "update audit_entry set seq = ?, previous_hash = ?, hash = ? where seq = ?",
                    seq,
                    previous,
                    hash,
                    row.get("seq"));
            previous = hash;
            seq++;
        }
        jdbc.update("update audit_head set last_seq = ?, last_hash = ? where id = 1", seq - 1, previous);
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value.toString();
    }

    private MockMvc mvc() {
        // another test class may have started a second context whose strategy is now the JVM-wide one
        SecurityContextHolder.setContextHolderStrategy(applicationContext.getBean(SecurityContextHolderStrategy.class));
        SecurityContextHolder.clearContext();
        return MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    private void reinsert(Map<String, Object> row) {
        jdbc.update(
                "insert into audit_entry (seq, occurred_at, actor_user_id, actor_name, organisation_id, contract_id,"
                        + " action, details, previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row.get("seq"),
                row.get("occurred_at"),
                row.get("actor_user_id"),
                row.get("actor_name"),
                row.get("organisation_id"),
                row.get("contract_id"),
                row.get("action"),
                row.get("details"),
                row.get("previous_hash"),
                row.get("hash"));
    }

    private static NewAuditEntry entry(String details) {
        return new NewAuditEntry(Instant.now(), null, "Test", null, UUID.randomUUID(), AuditAction.EXPORT, details);
    }
}
