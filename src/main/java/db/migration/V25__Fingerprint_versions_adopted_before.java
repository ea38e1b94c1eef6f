package db.migration;

import app.avenant.contract.domain.TermsFingerprint;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration 25: the fingerprint of every version adopted before migration 24 added the column, computed from the
 * terms exactly as they were stored (SQL has no portable SHA-256 over H2 and MariaDB, and the fingerprint must be
 * the one {@code ContractVersion} computes). Found by Flyway on the class path beside the SQL migrations, not as a
 * Spring bean: a context holding only some modules (a module's own tests) must still know every migration the
 * database has run, or Flyway refuses to start on it.
 */
public class V25__Fingerprint_versions_adopted_before extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (PreparedStatement read = connection.prepareStatement(
                        "select id, contract_id, number, terms from contract_version where terms_fingerprint is null");
                PreparedStatement write =
                        connection.prepareStatement("update contract_version set terms_fingerprint = ? where id = ?");
                ResultSet rows = read.executeQuery()) {
            while (rows.next()) {
                UUID contractId = UUID.fromString(rows.getString("contract_id"));
                write.setString(1, TermsFingerprint.of(contractId, rows.getInt("number"), rows.getString("terms")));
                write.setObject(2, rows.getObject("id"));
                write.addBatch();
            }
            write.executeBatch();
        }
    }
}
