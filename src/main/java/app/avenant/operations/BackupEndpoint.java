package app.avenant.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

/**
 * {@code POST /actuator/backup} on the management port: an online backup of the embedded H2 database while
 * the portal keeps serving ({@code BACKUP TO}: a consistent copy of the committed data, in a zip holding
 * {@code avenant.mv.db}), written to {@code <data folder>/backups/avenant-<UTC time>.zip}. Restoring is
 * unzipping that file into an empty data folder (see the README). On MariaDB the database server is backed
 * up with its own tool ({@code mariadb-dump --single-transaction}), so this answers how instead.
 */
@Component
@Endpoint(id = "backup")
class BackupEndpoint {

    private static final Logger log = LoggerFactory.getLogger(BackupEndpoint.class);
    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final DataSource dataSource;
    private final Path backups;
    private final Clock clock;

    BackupEndpoint(DataSource dataSource, @Value("${avenant.data-dir:./data}") String dataDir, Clock clock) {
        this.dataSource = dataSource;
        this.backups = Path.of(dataDir, "backups").toAbsolutePath().normalize();
        this.clock = clock;
    }

    @WriteOperation
    Map<String, Object> backup() throws SQLException, IOException {
        Map<String, Object> answer = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if (!"H2".equalsIgnoreCase(product)) {
                answer.put("database", product);
                answer.put(
                        "backup",
                        "not done here: back up the database server with "
                                + "mariadb-dump --single-transaction (see the README)");
                return answer;
            }
            Files.createDirectories(backups);
            Instant start = clock.instant();
            Path file = backups.resolve("avenant-" + FILE_TIME.format(start) + ".zip");
            try (Statement statement = connection.createStatement()) {
                // a path we built ourselves (data folder + time): nothing of a request goes into this SQL
                statement.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
            }
            long millis = Duration.between(start, clock.instant()).toMillis();
            log.info("Online backup of the embedded database written to {} in {} ms", file, millis);
            answer.put("database", product);
            answer.put("file", file.toString());
            answer.put("bytes", Files.size(file));
            answer.put("millis", millis);
            return answer;
        }
    }
}
