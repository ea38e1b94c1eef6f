package app.avenant.contract;

import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.testing.OwnRequest;
import app.avenant.testing.SqlStatementCounter;
import app.avenant.testing.TestAccounts;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Opening the contract list and each workspace tab runs a bounded number of SQL statements that does not
 * grow with the number of contracts, scope items or versions: a contract of 200 scope items and 30
 * versions costs the same as one of 1 item and 1 version.
 */
@SpringBootTest
class QueryBudgetTest {

    /**
     * Statements allowed per screen action; generous enough for auth lookups, far below any N+1. Opening the
     * workspace is audited, and an audit append is four statements since the chain stopped trusting the head
     * row's content (lock the head, read the last entry, insert, move the head: decision 0013), hence 9.
     */
    private static final long BUDGET = 9;

    @Autowired
    Contracts contracts;

    @Autowired
    TestAccounts accounts;

    @Autowired
    SqlStatementCounter counter;

    private ContractFixtures.TestContract small;
    private ContractFixtures.TestContract large;

    @BeforeEach
    void createContracts() {
        ContractFixtures fixtures = new ContractFixtures(accounts, contracts);
        small = fixtures.contract(1, 1);
        large = fixtures.contract(200, 30);
    }

    @Test
    void each_screen_action_runs_the_same_small_number_of_statements_on_a_large_contract() {
        for (String action : new String[] {"list", "workspace", "members", "history", "compare"}) {
            // once first, so that the people and organisations named are known to the server (KnownPeople) on both
            statementsOf(action, small);
            statementsOf(action, large);
            long onSmall = statementsOf(action, small);
            long onLarge = statementsOf(action, large);
            System.out.printf(
                    "query budget: %-9s small contract %d statements, 200 items × 30 versions %d%n",
                    action, onSmall, onLarge);
            assertThat(onLarge).as(action).isEqualTo(onSmall).isLessThanOrEqualTo(BUDGET);
        }
    }

    private long statementsOf(String action, ContractFixtures.TestContract contract) {
        String owner = contract.client().admin().username();
        UUID id = contract.id();
        // a click of its own: in its own request, as the screen asks it
        return as(
                owner,
                () -> OwnRequest.of(() -> counter.count(() -> {
                    switch (action) {
                        case "list" -> {
                            contracts.countMyContracts(ContractFilter.all());
                            contracts.myContracts(ContractFilter.all(), 0, 50);
                        }
                        case "workspace" -> contracts.workspace(id);
                        case "members" -> {
                            contracts.countMembers(id);
                            contracts.members(id, 0, 50);
                        }
                        case "history" -> {
                            contracts.countVersions(id);
                            contracts.versions(id, 0, 50);
                        }
                        case "compare" -> contracts.compare(id, 1, (int) contracts.countVersions(id));
                        default -> throw new IllegalArgumentException(action);
                    }
                })));
    }
}
