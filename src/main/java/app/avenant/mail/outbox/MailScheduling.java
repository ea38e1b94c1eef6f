package app.avenant.mail.outbox;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Sends the outbox every 15 seconds and gathers the daily summaries at 7:00 (Paris). Tests switch it off
 * ({@code avenant.mail.scheduling.enabled=false}) and call {@link MailDispatcher} and {@link DailyDigest} themselves.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "avenant.mail.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class MailScheduling {}
