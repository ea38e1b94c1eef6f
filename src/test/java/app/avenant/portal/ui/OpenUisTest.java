package app.avenant.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.testing.UiTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OpenUisTest extends UiTest {

    @Autowired
    MeterRegistry registry;

    /** A reloaded page is a new UI and the old one is gone: the gauge counts open pages, not pages ever opened. */
    @Test
    void the_gauge_counts_the_pages_open_now() {
        login("claire.martin");
        double open = registry.get("avenant.vaadin.uis").gauge().value();
        assertThat(open).isPositive();

        reloadPage();
        reloadPage();

        assertThat(registry.get("avenant.vaadin.uis").gauge().value()).isEqualTo(open);
    }
}
