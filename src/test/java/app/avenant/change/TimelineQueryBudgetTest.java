package app.avenant.change;

import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.change.ChangeFixtures.TestContract;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.testing.SqlStatementCounter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A request's timeline is read in the same small number of statements whether it has one step or a long
 * negotiation (revisions, approvals withdrawn, comments, wording edits): no statement per step.
 */
@SpringBootTest
class TimelineQueryBudgetTest {

    /** Membership and user checks, the request, its revisions and approvals, comments, edits, names. */
    private static final long BUDGET = 10;

    @Autowired
    ChangeFixtures fixtures;

    @Autowired
    ChangeRequests changeRequests;

    @Autowired
    SqlStatementCounter counter;

    @Test
    void a_long_negotiation_costs_no_more_statements_than_a_fresh_draft() {
        TestContract c = fixtures.contract(1);
        UUID fresh = propose(c);
        UUID longOne = propose(c);
        as(c.clientEditor().username(), () -> revise(longOne, 1100));
        as(
                c.clientEditor().username(),
                () -> changeRequests.submit(
                        longOne, changeRequests.detail(longOne).version()));
        for (int round = 0; round < 4; round++) {
            as(
                    c.clientOwner().username(),
                    () -> changeRequests.approve(
                            longOne, changeRequests.detail(longOne).latest().number()));
            int baseline = 1200 + round;
            as(c.providerEditor().username(), () -> revise(longOne, baseline));
            as(c.providerEditor().username(), () -> changeRequests.comment(longOne, "Tour " + baseline));
            as(
                    c.clientEditor().username(),
                    () -> changeRequests.reword(
                            longOne,
                            changeRequests.detail(longOne).version(),
                            "Volume " + baseline,
                            "Motif " + baseline));
        }

        long onFresh = as(c.clientOwner().username(), () -> counter.count(() -> changeRequests.timeline(fresh, 100)));
        long onLong = as(c.clientOwner().username(), () -> counter.count(() -> changeRequests.timeline(longOne, 100)));

        assertThat(as(c.clientOwner().username(), () -> changeRequests.timeline(longOne, 100)))
                .filteredOn(e -> e.kind() == TimelineEntry.Kind.APPROVAL_WITHDRAWN)
                .hasSize(4);
        assertThat(onLong).isEqualTo(onFresh).isLessThanOrEqualTo(BUDGET);
    }

    private UUID propose(TestContract c) {
        return as(
                c.clientEditor().username(),
                () -> changeRequests.propose(
                        c.id(), new NewChangeRequest("Volume", "Hausse", ObjectiveKind.CONTINUITY)));
    }

    private void revise(UUID id, long baseline) {
        ChangeRequestDetail d = changeRequests.detail(id);
        changeRequests.revise(id, d.version(), ChangeFixtures.withBaseline(d.proposed(), "item-0", baseline), "");
    }
}
