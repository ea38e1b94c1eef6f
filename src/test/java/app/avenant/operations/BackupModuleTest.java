package app.avenant.operations;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.testing.MovableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The operations module started alone (Spring Modulith's module test: none of the domain modules, only the
 * database and the actuator): it depends on no other module, and its backup needs none of them.
 */
@ApplicationModuleTest
@TestPropertySource(
        properties = {
            // H2's BACKUP TO refuses an in-memory database: a file database of this test's own. With the "mariadb"
            // profile the profile's URL wins, and the endpoint answers with the server's own tool instead.
            "AVENANT_H2_URL=jdbc:h2:file:${avenant.data-dir}/operations-module-${random.uuid}/avenant;MODE=MariaDB;DATABASE_TO_LOWER=TRUE"
        })
class BackupModuleTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedTime {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(Instant.parse("2026-12-05T09:30:00Z"));
        }
    }

    @Autowired
    BackupEndpoint backup;

    @Autowired
    DataSource dataSource;

    @Test
    void the_module_alone_backs_up_the_embedded_database_into_a_zip_named_after_the_clock() throws Exception {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        }

        Map<String, Object> answer = backup.backup();

        assertThat(answer).containsEntry("database", product);
        if (!"H2".equalsIgnoreCase(product)) {
            assertThat(answer.get("backup")).asString().contains("mariadb-dump --single-transaction");
            return;
        }
        Path file = Path.of((String) answer.get("file"));
        assertThat(file.getFileName()).hasToString("avenant-20261205-093000-000.zip");
        assertThat(answer).containsEntry("bytes", Files.size(file));
        List<String> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(entry.getName());
            }
        }
        assertThat(entries).containsExactly("avenant.mv.db");
    }
}
