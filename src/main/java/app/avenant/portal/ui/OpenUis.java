package app.avenant.portal.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * How many Vaadin UIs (open pages) and sessions this portal holds, as gauges on the management port's
 * Prometheus metrics ({@code avenant_vaadin_uis}, {@code avenant_vaadin_sessions}): what each signed-in person
 * costs in memory is mostly their UIs, and a UI nobody closes (a page left at the login screen after signing in)
 * is memory kept for nothing until its heartbeats stop (issue 13). A load test reads them to tell UIs per session.
 */
@Component
class OpenUis implements VaadinServiceInitListener {

    private final AtomicInteger uis = new AtomicInteger();
    private final AtomicInteger sessions = new AtomicInteger();

    OpenUis(MeterRegistry registry) {
        Gauge.builder("avenant.vaadin.uis", uis, AtomicInteger::get)
                .description("Vaadin UIs (open pages) held by this portal")
                .register(registry);
        Gauge.builder("avenant.vaadin.sessions", sessions, AtomicInteger::get)
                .description("Vaadin sessions held by this portal")
                .register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            uis.incrementAndGet();
            init.getUI().addDetachListener(detach -> uis.decrementAndGet());
        });
        event.getSource().addSessionInitListener(init -> sessions.incrementAndGet());
        event.getSource().addSessionDestroyListener(destroy -> sessions.decrementAndGet());
    }

    int uis() {
        return uis.get();
    }
}
