package app.avenant.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReturnStartupMemoryTest {

    private final HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);

    @Test
    void after_start_the_heap_keeps_little_free_space_and_idle_memory_goes_back() {
        var garbage = new byte[64][];
        for (int i = 0; i < garbage.length; i++) garbage[i] = new byte[1 << 20];
        garbage = null;

        new ReturnStartupMemory(true, Duration.ofMinutes(5)).returnMemory();

        // Where the test JVM was started with its own value, the operator's choice wins and stays.
        assertFlagUnlessSetOnCommandLine("MaxHeapFreeRatio", "20");
        assertFlagUnlessSetOnCommandLine("MinHeapFreeRatio", "10");
        assertFlagUnlessSetOnCommandLine("G1PeriodicGCInterval", "300000");
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        if (vm.getVMOption("MaxHeapFreeRatio").getValue().equals("20")) {
            // A full collection just ran with at most 20 % free: committed is within reach of what is used.
            assertThat(heap.getCommitted()).isLessThanOrEqualTo(Math.max(heap.getUsed() * 2, 64L << 20));
        }
    }

    private void assertFlagUnlessSetOnCommandLine(String flag, String expected) {
        var option = vm.getVMOption(flag);
        if (option.getOrigin() == com.sun.management.VMOption.Origin.VM_CREATION) return;
        assertThat(option.getValue()).as(flag).isEqualTo(expected);
    }
}
