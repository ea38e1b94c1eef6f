package app.avenant.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.avenant.audit.domain.AuditChain;
import app.avenant.audit.domain.AuditHash;
import app.avenant.audit.domain.ChainKey;
import app.avenant.audit.domain.NewAuditEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.junit.jupiter.EnabledIf;

/**
 * The restricted application user of config/mariadb-app-user.sql, on MariaDB only: created by the script
 * itself (run as the schema's owner, the test's own connection), it appends to the trail with the
 * application's statements (lock the head, read the last entry, insert the next one, move the head on), is
 * refused any UPDATE or DELETE on the trail, and cannot stall appends by moving the head back.
 */
@SpringBootTest
@EnabledIf(expression = "#{environment['spring.datasource.url'].startsWith('jdbc:mariadb')}", loadContext = true)
class MariaDbAppUserTest {

    private static final String PASSWORD = "Audit-" + UUID.randomUUID();
    private static final DateTimeFormatter UTC_TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);

    @Autowired
    DataSource ownerDataSource;

    @Autowired
    AuditChain chain;

    @Autowired
    ChainKey key;

    @Value("${spring.datasource.url}")
    String url;

    @Test
    void the_application_user_appends_to_the_trail_but_can_neither_update_nor_delete_it_nor_stall_it()
            throws Exception {
        try (Connection owner = ownerDataSource.getConnection();
                Statement st = owner.createStatement()) {
            st.execute("SET @app_password = '" + PASSWORD + "'");
            for (String statement : statements(Files.readString(Path.of("config/mariadb-app-user.sql")))) {
                st.execute(statement);
            }
        }

        try (Connection app = DriverManager.getConnection(url, "avenant_app", PASSWORD)) {
            long seq = append(app, "écrit par avenant_app");

            assertThat(chain.verify().intact()).isTrue();

            // the head is the one row it may update: moving it back must neither stall appends nor go unseen
            try (Statement st = app.createStatement()) {
                assertThat(st.executeUpdate("update audit_head set last_seq = last_seq - 1 where id = 1"))
                        .isEqualTo(1);
            }
            IntegrityReport moved = chain.verify();
            assertThat(moved.intact()).isFalse();
            assertThat(moved.problem()).isEqualTo(IntegrityReport.Problem.BEYOND_HEAD);
            assertThat(moved.brokenSeq()).isEqualTo(seq);
            long next = chain.append(new NewAuditEntry(
                    Instant.now(), null, "Test", null, null, AuditAction.EXPORT, "après la tête déplacée"));
            assertThat(next).isEqualTo(seq + 1);
            assertThat(append(app, "écrit par avenant_app, encore")).isEqualTo(seq + 2);
            assertThat(chain.verify().intact()).isTrue();
            try (Statement st = app.createStatement()) {
                assertThat(count(st, "select count(*) from contract")).isNotNegative();
                assertThatThrownBy(() -> st.executeUpdate("update audit_entry set details = 'x' where seq = " + seq))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("denied");
                assertThatThrownBy(() -> st.executeUpdate("delete from audit_entry where seq = " + seq))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("denied");
                assertThatThrownBy(() -> st.executeUpdate("delete from audit_head"))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("denied");
                assertThatThrownBy(() -> st.executeUpdate("truncate table audit_entry"))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("denied");
            }
        }
        assertThat(chain.verify().intact()).isTrue();
    }

    /** What AuditChain.append has Hibernate do, statement for statement, in one transaction. */
    private long append(Connection app, String details) throws SQLException {
        app.setAutoCommit(false);
        try {
            long lastSeq;
            String lastHash;
            try (Statement st = app.createStatement()) {
                // the head is only the lock; the last entry itself says where the chain ends
                st.executeQuery("select last_seq from audit_head where id = 1 for update")
                        .close();
                try (ResultSet last = st.executeQuery("select seq, hash from audit_entry order by seq desc limit 1")) {
                    boolean any = last.next();
                    lastSeq = any ? last.getLong(1) : 0;
                    lastHash = any ? last.getString(2) : AuditHash.GENESIS;
                }
            }
            long seq = lastSeq + 1;
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            String contract = UUID.randomUUID().toString();
            String hash = key.hash(
                    seq,
                    AuditHash.canonical(
                            seq,
                            now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000,
                            null,
                            "avenant_app",
                            null,
                            contract,
                            AuditAction.EXPORT.name(),
                            details,
                            lastHash));
            try (PreparedStatement insert = app.prepareStatement("insert into audit_entry (seq, occurred_at,"
                    + " actor_user_id, actor_name, organisation_id, contract_id, action, details, previous_hash, hash)"
                    + " values (?, ?, null, ?, null, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, seq);
                insert.setString(2, UTC_TIMESTAMP.format(now));
                insert.setString(3, "avenant_app");
                insert.setString(4, contract);
                insert.setString(5, AuditAction.EXPORT.name());
                insert.setString(6, details);
                insert.setString(7, lastHash);
                insert.setString(8, hash);
                insert.executeUpdate();
            }
            try (PreparedStatement update =
                    app.prepareStatement("update audit_head set last_seq = ?, last_hash = ? where id = 1")) {
                update.setLong(1, seq);
                update.setString(2, hash);
                update.executeUpdate();
            }
            app.commit();
            return seq;
        } catch (SQLException | RuntimeException e) {
            app.rollback();
            throw e;
        } finally {
            app.setAutoCommit(true);
        }
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The script's statements, as the mariadb client splits them: by ";" or by the DELIMITER in force. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        String delimiter = ";";
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || (trimmed.isEmpty() && current.isEmpty())) {
                continue;
            }
            if (trimmed.toUpperCase().startsWith("DELIMITER ")) {
                delimiter = trimmed.substring("DELIMITER ".length()).strip();
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(delimiter)) {
                String statement = current.toString().strip();
                statements.add(statement
                        .substring(0, statement.length() - delimiter.length())
                        .strip());
                current.setLength(0);
            }
        }
        return statements.stream().filter(s -> !s.isEmpty()).toList();
    }
}
