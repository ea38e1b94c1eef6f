package app.avenant.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Bells subscribed to their user's notifications, as a gauge ({@code avenant_notification_bells}): one per open
 * page; the session memory benchmark checks it is back to 0 once every page is closed.
 */
@Component
class BellGauge {

    BellGauge(MeterRegistry registry, NotificationFeed feed) {
        Gauge.builder("avenant.notification.bells", feed, NotificationFeed::subscriberTotal)
                .description("Notification bells (open pages) subscribed to their user's notifications")
                .register(registry);
    }
}
