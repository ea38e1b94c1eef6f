package app.avenant.change.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.avenant.change.ChangeRequestEvent;
import app.avenant.change.CommentView;
import app.avenant.contract.ContractEvent;
import app.avenant.contract.ContractRole;
import app.avenant.contract.Side;
import app.avenant.shared.cluster.ClusterBus;
import app.avenant.shared.cluster.LinkedNodes;
import com.vaadin.flow.shared.Registration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 17 (docs/decisions/0054): a PME user on node A and a provider user on node B share one request. What is
 * committed on one node reaches the other node's open screens, the names on the page are both nodes' viewers, and
 * a node killed is forgotten by the others.
 */
class AcrossNodesTest {

    private final LinkedNodes link = new LinkedNodes();
    private final ClusterBus nodeA = link.join("a");
    private final ClusterBus nodeB = link.join("b");
    private final UUID contract = UUID.randomUUID();
    private final UUID request = UUID.randomUUID();
    private final UUID paul = UUID.randomUUID();
    private final UUID lea = UUID.randomUUID();
    private final Map<UUID, ContractRole> members =
            Map.of(paul, ContractRole.CLIENT_EDITOR, lea, ContractRole.PROVIDER_EDITOR);

    private ChangeFeed feedOn(ClusterBus bus, List<UUID> reads) {
        ChangeFeed feed = new ChangeFeed(Runnable::run, new LiveSnapshots() {
            @Override
            public Optional<LiveSnapshot> snapshot(UUID id, UUID actor) {
                reads.add(id);
                return Optional.of(
                        new LiveSnapshot(id, actor, members, Map.of(), Map.of(), List.of(), "Léa Bernard", null));
            }

            @Override
            public Map<UUID, ContractRole> members(UUID contractId) {
                return members;
            }
        });
        feed.relayThrough(bus);
        return feed;
    }

    @Test
    void a_comment_and_a_counter_proposal_committed_on_one_node_reach_the_screens_open_on_the_other() {
        List<UUID> readsOnA = new ArrayList<>();
        List<UUID> readsOnB = new ArrayList<>();
        ChangeFeed feedA = feedOn(nodeA, readsOnA);
        ChangeFeed feedB = feedOn(nodeB, readsOnB);
        List<LiveUpdate> paulOnA = new ArrayList<>();
        List<LiveUpdate> leaOnB = new ArrayList<>();
        feedA.watch(contract, request, paul, Side.CLIENT, paulOnA::add);
        feedB.watch(contract, request, lea, Side.PROVIDER, leaOnB::add);
        CommentView comment = new CommentView(
                UUID.randomUUID(),
                Side.CLIENT,
                "Paul Durand",
                Instant.parse("2026-12-07T21:00:00Z"),
                "Le volume tient-il ?");

        feedA.on(new ChangeRequestEvent.Commented(contract, request, 4, paul, false, comment));

        assertThat(leaOnB)
                .singleElement()
                .isInstanceOfSatisfying(
                        LiveUpdate.CommentAdded.class,
                        added -> assertThat(added.comment()).isEqualTo(comment));
        assertThat(readsOnB)
                .as("a comment travels with its view: nothing read for it")
                .isEmpty();

        feedB.on(new ChangeRequestEvent.Revised(contract, request, 4, lea, 3, false, Set.of(paul), Side.CLIENT));

        assertThat(paulOnA)
                .last()
                .isInstanceOfSatisfying(
                        LiveUpdate.Changed.class,
                        changed -> assertThat(changed.event())
                                .isEqualTo(new ChangeRequestEvent.Revised(
                                        contract, request, 4, lea, 3, false, Set.of(paul), Side.CLIENT)));
        assertThat(readsOnA)
                .as("node A reads the request once for its own screens")
                .containsExactly(request);
    }

    @Test
    void an_internal_note_reaches_only_its_sides_screens_on_the_other_node() {
        ChangeFeed feedA = feedOn(nodeA, new ArrayList<>());
        ChangeFeed feedB = feedOn(nodeB, new ArrayList<>());
        List<LiveUpdate> leaOnB = new ArrayList<>();
        List<LiveUpdate> colleagueOnB = new ArrayList<>();
        feedB.watch(contract, request, lea, Side.PROVIDER, leaOnB::add);
        feedB.watch(contract, request, paul, Side.CLIENT, colleagueOnB::add);
        CommentView note =
                new CommentView(UUID.randomUUID(), Side.CLIENT, "Paul Durand", Instant.now(), "Plafond 0,45 €");

        feedA.on(new InternalNotePosted(contract, request, Side.CLIENT, note));

        assertThat(leaOnB).isEmpty();
        assertThat(colleagueOnB)
                .singleElement()
                .isInstanceOfSatisfying(
                        LiveUpdate.NoteAdded.class,
                        added -> assertThat(added.note().note()).isEqualTo(note));
    }

    @Test
    void access_revoked_on_one_node_closes_that_persons_screens_on_the_other() {
        ChangeFeed feedA = feedOn(nodeA, new ArrayList<>());
        ChangeFeed feedB = feedOn(nodeB, new ArrayList<>());
        List<LiveUpdate> leaOnB = new ArrayList<>();
        feedB.watch(contract, request, lea, Side.PROVIDER, leaOnB::add);

        feedA.on(new ContractEvent.AccessRevoked(contract, lea, ContractRole.PROVIDER_EDITOR, paul));

        assertThat(leaOnB).singleElement().isInstanceOf(LiveUpdate.AccessEnded.class);
    }

    @Test
    void every_kind_of_event_crosses_the_wire_unchanged() {
        JsonMapper json = JsonMapper.builder().build();
        CommentView view = new CommentView(UUID.randomUUID(), Side.PROVIDER, "Léa Bernard", Instant.now(), "D’accord");
        List<Object> events = List.of(
                new ChangeRequestEvent.Submitted(contract, request, 1, paul),
                new ChangeRequestEvent.Revised(contract, request, 1, lea, 2, true, Set.of(paul), Side.CLIENT),
                new ChangeRequestEvent.Revised(contract, request, 1, lea, 2),
                new ChangeRequestEvent.Reworded(contract, request, 1, paul),
                new ChangeRequestEvent.Commented(contract, request, 1, lea, false, view),
                new ChangeRequestEvent.Approved(contract, request, 1, paul, 2, true),
                new ChangeRequestEvent.Accepted(contract, request, 1, lea, 7),
                new ChangeRequestEvent.Rejected(contract, request, 1, lea, "Trop cher"),
                new ChangeRequestEvent.Withdrawn(contract, request, 1, paul),
                new InternalNotePosted(contract, request, Side.PROVIDER, view));

        for (Object event : events) {
            String wire = json.writeValueAsString(RelayedEvent.of(event));
            assertThat(json.readValue(wire, RelayedEvent.class).toEvent()).isEqualTo(event);
        }
    }

    @Test
    void a_kind_this_node_does_not_know_is_refused_not_looked_up() {
        JsonMapper json = JsonMapper.builder().build();
        RelayedEvent forged = new RelayedEvent("java.lang.ProcessBuilder", json.createObjectNode());

        assertThatThrownBy(forged::toEvent)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown change feed event");
    }

    @Test
    void the_page_names_the_viewers_of_both_nodes_and_forgets_a_node_killed() {
        Presence presenceA = new Presence(Runnable::run);
        Presence presenceB = new Presence(Runnable::run);
        presenceA.relayThrough(nodeA);
        presenceB.relayThrough(nodeB);
        AtomicInteger paulTold = new AtomicInteger();

        presenceA.enter(request, "Paul Durand", paulTold::incrementAndGet);
        Registration lea = presenceB.enter(request, "Léa Bernard", () -> {});

        assertThat(presenceA.viewers(request)).containsExactly("Paul Durand", "Léa Bernard");
        assertThat(presenceB.viewers(request)).containsExactly("Paul Durand", "Léa Bernard");
        assertThat(paulTold)
                .as("Paul's page was told Léa arrived on the other node")
                .hasValue(1);

        lea.remove();
        assertThat(presenceA.viewers(request)).containsExactly("Paul Durand");
        assertThat(paulTold).hasValue(2);

        presenceB.enter(request, "Léa Bernard", () -> {});
        link.kill("b");
        assertThat(presenceA.viewers(request))
                .as("node b died: its viewers are gone")
                .containsExactly("Paul Durand");
        assertThat(paulTold).hasValue(4);
    }

    @Test
    void a_node_that_joins_late_is_told_who_is_already_there() {
        Presence presenceA = new Presence(Runnable::run);
        presenceA.relayThrough(nodeA);
        presenceA.enter(request, "Paul Durand", () -> {});
        Presence presenceB = new Presence(Runnable::run);
        presenceB.relayThrough(nodeB);
        assertThat(presenceB.viewers(request)).isEmpty();

        link.meet();

        assertThat(presenceB.viewers(request)).containsExactly("Paul Durand");
    }
}
