package app.avenant.operations;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives the operating system back the memory that start-up used and no longer needs (decision 0036).
 *
 * <p>Starting Spring, Hibernate and Vaadin allocates some 400 MB of short-lived objects; G1 grows the heap to
 * hold them and, with its default ratios, keeps up to three times the live data (70 MB) committed for good. Once
 * the portal is ready this lowers G1's free-heap ratios, runs one full collection so the heap shrinks to what is
 * live, and asks for a periodic collection when the portal is idle, so that memory a peak took goes back too.
 * Flags the operator set on the command line are left as they are.
 */
@Component
class ReturnStartupMemory {

    private static final Logger LOG = LoggerFactory.getLogger(ReturnStartupMemory.class);

    private final boolean enabled;
    private final Duration idleCollection;

    ReturnStartupMemory(
            @Value("${avenant.memory.return-after-start:true}") boolean enabled,
            @Value("${avenant.memory.idle-collection:5m}") Duration idleCollection) {
        this.enabled = enabled;
        this.idleCollection = idleCollection;
    }

    @EventListener(ApplicationReadyEvent.class)
    void portalReady() {
        if (!enabled) return;
        // Off the main thread: readiness is not delayed by the collection.
        Thread.ofPlatform().daemon().name("return-startup-memory").start(this::returnMemory);
    }

    void returnMemory() {
        var vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        // Min first: the JVM refuses a maximum below the current minimum (40 by default).
        setUnlessOperatorChose(vm, "MinHeapFreeRatio", "10");
        setUnlessOperatorChose(vm, "MaxHeapFreeRatio", "20");
        setUnlessOperatorChose(vm, "G1PeriodicGCInterval", Long.toString(idleCollection.toMillis()));
        long before = committedHeap();
        System.gc();
        LOG.info("Start-up memory returned: heap committed {} MB -> {} MB", before >> 20, committedHeap() >> 20);
    }

    private static void setUnlessOperatorChose(HotSpotDiagnosticMXBean vm, String flag, String value) {
        try {
            VMOption option = vm.getVMOption(flag);
            if (option.getOrigin() == VMOption.Origin.DEFAULT && option.isWriteable()) vm.setVMOption(flag, value);
        } catch (IllegalArgumentException unknownOnThisCollector) {
            LOG.debug("JVM flag {} not available here", flag);
        }
    }

    private static long committedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
    }
}
