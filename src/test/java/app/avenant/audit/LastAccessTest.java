package app.avenant.audit;

import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.avenant.contract.ContractAccess;
import app.avenant.contract.ContractFixtures;
import app.avenant.contract.ContractFixtures.TestContract;
import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.ContractRole;
import app.avenant.contract.Contracts;
import app.avenant.identity.UserRef;
import app.avenant.testing.SqlStatementCounter;
import app.avenant.testing.TestAccounts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** The access review's "last access" column and the trail's entries for access changes. */
@SpringBootTest
class LastAccessTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    Contracts contracts;

    @Autowired
    ContractAccess access;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext applicationContext;

    @Autowired
    SqlStatementCounter sql;

    TestContract contract;
    UserRef viewer;

    @BeforeEach
    void setUp() {
        SecurityContextHolder.setContextHolderStrategy(applicationContext.getBean(SecurityContextHolderStrategy.class));
        SecurityContextHolder.clearContext();
        contract = new ContractFixtures(accounts, contracts).contract(1, 1);
        viewer = contract.provider().member();
        accounts.contractInternals().enrol(contract.id(), viewer.id(), ContractRole.PROVIDER_VIEWER, false);
    }

    @Test
    void the_last_access_is_each_user_s_latest_view_of_that_contract_and_absent_for_who_never_opened_it() {
        String owner = contract.client().admin().username();
        as(viewer.username(), () -> contracts.workspace(contract.id()));
        as(viewer.username(), () -> contracts.workspace(contract.id()));
        Instant latest = jdbc.queryForObject(
                        "select max(occurred_at) from audit_entry where contract_id = ?"
                                + " and actor_user_id = ? and action = 'CONTRACT_VIEWED'",
                        java.sql.Timestamp.class,
                        contract.id(),
                        viewer.id())
                .toInstant();

        Map<UUID, Instant> last = as(
                owner,
                () -> trail.lastAccess(
                        contract.id(),
                        List.of(viewer.id(), contract.provider().admin().id())));

        assertThat(last).containsOnlyKeys(viewer.id()).containsEntry(viewer.id(), latest);
        assertThat(as(owner, () -> trail.lastAccess(contract.id(), List.of()))).isEmpty();
    }

    @Test
    void reading_the_last_accesses_of_a_page_is_one_statement_and_for_owners_only() {
        String manager = contract.provider().admin().username();
        List<UUID> page = List.of(
                viewer.id(),
                contract.client().admin().id(),
                contract.provider().admin().id());
        as(manager, () -> trail.lastAccess(contract.id(), page)); // warm-up: the caller's own checks are cached

        long statements = sql.count(() -> as(manager, () -> trail.lastAccess(contract.id(), page)));

        assertThat(statements).isLessThanOrEqualTo(3);
        assertThatThrownBy(() -> as(viewer.username(), () -> trail.lastAccess(contract.id(), page)))
                .isInstanceOf(AccessDeniedException.class);
        TestContract other = new ContractFixtures(accounts, contracts).contract(1, 1);
        assertThatThrownBy(() -> as(other.client().admin().username(), () -> trail.lastAccess(contract.id(), page)))
                .isInstanceOf(ContractNotFoundException.class);
    }

    @Test
    void an_end_date_set_or_cleared_is_recorded_with_who_did_it() {
        LocalDate end = LocalDate.now().plusDays(30);
        as(contract.client().admin().username(), () -> access.setAccessExpiry(contract.id(), viewer.id(), end));
        as(contract.provider().admin().username(), () -> access.setAccessExpiry(contract.id(), viewer.id(), null));

        List<Map<String, Object>> rows = jdbc.queryForList(
                "select actor_name, details from audit_entry"
                        + " where contract_id = ? and action = 'ACCESS_EXPIRY_SET' order by seq",
                contract.id());
        assertThat(rows)
                .extracting(r -> r.get("DETAILS"))
                .containsExactly(
                        "user=" + viewer.id() + " expiresOn=" + end, "user=" + viewer.id() + " expiresOn=none");
        assertThat(rows)
                .extracting(r -> (String) r.get("ACTOR_NAME"))
                .satisfiesExactly(
                        name -> assertThat(name)
                                .startsWith(contract.client().admin().displayName()),
                        name -> assertThat(name)
                                .startsWith(contract.provider().admin().displayName()));
    }
}
