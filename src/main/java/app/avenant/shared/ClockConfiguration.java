package app.avenant.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, so tests can control time. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** Contracts are French: dates (notice deadlines, "today") are those of Paris. */
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** The real time, except on the thread the demo data tells its past on ({@link StoryTime}). */
    @Bean
    Clock clock() {
        return StoryTime.honouring(Clock.system(PARIS));
    }
}
