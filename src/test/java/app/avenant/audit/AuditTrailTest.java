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
import app.avenant.testing.TestAccounts;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Who reads a contract's trail, and the CSV they get. */
@SpringBootTest
class AuditTrailTest {

    @Autowired
    ApplicationContext applicationContext;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Contracts contracts;

    @Autowired
    ContractAccess access;

    @Autowired
    AuditTrail trail;

    @BeforeEach
    void setUp() {
        SecurityContextHolder.setContextHolderStrategy(applicationContext.getBean(SecurityContextHolderStrategy.class));
    }

    @Test
    void both_owners_read_the_trail_other_members_are_denied_and_outsiders_get_not_found() {
        TestContract c = new ContractFixtures(accounts, contracts).contract(1, 1);
        TestContract other = new ContractFixtures(accounts, contracts).contract(1, 1);
        var viewer = accounts.newUser(c.client().organisation(), false);
        as(c.client().admin().username(), () -> access.addMember(c.id(), viewer.id(), ContractRole.CLIENT_VIEWER));

        assertThat(as(c.client().admin().username(), () -> trail.countEntriesOfContract(c.id())))
                .isPositive();
        assertThat(as(c.provider().admin().username(), () -> trail.entriesOfContract(c.id(), 0, 50)))
                .isNotEmpty();
        assertThatThrownBy(() -> as(viewer.username(), () -> trail.entriesOfContract(c.id(), 0, 50)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(other.client().admin().username(), () -> trail.exportContractCsv(c.id())))
                .isInstanceOf(ContractNotFoundException.class);
    }

    @Test
    void the_export_is_a_french_excel_csv_oldest_first_and_is_itself_recorded() {
        TestContract c = new ContractFixtures(accounts, contracts).contract(1, 1);

        String csv = new String(
                as(c.client().admin().username(), () -> trail.exportContractCsv(c.id())), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFN°;Date;Acteur;Organisation;Action;Code;Détails;");
        String[] lines = csv.split("\r\n");
        assertThat(lines[1]).contains(";Membre ajouté;MEMBER_ADDED;");
        var newest = as(c.client().admin().username(), () -> trail.entriesOfContract(c.id(), 0, 1))
                .getFirst();
        assertThat(newest.action()).isEqualTo(AuditAction.EXPORT);
        assertThat(newest.actorUserId()).isEqualTo(c.client().admin().id());
    }
}
