package app.avenant.audit.domain;

import java.nio.file.Path;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The chain's key, read from its file at start, or created there on the very first start. */
@Configuration
class ChainKeyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ChainKeyConfiguration.class);

    /**
     * Created while holding the head's lock, like an append: no entry can slip in between reading the next
     * number (the first keyed one) and writing the file. The JdbcTemplate waits for the migrations.
     */
    @Bean
    ChainKey chainKey(
            @Value("${avenant.audit.key-file:${avenant.data-dir}/audit-chain.key}") Path file,
            JdbcTemplate jdbc,
            TransactionTemplate transactions) {
        ChainKey key = transactions.execute(status -> ChainKeyFile.loadOrCreate(
                file,
                () -> {
                    jdbc.queryForObject("select last_seq from audit_head where id = 1 for update", Long.class);
                    Long last = jdbc.queryForObject("select max(seq) from audit_entry", Long.class);
                    long next = last == null ? 1 : last + 1;
                    log.info(
                            "Audit chain key created in {}: entries from #{} on are keyed; back it up with the database",
                            file.toAbsolutePath(),
                            next);
                    return next;
                },
                new SecureRandom()));
        if (key == null) {
            throw new IllegalStateException("No audit chain key");
        }
        return key;
    }
}
