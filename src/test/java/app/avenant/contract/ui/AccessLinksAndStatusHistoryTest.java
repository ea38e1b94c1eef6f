package app.avenant.contract.ui;

import static app.avenant.testing.TestAccounts.as;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.ContractFixtures;
import app.avenant.contract.ContractFixtures.TestContract;
import app.avenant.contract.ContractRole;
import app.avenant.contract.StatusChange;
import app.avenant.identity.UserRef;
import app.avenant.testing.TestAccounts;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The workspace's ways into the access review, and the status history under the versions. */
class AccessLinksAndStatusHistoryTest extends ContractUiTest {

    @Autowired
    TestAccounts accounts;

    @Test
    void the_team_tab_links_owners_to_the_access_review_and_not_other_members() {
        TestContract c = new ContractFixtures(accounts, contracts).contract(1, 1);
        UserRef editor = c.client().member();
        accounts.contractInternals().enrol(c.id(), editor.id(), ContractRole.CLIENT_EDITOR, false);

        login(c.provider().admin().username());
        openWorkspace(c.id());
        Component team = selectTab(WorkspaceTab.TEAM);
        assertThat(_get(team, Anchor.class, spec -> spec.withText("Revue des accès"))
                        .getHref())
                .isEqualTo("contracts/" + c.id() + "/access");

        login(editor.username());
        openWorkspace(c.id());
        assertThat(_find(selectTab(WorkspaceTab.TEAM), Anchor.class, spec -> spec.withText("Revue des accès")))
                .isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_history_tab_lists_status_moves_and_contact_persons_newest_first() {
        TestContract c = new ContractFixtures(accounts, contracts).contract(1, 1);
        String owner = c.client().admin().username();
        accounts.contractInternals().enrol(c.id(), c.client().member().id(), ContractRole.CLIENT_EDITOR, false);
        as(owner, () -> access.nameContactPerson(c.id(), c.client().member().id()));
        // naming the person already in place changes nothing: no history line, nobody told of a "new" one
        as(owner, () -> access.nameContactPerson(c.id(), c.client().member().id()));
        as(owner, () -> lifecycle.startPilot(c.id(), 50, LocalDate.now().plusMonths(2)));

        login(owner);
        openWorkspace(c.id());
        Component history = selectTab(WorkspaceTab.HISTORY);

        Grid<StatusChange> statuses = _get(HistoryTab.class).statusGrid;
        assertThat(GridKt._size(statuses)).isEqualTo(2);
        // what was decided, not only that something was
        assertThat(GridKt._getFormatted(statuses, 0, "change"))
                .isEqualTo("Phase pilote démarrée : jusqu’au "
                        + LocalDate.now()
                                .plusMonths(2)
                                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                        + ", plafond de 50 unités");
        assertThat(GridKt._getFormatted(statuses, 1, "change"))
                .isEqualTo("Interlocuteur PME : " + c.client().member().displayName());
        assertThat(GridKt._getFormatted(statuses, 1, "by"))
                .isEqualTo(c.client().admin().displayName());
        assertThat(text(history)).contains("Statut et interlocuteurs");
    }
}
