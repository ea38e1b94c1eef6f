package app.avenant.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the daily alerts ({@link NoticeDeadlineAlerts}). Tests switch it off ({@code avenant.alerts.enabled=false})
 * and call the job themselves on a clock they control, so no test ever sees an alert the real clock sent.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "avenant.alerts.enabled", havingValue = "true", matchIfMissing = true)
class AlertScheduling {}
