package app.avenant.contract.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 25: the fingerprint of every version adopted before migration 24 added the column, computed from the
 * terms exactly as they were stored (SQL has no portable SHA-256 over H2 and MariaDB, and the fingerprint must be
 * the one {@link ContractVersion} computes). A bean, so it stays with the contract module; Spring Boot hands Flyway
 * every {@code JavaMigration} bean (not a {@code BaseJavaMigration}, which takes its version from a class name
 * such as {@code V25__…}).
 */
@Component
class FingerprintVersionsAdoptedBefore implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("25");
    }

    @Override
    public String getDescription() {
        return "fingerprint versions adopted before";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

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
