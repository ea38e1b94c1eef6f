package app.avenant.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.shared.ui.Routes;
import com.vaadin.flow.component.UI;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The server CPU each screen costs to open (issue 13, point 1: 10 ms per action), per screen, measured on the
 * thread that builds it: the services, the database driver's work and the components, without the network or
 * the serialisation of the response (which the load test includes). Finds the screens worth making cheaper.
 * Not part of the normal run (tag "benchmark"):
 *
 * <pre>./mvnw -B -ntp test -Dtest=ScreenCpuBenchmark -Dgroups=benchmark</pre>
 */
@Tag("benchmark")
class ScreenCpuBenchmark extends DemoScreensTest {

    private static final int WARM_UP = 30;
    private static final int MEASURED = 60;

    @Test
    void cpu_per_screen() {
        Map<String, String> routes = demoRoutes();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        routes.forEach((name, route) -> {
            for (int i = 0; i < WARM_UP; i++) {
                inRequest(OTHER_SCREEN);
                inRequest(route);
            }
            double[] cpuMs = new double[MEASURED];
            for (int i = 0; i < MEASURED; i++) {
                inRequest(OTHER_SCREEN);
                long start = threads.getCurrentThreadCpuTime();
                inRequest(route);
                cpuMs[i] = (threads.getCurrentThreadCpuTime() - start) / 1e6;
            }
            Arrays.sort(cpuMs);
            System.out.printf(
                    "screen cpu: %-24s p50 %5.1f ms  p95 %5.1f ms  (target 10 ms per action)%n",
                    name, cpuMs[MEASURED / 2], cpuMs[(int) Math.ceil(MEASURED * 0.95) - 1]);
            assertThat(cpuMs[0]).as(name).isPositive();
        });
    }

    /** One navigation, in a request of its own. */
    private static void inRequest(String route) {
        inNewRequest(() -> Routes.navigate(UI.getCurrent(), route));
    }
}
