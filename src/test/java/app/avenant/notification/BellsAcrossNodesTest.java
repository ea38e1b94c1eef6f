package app.avenant.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.shared.cluster.LinkedNodes;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Issue 17: a notification written on node A makes its person's bell recount on node B, where their page is. */
class BellsAcrossNodesTest {

    @Test
    void a_bell_open_on_another_node_recounts_once() {
        LinkedNodes link = new LinkedNodes();
        NotificationFeed nodeA = new NotificationFeed(Runnable::run);
        NotificationFeed nodeB = new NotificationFeed(Runnable::run);
        nodeA.relayThrough(link.join("a"));
        nodeB.relayThrough(link.join("b"));
        UUID julien = UUID.randomUUID();
        UUID claire = UUID.randomUUID();
        AtomicInteger counted = new AtomicInteger();
        AtomicInteger claireTold = new AtomicInteger();
        nodeB.subscribe(julien, () -> new PendingActions(counted.incrementAndGet(), 0, 0), shown -> {});
        nodeB.subscribe(claire, () -> new PendingActions(0, 0, 0), shown -> claireTold.incrementAndGet());

        nodeA.changed(List.of(julien));

        assertThat(counted).as("Julien's bell on node B counted once").hasValue(1);
        assertThat(claireTold).as("Claire's bell is not his").hasValue(0);
    }
}
