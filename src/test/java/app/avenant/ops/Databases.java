package app.avenant.ops;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

/**
 * Direct access to the portal's database from outside the portal, as an operator (or a crash investigator)
 * would have it: the H2 file of a data folder once the portal is down, or the MariaDB server at any time.
 */
final class Databases {

    static final String MARIADB_USER = env("AVENANT_OPS_DB_USER", "root");
    static final String MARIADB_PASSWORD = env("AVENANT_OPS_DB_PASSWORD", "");
    private static final String MARIADB_SERVER = env("AVENANT_OPS_DB_SERVER", "jdbc:mariadb://127.0.0.1:3306/");

    private Databases() {}

    static String mariadbUrl(String database) {
        return MARIADB_SERVER + database;
    }

    static Connection mariadb(String database) throws SQLException {
        return DriverManager.getConnection(mariadbUrl(database), MARIADB_USER, MARIADB_PASSWORD);
    }

    /** A fresh, empty database of that name (dropped first if a previous run left it). */
    static void recreateMariadb(String database) throws SQLException {
        try (Connection server = DriverManager.getConnection(MARIADB_SERVER, MARIADB_USER, MARIADB_PASSWORD);
                Statement st = server.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + database);
            st.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    static void dropMariadb(String database) throws SQLException {
        try (Connection server = DriverManager.getConnection(MARIADB_SERVER, MARIADB_USER, MARIADB_PASSWORD);
                Statement st = server.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + database);
        }
    }

    /** The embedded database of a data folder; only while no portal has it open. */
    static Connection h2(Path dataDir) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:h2:file:" + dataDir.resolve("avenant").toAbsolutePath()
                        + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;IFEXISTS=TRUE",
                "sa",
                "");
    }

    /**
     * An API token of the provider of AV-2026-001 (the demo's Compta Services Lyon), stored as the portal
     * stores one (its SHA-256), so a test can call the API without clicking through "Jetons d'API".
     */
    static String createProviderToken(Connection db) throws Exception {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String token = "avt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String hash = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        try (PreparedStatement insert = db.prepareStatement("""
                insert into api_token (id, organisation_id, name, token_hash, display_prefix, created_by, created_at, version)
                select ?, organisation_id, 'ops test', ?, ?, id, current_timestamp, 0
                from user_account where username = 'julien.moreau'""")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, hash);
            insert.setString(3, token.substring(0, 10));
            if (insert.executeUpdate() != 1) {
                throw new IllegalStateException("No demo account julien.moreau: is the demo data there?");
            }
        }
        return token;
    }

    /** How many deliverables each batch left, by batch name, for references "prefix-batch-item". */
    static Map<String, Integer> storedPerBatch(Connection db, String prefix) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (PreparedStatement query =
                db.prepareStatement("select reference from deliverable where reference like ?")) {
            query.setString(1, prefix + "-%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String reference = rows.getString(1);
                    counts.merge(reference.substring(0, reference.lastIndexOf('-')), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    static long count(Connection db, String table) throws SQLException {
        try (Statement st = db.createStatement();
                ResultSet rows = st.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
