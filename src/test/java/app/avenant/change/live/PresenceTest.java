package app.avenant.change.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.shared.Registration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PresenceTest {

    private final Presence presence = new Presence(Runnable::run);
    private final UUID request = UUID.randomUUID();
    private final UUID otherRequest = UUID.randomUUID();

    @Test
    void viewers_are_listed_per_change_request() {
        presence.enter(request, "Claire Martin", () -> {});
        presence.enter(request, "Julien Moreau", () -> {});
        presence.enter(otherRequest, "Marc Petit", () -> {});

        assertThat(presence.viewers(request)).containsExactly("Claire Martin", "Julien Moreau");
        assertThat(presence.viewers(otherRequest)).containsExactly("Marc Petit");
    }

    @Test
    void leaving_removes_only_that_screen_and_tells_the_others() {
        AtomicInteger claireTold = new AtomicInteger();
        presence.enter(request, "Claire Martin", claireTold::incrementAndGet);
        Registration julien = presence.enter(request, "Julien Moreau", () -> {});
        Registration secondTab = presence.enter(request, "Julien Moreau", () -> {});
        assertThat(claireTold).hasValue(2);

        julien.remove();

        assertThat(presence.viewers(request)).containsExactly("Claire Martin", "Julien Moreau");
        assertThat(claireTold).hasValue(3);
        secondTab.remove();
        assertThat(presence.viewers(request)).containsExactly("Claire Martin");
    }

    @Test
    void removing_twice_is_harmless_and_the_last_leaving_leaves_nothing() {
        Registration only = presence.enter(request, "Léa Bernard", () -> {});
        only.remove();
        only.remove();

        assertThat(presence.viewers(request)).isEmpty();
    }

    @Test
    void viewers_of_another_change_request_are_not_told() {
        AtomicInteger told = new AtomicInteger();
        presence.enter(otherRequest, "Marc Petit", told::incrementAndGet);

        presence.enter(request, "Claire Martin", () -> {}).remove();

        assertThat(told).hasValue(0);
    }
}
