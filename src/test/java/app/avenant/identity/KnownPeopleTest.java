package app.avenant.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.shared.cluster.LinkedNodes;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What the server remembers of people, and when it must not (decision 0039). */
class KnownPeopleTest {

    private final LinkedNodes link = new LinkedNodes();
    private final KnownPeople known = new KnownPeople(link.join("a"));
    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void a_caller_read_once_is_known_until_an_account_is_written() {
        assertThat(known.caller("claire", () -> read("Claire")))
                .extracting(CurrentUser::displayName)
                .isEqualTo("Claire");
        assertThat(known.caller("claire", () -> read("Claire bis")))
                .extracting(CurrentUser::displayName)
                .isEqualTo("Claire");
        assertThat(reads).hasValue(1);

        known.forgetAll();

        assertThat(known.caller("claire", () -> read("Claire Martin")))
                .extracting(CurrentUser::displayName)
                .isEqualTo("Claire Martin");
        assertThat(reads).hasValue(2);
    }

    @Test
    void a_read_during_which_an_account_was_written_is_not_kept() {
        // the row was read, then written by another request before the reader could keep it: the old row would stay
        CurrentUser old = known.caller("claire", () -> {
            CurrentUser row = read("Claire (old)");
            known.forgetAll();
            return row;
        });
        assertThat(old).isNotNull();

        assertThat(known.caller("claire", () -> read("Claire (new)")))
                .extracting(CurrentUser::displayName)
                .isEqualTo("Claire (new)");
    }

    @Test
    void an_account_refused_is_not_remembered() {
        assertThat(known.caller("suspended", () -> null)).isNull();
        assertThat(known.caller("suspended", () -> read("Back")))
                .extracting(CurrentUser::displayName)
                .isEqualTo("Back");
    }

    private CurrentUser read(String name) {
        reads.incrementAndGet();
        return new CurrentUser(
                UUID.randomUUID(),
                "claire",
                name,
                new OrganisationRef(UUID.randomUUID(), "PME", OrganisationKind.CLIENT),
                false,
                Locale.FRANCE);
    }

    @Test
    void an_account_written_on_another_node_is_read_again_here() {
        KnownPeople otherNode = new KnownPeople(link.join("b"));
        known.caller("lea", () -> read("Léa Bernard"));

        otherNode.forgetAll(); // Léa's account suspended by an admin served by node b

        assertThat(known.caller("lea", () -> read("Léa Bernard (suspendue)")))
                .extracting(CurrentUser::displayName)
                .isEqualTo("Léa Bernard (suspendue)");
        assertThat(reads).hasValue(2);
    }
}
