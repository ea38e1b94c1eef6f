package app.avenant.change.live;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The open screens listening for live changes, as gauges on the management port's Prometheus metrics
 * ({@code avenant_change_feed_subscribers}, {@code avenant_presence_viewers}): a screen that is gone but still
 * registered is memory kept and work done for nobody. The session memory benchmark checks both are back to 0
 * once every page is closed.
 */
@Component
class LiveListenerGauges {

    LiveListenerGauges(MeterRegistry registry, ChangeFeed feed, Presence presence) {
        Gauge.builder("avenant.change.feed.subscribers", feed, ChangeFeed::subscriberTotal)
                .description("Change request screens and lists subscribed to live changes")
                .register(registry);
        Gauge.builder("avenant.presence.viewers", presence, Presence::viewerTotal)
                .description("Screens registered as viewing a change request")
                .register(registry);
    }
}
